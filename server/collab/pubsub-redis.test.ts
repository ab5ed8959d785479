/**
 * The Redis bus against a real, throwaway redis-server: two buses stand for two collaboration
 * processes. What one publishes reaches the other and never itself; presence is answered to a
 * process that joins late and removed when its process says goodbye; a subscriber that lost its
 * connection catches up from the database after reconnecting.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { silentLogger } from "./logger";
import {
  type DecodedMessage,
  decodeMessage,
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeUpdateMessage,
} from "./message";
import { createRedisPubSub, type RedisPubSub } from "./pubsub-redis";
import { waitFor } from "./test-harness";
import { type Service, startRedis } from "./test-services";

let redis: Service;
const buses: RedisPubSub[] = [];
const stored = new Map<string, Uint8Array>();
const loads: string[] = [];

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await Promise.allSettled(buses.map((bus) => bus.close?.()));
  await redis?.stop();
});

async function newBus(): Promise<RedisPubSub> {
  const bus = createRedisPubSub({
    url: redis.url,
    logger: silentLogger,
    peerTimeoutMs: 1000,
    catchUpAgainAfterMs: 200,
    loadState: async (boardId) => {
      loads.push(boardId);
      return stored.get(boardId) ?? null;
    },
  });
  buses.push(bus);
  await bus.ready();
  return bus;
}

/** Subscribes and collects what arrives, decoded. */
function listen(bus: RedisPubSub, boardId: string): DecodedMessage[] {
  const received: DecodedMessage[] = [];
  bus.subscribe(boardId, (frame) => received.push(decodeMessage(frame)));
  return received;
}

const presence = (clientId: number, clock: number, state: unknown) =>
  encodeAwarenessMessage(encodeAwarenessEntries([{ clientId, clock, state }]));

function updateFrame(text: string): { frame: Uint8Array; update: Uint8Array } {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  return { update, frame: encodeUpdateMessage(update) };
}

const prefix = Date.now().toString(36);
let boardCounter = 0;
const newBoardId = () => `${prefix}-${boardCounter++}`;

describe("redis pubsub", () => {
  it("delivers a board's frames to the other process only, never back to the sender", async () => {
    const [one, two] = [await newBus(), await newBus()];
    const boardId = newBoardId();
    const atOne = listen(one, boardId);
    const atTwo = listen(two, boardId);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { frame, update } = updateFrame("hej");
    one.publish(boardId, frame);
    await waitFor(() => atTwo.some((m) => m.kind === "update"), "the update at process two");
    const received = atTwo.find((m) => m.kind === "update");
    expect(received?.kind === "update" && [...received.update]).toEqual([...update]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(atOne.filter((m) => m.kind === "update")).toHaveLength(0);
  });

  it("answers a late joiner with the presence already published, and removes it when the process leaves", async () => {
    const [one, two] = [await newBus(), await newBus()];
    const boardId = newBoardId();
    listen(one, boardId);
    await new Promise((resolve) => setTimeout(resolve, 100));
    one.publish(boardId, presence(41, 3, { user: { id: "u1" } }));
    const atTwo = listen(two, boardId);
    const states = () =>
      atTwo.flatMap((m) => (m.kind === "awareness" ? m.entries : [])).filter((e) => e.clientId === 41);
    await waitFor(() => states().some((e) => e.state !== null), "presence answered to the late joiner");

    await one.close?.();
    await waitFor(() => states().at(-1)?.state === null, "presence removed after goodbye", 2000);
    expect(states().at(-1)).toEqual({ clientId: 41, clock: 3, state: null });
  });

  it("catches up from the database after its subscriber connection was dropped", async () => {
    const bus = await newBus();
    const boardId = newBoardId();
    const { update } = updateFrame("missed while disconnected");
    stored.set(boardId, update);
    const received = listen(bus, boardId);
    await waitFor(() => loads.includes(boardId), "catch-up after subscribing");
    const before = loads.filter((id) => id === boardId).length;

    const admin = new Redis(redis.url);
    try {
      await admin.client("KILL", "TYPE", "pubsub");
    } finally {
      admin.disconnect();
    }
    // Right after the reconnect and once more a little later (commits in flight).
    await waitFor(() => loads.filter((id) => id === boardId).length >= before + 2, "catch-up after reconnect", 5000);
    const updates = received.filter((m) => m.kind === "update");
    expect(updates.length).toBeGreaterThanOrEqual(3);
    const doc = new Y.Doc();
    for (const m of updates) if (m.kind === "update") Y.applyUpdate(doc, m.update);
    expect(doc.getText("t").toString()).toBe("missed while disconnected");
  });
});
