/**
 * A client that never reads (issue 10): every frame the server sends it waits in the socket's
 * send buffer, in server memory. Asking again and again for the whole document (sync step 1) turns
 * a few bytes into megabytes. The server caps each socket's buffered bytes and closes it with 4409
 * "too slow" (a retryable code: the client reconnects and resyncs); its memory stays flat.
 * PKS_SLOW_READER_MS sets the attack's duration (default 30 s, as the issue asks).
 */
import v8 from "node:v8";
import vm from "node:vm";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { CloseCode, isRetryableClose, MESSAGE_SYNC } from "@/lib/board/protocol";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import { connectClient, startTestServer, type TestServer, tokenFor, waitFor, waitSynced } from "./test-harness";

const DURATION_MS = Number(process.env.PKS_SLOW_READER_MS ?? 30_000);
const MAX_GROWTH = 20 * 1024 * 1024;

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

let database: TestDatabase;
let server: TestServer;
let boardId: string;
let userId: string;
/** Keeps the room loaded, so loading it (database memory) is not counted as growth. */
let holder: ReturnType<typeof connectClient>;

beforeAll(async () => {
  database = await openTestDatabase();
  const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
  boardId = board.id;
  userId = users.anna.id;
  server = await startTestServer(database.db, {
    limits: { maxBufferedBytes: 256 * 1024, messagesPerSecond: 1000, messageBurst: 1000 },
  });
  // A board document of about 256 KB, so every sync step 2 is large.
  holder = connectClient(server.url, boardId, tokenFor(boardId, userId));
  await waitSynced(holder);
  holder.doc.getMap("bulk").set(
    "blob",
    new Uint8Array(256 * 1024).map((_, i) => i % 251),
  );
  await waitFor(() => holder.isSaved(), "the blob saved", 20_000);
}, 60_000);
afterAll(async () => {
  holder.destroy();
  await server.close();
  await database.remove();
});

function syncStep1Frame(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

/** Memory that queued frames occupy: JS heap plus Buffers, after a full collection. */
function usedMemory(): number {
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/**
 * The least of three samples 100 ms apart: a frame being encoded or in flight is a transient
 * spike of a few MiB, while frames piling up for a reader that never reads only grow.
 */
async function heldMemory(): Promise<number> {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    least = Math.min(least, usedMemory());
  }
  return least;
}

/** Opens a socket that never reads and asks for the whole document 50 times a second. */
function attack(codes: number[]): { stop(): void } {
  let stopped = false;
  let ws: WebSocket | null = null;
  let timer: NodeJS.Timeout | null = null;
  const open = () => {
    if (stopped) return;
    ws = new WebSocket(`${server.url}/${boardId}?token=${tokenFor(boardId, userId)}`);
    ws.on("upgrade", (res) => res.socket.pause());
    ws.on("open", () => {
      // The reader stops reading: nothing it is sent leaves the server's buffers.
      (ws as unknown as { _socket: import("node:net").Socket })._socket.pause();
      timer = setInterval(() => ws?.readyState === ws?.OPEN && ws?.send(syncStep1Frame()), 20);
    });
    ws.on("close", (code) => {
      codes.push(code);
      if (timer) clearInterval(timer);
      setTimeout(open, 50);
    });
    ws.on("error", () => {});
  };
  open();
  return {
    stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      ws?.terminate();
    },
  };
}

describe("a client that never reads", () => {
  it(
    "is closed as too slow and the server's memory stays within 20 MiB",
    async () => {
      const serverCodes = () => server.collab.stats().closedByCode[CloseCode.TooSlow] ?? 0;
      const codes: number[] = [];
      const reader = attack(codes);
      // Let the first connection settle (socket buffers, the first large frame), then measure.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const baseline = await heldMemory();
      let peak = 0;
      const start = Date.now();
      while (Date.now() - start < DURATION_MS) {
        await new Promise((resolve) => setTimeout(resolve, 800));
        const growth = (await heldMemory()) - baseline;
        peak = Math.max(peak, growth);
        // Without the cap this grows by tens of MiB a second; stop early instead of running out.
        if (peak > MAX_GROWTH) break;
      }
      reader.stop();
      console.log(
        `slow reader: peak growth ${(peak / 1024 / 1024).toFixed(1)} MiB, ${serverCodes()} closed as too slow`,
      );
      expect(peak).toBeLessThan(MAX_GROWTH);
      expect(serverCodes()).toBeGreaterThan(0);
      // The client may reconnect: 4409 is retryable.
      expect(isRetryableClose(CloseCode.TooSlow)).toBe(true);
    },
    DURATION_MS + 60_000,
  );
});
