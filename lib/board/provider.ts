/**
 * The browser side of collaboration: connects a shared document (the board's, or one rich-text
 * document of the board) to its room on the collaboration server with y-websocket, keeps offline
 * edits in IndexedDB, fetches a fresh short-lived token before every (re)connect, exposes a tiny
 * observable state (save status, read-only, close code) for the header and the server's push
 * messages (`onPush`). Import-safe in Node: no window access at module level (tests use `ws`).
 */
import type * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import {
  ALIVE_FRAME,
  BOARD_DOC_ID,
  COLLAB_PATH,
  closeReason,
  isRetryableClose,
  MESSAGE_ALIVE,
  MESSAGE_ERROR,
  MESSAGE_PUSH,
  MESSAGE_READ_ONLY,
  MESSAGE_SAVED,
  type PushMessage,
  parsePushMessage,
  readErrorPayload,
  readPushPayload,
  readReadOnlyPayload,
  readSavedPayload,
  roomNameOf,
  roomPathOf,
  type SaveStatus,
} from "./protocol";
import { computeSaveStatus, isDocFullySaved, mergeSavedVectors } from "./save-status";

export interface ConnectBoardOptions {
  boardId: string;
  /** A rich-text document of the board (its `board_documents` id); absent = the board document. */
  docId?: string;
  doc: Y.Doc;
  /** Origin of the app, e.g. "https://plan.region.se" (http/https are turned into ws/wss). */
  baseUrl: string;
  /** A fresh collaboration token (route handler); called before every connect attempt. */
  getToken: () => Promise<string>;
  /** A WebSocket implementation for Node (tests, scripts); browsers use the global one. */
  WebSocketPolyfill?: unknown;
  /** Keep the document in IndexedDB so offline edits survive a reload. Default false. */
  indexeddb?: boolean;
  /** Upper bound of the reconnect backoff in ms. Default 10 000. */
  maxBackoffTime?: number;
}

export interface BoardConnectionState {
  status: SaveStatus;
  readOnly: boolean;
  /** The last close code from the server (null before any close or after a successful sync). */
  closeCode: number | null;
  /** The last error: a MESSAGE_ERROR code, a close reason, or a token fetch failure. */
  error: string | null;
}

export interface BoardConnection {
  readonly provider: WebsocketProvider;
  readonly awareness: WebsocketProvider["awareness"];
  /** Resolves when the local IndexedDB copy is loaded (at once without IndexedDB). */
  readonly whenLocalLoaded: Promise<void>;
  readonly status: SaveStatus;
  readonly readOnly: boolean;
  readonly closeCode: number | null;
  /** The current state; the same object until something changes (useSyncExternalStore). */
  getState(): BoardConnectionState;
  /** Calls `listener` on every state change; returns the unsubscribe function. */
  subscribe(listener: (state: BoardConnectionState) => void): () => void;
  /** Calls `listener` for every server push message (schema-checked); returns the unsubscribe. */
  onPush(listener: (message: PushMessage) => void): () => void;
  /** Reconnects now (after a terminal close, or when the browser comes back online). */
  reconnect(): void;
  destroy(): Promise<void>;
}

const CLIENT_IDS_KEY = "pks:clientIds";
/** Not part of the board: holds one counter per client, bumped after delete-only edits. */
export const DELETE_ACK_MAP = "pks.deleteAcks";
const DELETE_ACK_ORIGIN = Symbol("delete-ack");

/** The WebSocket base of an app origin: http → ws, https → wss, without a trailing slash. */
export function collabServerUrl(baseUrl: string): string {
  return baseUrl.replace(/^http/, "ws").replace(/\/+$/, "") + COLLAB_PATH;
}

/**
 * Connects `doc` to its room (the board's, or `docId`'s). The provider starts disconnected; a token is fetched and
 * then it connects. After every close a retryable code schedules a reconnect with exponential
 * backoff (and a fresh token); a non-retryable code (bad request, forbidden, not found, too
 * large) stops until `reconnect()`.
 */
export function connectBoard(options: ConnectBoardOptions): BoardConnection {
  const { doc, getToken } = options;
  const maxBackoff = options.maxBackoffTime ?? 10_000;
  const room = { boardId: options.boardId, docId: options.docId ?? BOARD_DOC_ID };
  const provider = new WebsocketProvider(collabServerUrl(options.baseUrl), roomPathOf(room), doc, {
    connect: false,
    maxBackoffTime: maxBackoff,
    // Reconnection is ours (a fresh token first), so y-websocket never reconnects by itself.
    shouldReconnect: () => true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket } : {}),
  });
  const myClientIds = new Set<number>();
  const listeners = new Set<(state: BoardConnectionState) => void>();
  const pushListeners = new Set<(message: PushMessage) => void>();
  let saved = new Map<number, number>();
  let state: BoardConnectionState = { status: "connecting", readOnly: false, closeCode: null, error: null };
  let failed = false;
  let firstConnect = true;
  let attempts = 0;
  let wanted = true;
  let destroyed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let persistence: { set(k: string, v: string): unknown; destroy(): unknown; whenSynced: Promise<unknown> } | null =
    null;

  const refresh = (patch: Partial<BoardConnectionState> = {}) => {
    const merged = { ...state, ...patch };
    merged.status = computeSaveStatus({
      isSynced: provider.wsconnected && provider.synced,
      isFirstConnect: firstConnect,
      isFailed: failed,
      isReadOnly: merged.readOnly,
      isFullySaved: isDocFullySaved(doc, saved, myClientIds),
    });
    const changed = (Object.keys(merged) as (keyof BoardConnectionState)[]).some((k) => merged[k] !== state[k]);
    if (!changed) return;
    state = merged;
    for (const listener of listeners) listener(state);
  };

  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    saved = mergeSavedVectors(saved, readSavedPayload(decoder as decoding.Decoder));
    refresh();
  };
  provider.messageHandlers[MESSAGE_READ_ONLY] = (_encoder, decoder) => {
    refresh({ readOnly: readReadOnlyPayload(decoder as decoding.Decoder) });
  };
  provider.messageHandlers[MESSAGE_PUSH] = (_encoder, decoder) => {
    const parsed = parsePushMessage(readPushPayload(decoder as decoding.Decoder));
    if (!parsed.ok) {
      console.warn(`collab: dropped a push message that fails its schema (${parsed.error})`);
      return;
    }
    for (const listener of pushListeners) listener(parsed.message);
  };
  // The server asks every few seconds; it drops a connection that stopped answering (server.ts).
  provider.messageHandlers[MESSAGE_ALIVE] = (encoder) => {
    encoding.writeUint8Array(encoder, ALIVE_FRAME);
  };
  provider.messageHandlers[MESSAGE_ERROR] = (_encoder, decoder) => {
    const code = readErrorPayload(decoder as decoding.Decoder);
    if (code === "save-failed" || code === "invalid-update") failed = true;
    refresh({ error: code });
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    const isLocal = origin !== provider && (persistence === null || origin !== persistence);
    if (isLocal && !myClientIds.has(doc.clientID)) {
      myClientIds.add(doc.clientID);
      void persistence?.set(CLIENT_IDS_KEY, JSON.stringify([...myClientIds]));
    }
    refresh();
  };
  doc.on("update", onUpdate);

  // A transaction that only deletes (clearing a cell, removing a row) leaves the state vector
  // unchanged, so "saved up to this vector" could never confirm it. Follow such a local
  // transaction with a tiny insert of our own, which the server's acknowledgement then covers.
  const acks = doc.getMap<number>(DELETE_ACK_MAP);
  let ackCounter = 0;
  const onAfterTransaction = (transaction: Y.Transaction) => {
    if (!transaction.local || transaction.origin === provider || transaction.origin === DELETE_ACK_ORIGIN) return;
    if (transaction.deleteSet.clients.size === 0) return;
    const inserted = (transaction.afterState.get(doc.clientID) ?? 0) > (transaction.beforeState.get(doc.clientID) ?? 0);
    if (inserted) return;
    queueMicrotask(() => {
      if (!destroyed) doc.transact(() => acks.set(String(doc.clientID), ++ackCounter), DELETE_ACK_ORIGIN);
    });
  };
  doc.on("afterTransaction", onAfterTransaction);

  const open = async () => {
    timer = null;
    if (!wanted || destroyed) return;
    try {
      const token = await getToken();
      if (!wanted || destroyed) return;
      provider.params = { ...provider.params, token };
      provider.connect();
    } catch (error) {
      refresh({ error: `token: ${(error as Error).message}` });
      scheduleReconnect(null);
    }
  };

  const scheduleReconnect = (code: number | null) => {
    attempts++;
    firstConnect = false;
    const slow = code === 4408 || code === 4429 ? 5_000 : 0;
    const delay = Math.max(slow, Math.min(2 ** attempts * 100, maxBackoff)) * (0.75 + Math.random() * 0.5);
    if (timer === null && wanted && !destroyed) timer = setTimeout(open, delay);
  };

  provider.on("connection-close", (event) => {
    // Stop y-websocket's own reconnect (it would reuse the old token); ours fetches a new one.
    provider.shouldConnect = false;
    const code = event?.code ?? null;
    if (code !== null && !isRetryableClose(code)) {
      failed = true;
      wanted = false;
      firstConnect = false;
      queueMicrotask(() => refresh({ closeCode: code, error: closeReason(code) }));
      return;
    }
    queueMicrotask(() => refresh(code !== null && code >= 4000 ? { closeCode: code, error: closeReason(code) } : {}));
    scheduleReconnect(code);
  });
  provider.on("sync", (isSynced: boolean) => {
    if (!isSynced) return;
    attempts = 0;
    firstConnect = false;
    failed = false;
    refresh({ closeCode: null, error: null });
  });
  provider.on("status", (event: { status: string }) => {
    // Tell the server at once that this page answers MESSAGE_ALIVE: a page that goes offline
    // before the server's first question is then dropped by the page-level check too, not only
    // by ws pings (which Chromium keeps answering for an offline page).
    if (event?.status === "connected") provider.ws?.send(ALIVE_FRAME);
    // y-websocket drops the peers' states on disconnect but keeps their clocks, so after a
    // reconnect their unchanged states would be ignored until renewed (up to 30 s): forget them.
    if (event?.status === "disconnected") {
      const awareness = provider.awareness;
      for (const clientId of [...awareness.meta.keys()]) {
        if (clientId !== awareness.clientID && !awareness.states.has(clientId)) awareness.meta.delete(clientId);
      }
    }
    refresh();
  });

  // Going offline, this tab says goodbye first (an awareness update with no state), so the others'
  // presence drops it at once even if the socket's closing handshake never completes; online again,
  // it comes back with the same state.
  let stateBeforeOffline: Record<string, unknown> | null = null;
  const onOnline = () => {
    if (stateBeforeOffline && provider.awareness.getLocalState() === null)
      provider.awareness.setLocalState(stateBeforeOffline);
    stateBeforeOffline = null;
    connection.reconnect();
  };
  // The browser knows before the socket does (a dead network can keep a socket "open" for
  // minutes): go offline at once, keep editing locally, and resync when the network is back.
  const onOffline = () => {
    stateBeforeOffline = provider.awareness.getLocalState();
    if (stateBeforeOffline) provider.awareness.setLocalState(null);
    wanted = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstConnect = false;
    provider.disconnect();
    refresh();
  };
  const win = typeof window === "undefined" ? null : window;
  win?.addEventListener("online", onOnline);
  win?.addEventListener("offline", onOffline);

  const whenLocalLoaded = (async () => {
    if (!options.indexeddb) return;
    const { IndexeddbPersistence } = await import("y-indexeddb");
    // The board document keeps its old name (`pks-board:<boardId>`), so offline copies survive.
    const local = new IndexeddbPersistence(`pks-${roomNameOf(room)}`, doc);
    persistence = local;
    await local.whenSynced;
    const ids = await local.get(CLIENT_IDS_KEY);
    if (typeof ids === "string") for (const id of JSON.parse(ids) as number[]) myClientIds.add(id);
    refresh();
  })();
  // Connect at once, in parallel with loading the offline copy: both are CRDT updates of the same
  // document, so their order does not matter, and a cold browser saves the IndexedDB round trips.
  void open();

  const connection: BoardConnection = {
    provider,
    awareness: provider.awareness,
    whenLocalLoaded,
    get status() {
      return state.status;
    },
    get readOnly() {
      return state.readOnly;
    },
    get closeCode() {
      return state.closeCode;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onPush(listener) {
      pushListeners.add(listener);
      return () => pushListeners.delete(listener);
    },
    reconnect() {
      if (destroyed) return;
      wanted = true;
      failed = false;
      attempts = 0;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (provider.ws === null) void open();
    },
    async destroy() {
      destroyed = true;
      wanted = false;
      if (timer !== null) clearTimeout(timer);
      win?.removeEventListener("online", onOnline);
      win?.removeEventListener("offline", onOffline);
      doc.off("update", onUpdate);
      doc.off("afterTransaction", onAfterTransaction);
      listeners.clear();
      pushListeners.clear();
      provider.destroy();
      await whenLocalLoaded.catch(() => undefined);
      await persistence?.destroy();
    },
  };
  return connection;
}
