/**
 * Scale-out over Redis pub/sub: several collaboration processes on one PostgreSQL serve the same
 * board. Each process has one publisher and one subscriber connection; a room's channel (`pks:`
 * + room name: `pks:board:<id>` for the board document, `pks:board:<id>/doc:<docId>` for a
 * rich-text document) carries its document updates — published by the accepting process only
 * after they are committed, so whatever another process learns this way is durable — and its
 * presence; `pks:collab:push` carries server push messages for every board. Every message starts
 * with the sender's process id, so a process ignores its own.
 *
 * Redis pub/sub delivers at most once and forgets what it could not deliver, so a process catches
 * up from the database whenever it (re)subscribes: after joining a room's channel and after a
 * reconnect (again a little later, for commits that were in flight). Presence of a process that
 * stops (SIGTERM says goodbye; kill -9 falls silent) is removed by the others: every process says
 * "alive" on `pks:collab:peers`, and one not heard for `peerTimeoutMs` is taken as gone.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, parseRoomName } from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import {
  type AwarenessEntry,
  decodeMessage,
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeUpdateMessage,
} from "./message";
import { type CollabPubSub, createNoopPubSub, type PushEnvelope } from "./pubsub";
import type { CollabLogger } from "./types";

const ID_BYTES = 8;
const PEER_SIGNAL = { bye: 0, alive: 1, resync: 2 } as const;

export interface RedisPubSubOptions {
  /** `redis://host:port/db`. */
  url: string;
  logger: CollabLogger;
  /** The room's stored document (snapshot and log merged), to catch up after (re)subscribing. */
  loadState(room: string): Promise<Uint8Array | null>;
  /** Channel name prefix. Default `pks:`. */
  prefix?: string;
  /** A process silent this long is taken as gone and its clients' presence removed. Default 8000. */
  peerTimeoutMs?: number;
  /** Second catch-up after a reconnect, for commits that were in flight. Default 2000. */
  catchUpAgainAfterMs?: number;
}

export interface RedisPubSub extends CollabPubSub {
  readonly processId: string;
  /** Resolves once both connections are ready (the first time). */
  ready(): Promise<void>;
}

interface RoomChannel {
  onMessage(frame: Uint8Array): void;
  /** Presence from other processes: client id → the sending process and the last clock. */
  remote: Map<number, { peer: string; clock: number }>;
  /** Presence this process published, to answer another process that has just joined. */
  local: Map<number, AwarenessEntry>;
}

const awarenessEntries = (frame: Uint8Array): AwarenessEntry[] => {
  const message = decodeMessage(frame);
  return message.kind === "awareness" ? message.entries : [];
};

/** Creates the Redis bus; `close()` says goodbye to the other processes and disconnects. */
export function createRedisPubSub(options: RedisPubSubOptions): RedisPubSub {
  const { logger, loadState } = options;
  const prefix = options.prefix ?? "pks:";
  const peerTimeoutMs = options.peerTimeoutMs ?? 8000;
  const catchUpAgainAfterMs = options.catchUpAgainAfterMs ?? 2000;
  const id = randomBytes(ID_BYTES);
  const processId = id.toString("hex");
  const peersChannel = `${prefix}collab:peers`;
  const pushChannel = `${prefix}collab:push`;
  const roomChannel = (room: string) => prefix + room;
  const channels = new Map<string, RoomChannel>();
  const pushListeners = new Set<(push: PushEnvelope) => void>();
  const peers = new Map<string, number>();
  const redisOptions = { lazyConnect: false, enableAutoPipelining: true, connectionName: `pks-collab-${processId}` };
  const pub = new Redis(options.url, redisOptions);
  const sub = new Redis(options.url, redisOptions);
  let subscribedSince = 0;
  let isClosed = false;

  for (const [name, connection] of [
    ["publisher", pub],
    ["subscriber", sub],
  ] as const) {
    let isFailing = false;
    let readyCount = 0;
    connection.on("error", (error: Error) => {
      if (isFailing || isClosed) return;
      isFailing = true;
      logger.warn(`collab: redis ${name} connection failed, reconnecting`, { error: error.message });
    });
    connection.on("ready", () => {
      isFailing = false;
      if (readyCount++ === 0) return;
      logger.info(`collab: redis ${name} reconnected`);
      // What was published meanwhile is lost for us (subscriber) or may be lost for the others.
      if (connection === sub) {
        subscribedSince = Date.now();
        catchUpAll();
      } else signal(PEER_SIGNAL.resync);
    });
  }

  let isPublishFailing = false;
  function send(channel: string, payload: Uint8Array): void {
    pub.publish(channel, Buffer.concat([id, payload])).then(
      () => {
        isPublishFailing = false;
      },
      (error: Error) => {
        // One line per outage, not one per message.
        if (isClosed || isPublishFailing) return;
        isPublishFailing = true;
        logger.warn("collab: redis publish failed", { channel, error: error.message });
      },
    );
  }

  function signal(kind: number): void {
    send(peersChannel, Uint8Array.of(kind));
  }

  /** Applies the stored document (Yjs ignores what the room already has). */
  async function catchUp(room: string): Promise<void> {
    const channel = channels.get(room);
    if (!channel) return;
    try {
      const state = await loadState(room);
      if (state && channels.get(room) === channel) channel.onMessage(encodeUpdateMessage(state));
    } catch (error) {
      logger.warn("collab: catching up from the database failed", { room, error: (error as Error).message });
    }
  }

  let catchUpTimer: NodeJS.Timeout | null = null;
  function catchUpAll(): void {
    for (const room of channels.keys()) {
      void catchUp(room);
      send(roomChannel(room), Uint8Array.of(MESSAGE_QUERY_AWARENESS));
    }
    catchUpTimer ??= setTimeout(() => {
      catchUpTimer = null;
      for (const room of channels.keys()) void catchUp(room);
    }, catchUpAgainAfterMs);
  }

  /** Removes, in this process, the presence that a process now gone had published. */
  function forgetPeer(peer: string): void {
    peers.delete(peer);
    for (const channel of channels.values()) {
      const gone: AwarenessEntry[] = [];
      for (const [clientId, owner] of channel.remote) {
        if (owner.peer !== peer) continue;
        channel.remote.delete(clientId);
        // Same clock with a null state: y-protocols' removal of a remote client.
        gone.push({ clientId, clock: owner.clock, state: null });
      }
      if (gone.length > 0) channel.onMessage(encodeAwarenessMessage(encodeAwarenessEntries(gone)));
    }
  }

  function receiveOnRoom(room: string, peer: string, frame: Uint8Array): void {
    const channel = channels.get(room);
    if (!channel) return;
    if (frame[0] === MESSAGE_QUERY_AWARENESS) {
      const states = [...channel.local.values()];
      if (states.length > 0) send(roomChannel(room), encodeAwarenessMessage(encodeAwarenessEntries(states)));
      return;
    }
    if (frame[0] === MESSAGE_AWARENESS) {
      for (const entry of awarenessEntries(frame)) {
        channel.local.delete(entry.clientId);
        if (entry.state === null) channel.remote.delete(entry.clientId);
        else channel.remote.set(entry.clientId, { peer, clock: entry.clock });
      }
    }
    channel.onMessage(frame);
  }

  /** A push envelope from another process; its payload is validated by the server. */
  function receivePush(payload: Uint8Array): void {
    const value = JSON.parse(new TextDecoder().decode(payload)) as Partial<PushEnvelope>;
    if (typeof value.boardId !== "string" || typeof value.payload !== "string") {
      throw new Error("push envelope without boardId or payload");
    }
    const push: PushEnvelope = { boardId: value.boardId, payload: value.payload };
    if (typeof value.userId === "string") push.userId = value.userId;
    for (const listener of pushListeners) listener(push);
  }

  sub.on("messageBuffer", (channelName: Buffer, message: Buffer) => {
    if (message.length <= ID_BYTES || id.equals(message.subarray(0, ID_BYTES))) return;
    const peer = message.subarray(0, ID_BYTES).toString("hex");
    const payload = new Uint8Array(message.buffer, message.byteOffset + ID_BYTES, message.length - ID_BYTES);
    const name = channelName.toString();
    try {
      if (name === peersChannel) {
        if (payload[0] === PEER_SIGNAL.bye) return forgetPeer(peer);
        peers.set(peer, Date.now());
        if (payload[0] === PEER_SIGNAL.resync) catchUpAll();
        return;
      }
      peers.set(peer, Date.now());
      if (name === pushChannel) return receivePush(payload);
      if (name.startsWith(prefix)) receiveOnRoom(name.slice(prefix.length), peer, payload);
    } catch (error) {
      logger.warn("collab: dropped a malformed redis message", { channel: name, error: (error as Error).message });
    }
  });

  const heartbeat = setInterval(
    () => {
      signal(PEER_SIGNAL.alive);
      // While we cannot hear anyone, silence proves nothing about the others.
      if (sub.status !== "ready" || Date.now() - subscribedSince < peerTimeoutMs) return;
      for (const [peer, heardAt] of peers) if (Date.now() - heardAt > peerTimeoutMs) forgetPeer(peer);
    },
    Math.max(50, Math.floor(peerTimeoutMs / 4)),
  );
  heartbeat.unref();

  const isReady = Promise.all([
    new Promise((resolve) => pub.once("ready", resolve)),
    sub.subscribe(peersChannel, pushChannel).then(() => {
      subscribedSince = Date.now();
      signal(PEER_SIGNAL.alive);
    }),
  ]).then(() => {});
  isReady.catch(() => {});

  return {
    processId,
    ready: () => isReady,

    publish(room, frame) {
      const channel = channels.get(room);
      if (channel && frame[0] === MESSAGE_AWARENESS) {
        for (const entry of awarenessEntries(frame)) {
          channel.remote.delete(entry.clientId);
          if (entry.state === null) channel.local.delete(entry.clientId);
          else channel.local.set(entry.clientId, entry);
        }
      }
      send(roomChannel(room), frame);
    },

    subscribe(room, onMessage) {
      channels.set(room, { onMessage, remote: new Map(), local: new Map() });
      sub
        .subscribe(roomChannel(room))
        .then(() => {
          // Anything published between loading the room and joining its channel is missed.
          void catchUp(room);
          send(roomChannel(room), Uint8Array.of(MESSAGE_QUERY_AWARENESS));
        })
        .catch((error: Error) => logger.warn("collab: redis subscribe failed", { room, error: error.message }));
    },

    unsubscribe(room) {
      channels.delete(room);
      sub.unsubscribe(roomChannel(room)).catch(() => {});
    },

    publishPush(push) {
      send(pushChannel, new TextEncoder().encode(JSON.stringify(push)));
    },

    onPush(listener) {
      pushListeners.add(listener);
    },

    async close() {
      if (isClosed) return;
      clearInterval(heartbeat);
      if (catchUpTimer) clearTimeout(catchUpTimer);
      if (pub.status === "ready") {
        await pub.publish(peersChannel, Buffer.concat([id, Uint8Array.of(PEER_SIGNAL.bye)])).catch(() => {});
      }
      isClosed = true;
      const quit = Promise.allSettled([pub.quit(), sub.quit()]);
      await Promise.race([quit, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      pub.disconnect();
      sub.disconnect();
    },
  };
}

/**
 * The bus for `createCollabServer({ pubsub })`: Redis when `REDIS_URL` is set (catching up from
 * `db`), else the single-process no-op. `COLLAB_PEER_TIMEOUT_MS` tunes how fast the presence of
 * a vanished process is removed.
 */
export function createPubSubFromEnv(env: NodeJS.ProcessEnv, logger: CollabLogger, db: Db): CollabPubSub {
  if (!env.REDIS_URL) return createNoopPubSub();
  const peerTimeoutMs = Number(env.COLLAB_PEER_TIMEOUT_MS) || undefined;
  logger.info("collab: scale-out over redis", { peerTimeoutMs: peerTimeoutMs ?? 8000 });
  return createRedisPubSub({
    url: env.REDIS_URL,
    logger,
    peerTimeoutMs,
    loadState: async (room) => {
      const ref = parseRoomName(room);
      return ref ? ((await loadBoardDocState(db, ref.boardId, ref.docId))?.update ?? null) : null;
    },
  });
}
