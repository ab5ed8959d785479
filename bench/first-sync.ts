/**
 * First sync of the reference board (200 planning objects × 12 resources × 104 weeks, the
 * bench:ui board) over the collaboration socket, with and without permessage-deflate: bytes on the
 * wire (TCP bytes read by the client until sync step 2 has arrived, HTTP upgrade included), the
 * update's own size, and the time from sending sync step 1 to having step 2. A real server on the
 * embedded database (the board is saved through a first client, then unloaded and loaded again as
 * on a cold open). The server offers permessage-deflate (level 1, ≥ 1 KiB; off by default in
 * createCollabServer); the "plain" client declines it. Run: npx tsx bench/first-sync.ts
 */

import { loadavg } from "node:os";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { writeBoardToDoc } from "../lib/board/doc-write";
import { MESSAGE_SYNC } from "../lib/board/protocol";
import { createBoardWithMembers, openTestDatabase } from "../lib/db/test-factories";
import { generateSampleBoard } from "../lib/engine/sample-board";
import { connectClient, startTestServer, tokenFor, waitFor } from "../server/collab/test-harness";

interface SyncRun {
  wireBytes: number;
  updateBytes: number;
  ms: number;
}

async function firstSync(url: string, boardId: string, token: string, deflate: boolean): Promise<SyncRun> {
  const ws = new WebSocket(`${url}/${boardId}?token=${encodeURIComponent(token)}`, { perMessageDeflate: deflate });
  ws.binaryType = "nodebuffer";
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  const started = performance.now();
  const updateBytes = await new Promise<number>((resolve) => {
    ws.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) return;
      resolve(decoding.readVarUint8Array(decoder).length);
    });
    ws.send(encoding.toUint8Array(encoder));
  });
  const ms = performance.now() - started;
  const wireBytes = (ws as unknown as { _socket: { bytesRead: number } })._socket.bytesRead;
  ws.close();
  return { wireBytes, updateBytes, ms };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const database = await openTestDatabase();
  const { board, users } = await createBoardWithMembers(database.db, { owner: "owner" });
  // Compression as a deployment would switch it on; a client that offers none gets plain frames.
  const perMessageDeflate = { threshold: 1024, zlibDeflateOptions: { level: 1 } };
  const server = await startTestServer(database.db, { unloadDelayMs: 50, perMessageDeflate });
  const writer = connectClient(server.url, board.id, tokenFor(board.id, users.owner.id));
  await waitFor(() => writer.provider.synced, "sync", 10_000);
  writeBoardToDoc(writer.doc, generateSampleBoard());
  await waitFor(() => writer.isSaved(), "saved", 60_000);
  writer.destroy();
  const runs: Record<string, SyncRun[]> = { deflate: [], plain: [] };
  for (let i = 0; i < 10; i++) {
    for (const deflate of [true, false]) {
      await waitFor(() => server.collab.stats().rooms === 0, "unloaded", 10_000); // cold: from the database
      runs[deflate ? "deflate" : "plain"].push(
        await firstSync(server.url, board.id, tokenFor(board.id, users.owner.id), deflate),
      );
    }
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
  console.log("| socket | update (bytes) | on the wire (bytes) | step 1 → step 2, median (ms) |");
  console.log("|---|---:|---:|---:|");
  for (const [name, list] of Object.entries(runs)) {
    console.log(
      `| ${name} | ${list[0].updateBytes} | ${median(list.map((r) => r.wireBytes))} | ${median(list.map((r) => r.ms)).toFixed(1)} |`,
    );
  }
  await server.close();
  await database.remove();
}

void main();
