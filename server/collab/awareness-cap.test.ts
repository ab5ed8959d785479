/**
 * Bounds on presence (issue 10): a client's awareness state is cut to the protocol's fields
 * (`section`, `focus`, the rich-text `cursor`; `user` comes from the server) and dropped when it
 * is larger than the cap — today a 1 000-character `extra` and HTML in `section` were passed on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sanitizeAwarenessState } from "./awareness-state";
import { encodeAwarenessEntries, encodeAwarenessMessage } from "./message";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import {
  connectClient,
  openRawSocket,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  waitFor,
  waitSynced,
} from "./test-harness";

let database: TestDatabase;
let server: TestServer;
let boardId: string;
let annaId: string;
let bo: TestClient;

beforeAll(async () => {
  database = await openTestDatabase();
  const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "viewer" });
  boardId = board.id;
  annaId = users.anna.id;
  server = await startTestServer(database.db, { limits: { maxAwarenessStateBytes: 2048 } });
  bo = connectClient(server.url, boardId, tokenFor(boardId, users.bo.id));
  await waitSynced(bo);
});
afterAll(async () => {
  bo.destroy();
  await server.close();
  await database.remove();
});

const awarenessFrame = (clientId: number, state: unknown, clock = 1) =>
  encodeAwarenessMessage(encodeAwarenessEntries([{ clientId, clock, state }]));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("awareness bounds", () => {
  it("passes on only the protocol's fields, in their shapes", async () => {
    const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, annaId));
    raw.ws.send(
      awarenessFrame(5001, {
        section: "kapacitet",
        focus: { kind: "cell", table: "resources", row: "r1", col: "w2027-01", onclick: "x" },
        extra: "x".repeat(1000),
        cursor: { anchor: "<b>not a position</b>", head: { assoc: -1 } },
      }),
    );
    await waitFor(() => bo.provider.awareness.getStates().has(5001), "anna's presence");
    const state = bo.provider.awareness.getStates().get(5001) as Record<string, unknown>;
    expect(Object.keys(state).sort()).toEqual(["focus", "section", "user"]);
    expect(state.focus).toEqual({ kind: "cell", table: "resources", row: "r1", col: "w2027-01" });
    raw.ws.close();
  });

  it("drops HTML in section and a state larger than the cap", async () => {
    const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, annaId));
    raw.ws.send(awarenessFrame(5002, { section: '<img src=x onerror="alert(1)">' }));
    await waitFor(() => bo.provider.awareness.getStates().has(5002), "anna's presence");
    expect(bo.provider.awareness.getStates().get(5002)).not.toHaveProperty("section");
    raw.ws.send(awarenessFrame(5002, { section: "behov", focus: { kind: "cell", table: "t".repeat(3000) } }, 2));
    await sleep(200);
    // The oversized state never replaced the previous one.
    expect(bo.provider.awareness.getStates().get(5002)).not.toHaveProperty("section");
    expect(bo.provider.awareness.meta.get(5002)?.clock).toBe(1);
    raw.ws.close();
  });
});

describe("sanitizeAwarenessState", () => {
  it("keeps a tiptap caret made of relative positions", () => {
    const cursor = {
      anchor: { type: { client: 1, clock: 2 }, tname: "rt:x", assoc: 0 },
      head: { item: { client: 3, clock: 4 }, assoc: -1 },
    };
    expect(sanitizeAwarenessState({ cursor, section: "plan" }, 2048)).toEqual({ cursor, section: "plan" });
  });

  it("keeps the caret y-prosemirror sends from inside a paragraph (tname null), without foreign fields", () => {
    const doc = new Y.Doc();
    const text = new Y.XmlText("Tidplan");
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [text]);
    doc.getXmlFragment("content").insert(0, [paragraph]);
    // What the client puts on the wire: the class instances through JSON.
    const wire = (position: Y.RelativePosition) => JSON.parse(JSON.stringify(position)) as Record<string, unknown>;
    const inText = wire(Y.createRelativePositionFromTypeIndex(text, 3));
    const atEnd = wire(Y.createRelativePositionFromTypeIndex(text, 7));
    expect(inText).toMatchObject({ tname: null, type: { clock: expect.any(Number) } });
    const state = {
      cursor: { anchor: inText, head: atEnd },
      user: { name: "<img src=x onerror=alert(1)>", color: "red", id: "spoofed" },
      section: "plan",
      extra: "x".repeat(500),
    };
    const kept = sanitizeAwarenessState(state, 2048);
    // The caret passes unchanged (the server then sets `user` from the session); nothing else does.
    expect(kept).toEqual({ cursor: { anchor: inText, head: atEnd }, section: "plan" });
    const restored = Y.createAbsolutePositionFromRelativePosition(
      Y.createRelativePositionFromJSON(kept!.cursor!.anchor),
      doc,
    );
    expect(restored?.index).toBe(3);
    expect(restored?.type).toBe(text);
    // A name that is not a string, or a position id that is not a clock, still drops the caret.
    expect(sanitizeAwarenessState({ cursor: { anchor: { ...inText, tname: 7 }, head: atEnd } }, 2048)).toEqual({});
    expect(
      sanitizeAwarenessState({ cursor: { anchor: { ...inText, item: { client: -1, clock: 0 } }, head: atEnd } }, 2048),
    ).toEqual({});
  });

  it("drops a caret with foreign fields and returns null over the cap", () => {
    expect(sanitizeAwarenessState({ cursor: { anchor: "x", head: {} } }, 2048)).toEqual({});
    expect(sanitizeAwarenessState({ section: "a".repeat(3000) }, 2048)).toBeNull();
  });
});
