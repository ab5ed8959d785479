/**
 * The live cases of `bench/capabilities.ts`, on a real collaboration server (test harness, in this
 * process) on the embedded database, with y-websocket clients in this process too: restore of a
 * version seen by N editors, comment fan-out to N connections, opening a long agreement.
 */
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { boardTypes } from "../lib/board/doc-layout";
import { setMeasureStatus } from "../lib/board/doc-model";
import { setLiveRooms } from "../lib/board/live-rooms";
import { roomPathOf } from "../lib/board/protocol";
import { createBoardDocument } from "../lib/db/queries/board-documents";
import type { Board, User } from "../lib/db/schema";
import { addMember, createBoard, createUser, openTestDatabase, type TestDatabase } from "../lib/db/test-factories";
import { DOCUMENT_FRAGMENT } from "../lib/documents/doc-content";
import { richTextExtensions } from "../lib/editor/extensions";
import type { PksBoard } from "../lib/engine";
import { generateSampleBoard } from "../lib/engine";
import { createThread } from "../lib/server/comments/create-thread";
import { createNamedVersion } from "../lib/server/versions/create-named-version";
import { restoreVersion } from "../lib/server/versions/restore-version";
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  waitFor,
  waitSynced,
} from "../server/collab/test-harness";
import { timeEditor } from "./capabilities-editor";
import type { CaseResult } from "./capabilities-stats";
import { maxOf } from "./collab-report";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Live {
  database: TestDatabase;
  server: TestServer;
  board: Board;
  boardId: string;
  users: User[];
  clients: TestClient[];
}

/** A server, a board with `members` editors, and one synced client per member. */
async function openLive(members: number, data?: PksBoard): Promise<Live> {
  const database = await openTestDatabase();
  const server = await startTestServer(database.db, { unloadDelayMs: 500 });
  setLiveRooms(server.collab);
  const board = await createBoard(database.db, data ? { data } : {});
  const users: User[] = [];
  for (let i = 0; i < members; i++) {
    const user = await createUser(database.db, { organisationId: board.organisationId });
    await addMember(database.db, board.id, user.id, "editor");
    users.push(user);
  }
  const clients = users.map((u) => connectClient(server.url, board.id, tokenFor(board.id, u.id, 3600)));
  await Promise.all(clients.map((c) => waitSynced(c, 300_000)));
  return { database, server, board, boardId: board.id, users, clients };
}

async function closeLive(live: Live): Promise<void> {
  for (const client of live.clients) client.destroy();
  setLiveRooms(null);
  await live.server.close();
  await live.database.remove();
}

const statusOf = (doc: Y.Doc, id: string) =>
  (boardTypes(doc).measures.get(id) as Y.Map<unknown> | undefined)?.get("status");

/** Resolves with the ms from `start` until `doc` shows the measure's `status`. */
function whenStatus(doc: Y.Doc, id: string, status: string, start: number): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (statusOf(doc, id) !== status) return;
      doc.off("update", check);
      resolve(performance.now() - start);
    };
    doc.on("update", check);
    check();
  });
}

/**
 * Restore of a named version of the 200 × 104 board while `editors` are connected: the measure's
 * status is changed by one editor, then restoreVersion (the history page's command) brings it
 * back; timed until every client shows it.
 */
export async function benchRestore(editors: number, rounds: number): Promise<CaseResult> {
  const board = generateSampleBoard();
  const live = await openLive(editors, board);
  const { database, server, boardId, users, clients } = live;
  const deps = { rooms: server.collab };
  const measure = board.measures![0];
  const other = measure.status === "decided" ? "proposed" : "decided";
  const returned: number[] = [];
  const allSee: number[] = [];
  const median: number[] = [];
  try {
    for (let round = 0; round < rounds + 1; round++) {
      const named = await createNamedVersion(database.db, users[0], { boardId, name: `Före ${round}` }, deps);
      if (!named.ok) throw new Error(JSON.stringify(named.error));
      setMeasureStatus(clients[0].doc, measure.id, other);
      await waitFor(() => clients.every((c) => statusOf(c.doc, measure.id) === other), "change everywhere", 60_000);
      await waitFor(() => clients[0].isSaved(), "change saved", 60_000);
      const start = performance.now();
      const seen = clients.map((c) => whenStatus(c.doc, measure.id, measure.status, start));
      const restored = await restoreVersion(database.db, users[0], { boardId, versionId: named.value.id }, deps);
      if (!restored.ok) throw new Error(JSON.stringify(restored.error));
      const done = performance.now() - start;
      const times = (await Promise.all(seen)).sort((a, b) => a - b);
      if (round === 0) continue; // warm-up
      returned.push(done);
      allSee.push(times[times.length - 1]);
      median.push(times[Math.floor(times.length / 2)]);
      await sleep(500);
    }
  } finally {
    await closeLive(live);
  }
  return {
    name: "restore",
    note: `restore of a named version of the 200 × 104 board, ${editors} editors connected, ${rounds} rounds after a warm-up`,
    rows: [
      { metric: "restoreVersion returns (checkpoint, apply in the room, new version)", ms: returned },
      { metric: "half of the editors see the restored content", ms: median },
      { metric: `all ${editors} editors see the restored content`, ms: allSee, target: 1000 },
    ],
  };
}

/** `comments` threads posted one by one; each timed from the call to its push at every connection. */
export async function benchComments(connections: number, comments: number): Promise<CaseResult> {
  const live = await openLive(connections);
  const { database, boardId, users, clients } = live;
  const planning = live.board.data as PksBoard;
  const fanOut: number[] = [];
  const spread: number[] = [];
  const posted: number[] = [];
  try {
    for (let i = 0; i < comments + 1; i++) {
      for (const client of clients) client.pushes.length = 0;
      const start = performance.now();
      const created = await createThread(database.db, users[i % users.length], {
        boardId,
        anchor: { kind: "cell", table: "history", row: planning.planningObjects[0].id, col: planning.horizon.start },
        body: `Kommentar ${i}: stämmer v. 1?`,
      });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const returned = performance.now() - start;
      const threadId = created.value.threadId;
      const arrival = (c: TestClient) =>
        c.pushes.find((p) => p.payload.includes(threadId) && p.payload.includes("comment.changed"))?.at;
      await waitFor(() => clients.every((c) => arrival(c) !== undefined), "comment everywhere", 30_000);
      if (i > 0) {
        posted.push(returned);
        const times = clients.map((c) => arrival(c)! - start);
        fanOut.push(...times);
        spread.push(maxOf(times) - times.reduce((a, b) => Math.min(a, b)));
      }
      await sleep(50);
    }
  } finally {
    await closeLive(live);
  }
  return {
    name: "comments",
    note: `${comments} comments posted (createThread) on a board with ${connections} connections`,
    rows: [
      { metric: "createThread returns (transaction, audit, push)", ms: posted },
      { metric: `post → comment.changed received, all ${connections} connections`, ms: fanOut, target: 20 },
      { metric: "fan-out alone: first → last connection, per comment", ms: spread },
    ],
  };
}

const WORDS =
  "Verksamheten åtar sig att erbjuda nybesök inom sextio dagar och att följa upp produktionen varje vecka tillsammans med områdeschefen".split(
    " ",
  );
const sentence = (n: number, length: number) =>
  Array.from({ length }, (_, i) => WORDS[(n + i * 7) % WORDS.length]).join(" ");

/** About `pages` A4 pages of an agreement (ProseMirror JSON): per page a heading, six paragraphs and a list. */
export function agreementJson(pages: number) {
  const text = (t: string) => [{ type: "text", text: t }];
  const content = [];
  for (let page = 0; page < pages; page++) {
    content.push({ type: "heading", attrs: { level: 2 }, content: text(`${page + 1}. Åtagande ${page + 1}`) });
    for (let p = 0; p < 6; p++) content.push({ type: "paragraph", content: text(`${sentence(page * 6 + p, 70)}.`) });
    content.push({
      type: "bulletList",
      content: Array.from({ length: 4 }, (_, i) => ({
        type: "listItem",
        content: [{ type: "paragraph", content: text(sentence(page + i, 12)) }],
      })),
    });
  }
  return { type: "doc", content };
}

/**
 * Opening a `pages`-page agreement (a board document): saved through a first client, unloaded,
 * then opened `runs` times cold by a fresh client: time to first sync (from the database), and
 * time to turn the synced fragment into the editor's ProseMirror document (the shared schema), and
 * time to mount the tiptap editor on it (bench/capabilities-editor.ts: DOM built, no layout).
 */
export async function benchAgreement(pages: number, runs: number): Promise<CaseResult> {
  const live = await openLive(1);
  const { database, server, boardId, users } = live;
  const schema = getSchema(richTextExtensions());
  const firstSync: number[] = [];
  const toDocument: number[] = [];
  const toEditor: number[] = [];
  let bytes = 0;
  try {
    const document = await createBoardDocument(database.db, {
      boardId,
      kind: "agreement",
      title: "Överenskommelse",
      createdBy: users[0].id,
    });
    const room = roomPathOf({ boardId, docId: document.id });
    const token = tokenFor(boardId, users[0].id, 3600);
    const writer = connectClient(server.url, room, token);
    await waitSynced(writer, 60_000);
    prosemirrorJSONToYXmlFragment(schema, agreementJson(pages), writer.doc.getXmlFragment(DOCUMENT_FRAGMENT));
    bytes = Y.encodeStateAsUpdate(writer.doc).byteLength;
    await waitFor(() => writer.isSaved(), "agreement saved", 60_000);
    writer.destroy();
    for (let run = 0; run < runs + 1; run++) {
      await sleep(1500); // the room unloads 500 ms after its last client left
      const start = performance.now();
      const reader = connectClient(server.url, room, token);
      await waitSynced(reader, 60_000);
      const synced = performance.now() - start;
      const node = yXmlFragmentToProseMirrorRootNode(reader.doc.getXmlFragment(DOCUMENT_FRAGMENT), schema);
      const built = performance.now() - start - synced;
      if (node.childCount < pages) throw new Error(`only ${node.childCount} blocks arrived`);
      const editor = timeEditor(reader.doc.getXmlFragment(DOCUMENT_FRAGMENT));
      // StarterKit adds a trailing empty paragraph.
      if (editor.blocks < node.childCount) throw new Error(`the editor shows ${editor.blocks} blocks`);
      reader.destroy();
      if (run === 0) continue;
      firstSync.push(synced);
      toDocument.push(built);
      toEditor.push(editor.ms);
    }
  } finally {
    await closeLive(live);
  }
  return {
    name: "agreement",
    note: `a ${pages}-page agreement (${(bytes / 1024).toFixed(0)} KiB Yjs state), cold open (not in server memory), ${runs} runs`,
    rows: [
      { metric: "first sync from the database", ms: firstSync },
      { metric: "synced fragment → ProseMirror document (shared schema)", ms: toDocument },
      { metric: "tiptap editor with Collaboration mounted (happy-dom: DOM, no layout)", ms: toEditor },
      { metric: "first sync + editor mounted", ms: firstSync.map((s, i) => s + toEditor[i]) },
    ],
  };
}
