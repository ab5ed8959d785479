/**
 * A worker process of `bench/collab.ts`: a share of the headless y-websocket editors, so that the
 * clients are not bottlenecked by one event loop. Driven over IPC: connect → run → close.
 * Every edit carries its wall-clock time; receivers record how long it took to reach them.
 */

import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import type * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import {
  ALIVE_FRAME,
  MESSAGE_ALIVE,
  MESSAGE_ERROR,
  MESSAGE_PUSH,
  MESSAGE_READ_ONLY,
  MESSAGE_SAVED,
  readSavedPayload,
} from "../lib/board/protocol";

export interface ConnectCommand {
  type: "connect";
  /** y-websocket framing (ours, the reference) or Hocuspocus's own (document name in every message). */
  protocol: "y-websocket" | "hocuspocus";
  url: string;
  room: string;
  /** Joins are spread evenly over this many ms (by global editor index out of `editors`). */
  joinSpreadMs: number;
  editors: number;
  /** The server acknowledges durable saves (MESSAGE_SAVED): only ours. */
  acknowledges: boolean;
  /** Global editor index and the URL parameters (token) of each of this worker's clients. */
  clients: { index: number; params: Record<string, string> }[];
  /** Origin header of the upgrades (the full app refuses a missing one); none when absent. */
  origin?: string;
}

export interface RunCommand {
  type: "run";
  /** Wall-clock times (ms): editing starts, the measured window, editing stops. */
  startAt: number;
  measureFrom: number;
  measureUntil: number;
  editsPerSecond: number;
}

export type WorkerCommand = ConnectCommand | RunCommand | { type: "close" };

export interface RunResult {
  type: "result";
  propagation: number[];
  savedAck: number[];
  /** Edits made inside the measured window. */
  edits: number;
  /** WebSocket payload bytes sent and received by all clients inside the window. */
  bytesSent: number;
  bytesReceived: number;
  /** Clients whose own edits were not all acknowledged (MESSAGE_SAVED) when the run ended. */
  unsaved: number;
  closeCodes: number[];
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable between processes. */
export const wallNow = () => performance.timeOrigin + performance.now();

interface Editor {
  index: number;
  doc: Y.Doc;
  provider: { destroy(): void };
  /** Own edits not yet acknowledged: [clock after the edit, wall time]. */
  pending: [number, number][];
  seq: number;
}

const traffic = { counting: false, sent: 0, received: 0 };
let window = { from: Number.POSITIVE_INFINITY, until: 0 };
const inWindow = (t: number) => t >= window.from && t < window.until;
let result: RunResult = emptyResult();
let editors: Editor[] = [];
const timers: NodeJS.Timeout[] = [];
let acknowledges = true;
let origin: string | undefined;

function emptyResult(): RunResult {
  return {
    type: "result",
    propagation: [],
    savedAck: [],
    edits: 0,
    bytesSent: 0,
    bytesReceived: 0,
    unsaved: 0,
    closeCodes: [],
  };
}

/** ws with a byte count of every message in and out. */
class CountingWebSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols, origin ? { origin } : undefined);
    this.on("message", (data: Buffer | ArrayBuffer) => {
      if (traffic.counting) traffic.received += data.byteLength;
    });
  }

  override send(data: Uint8Array, ...rest: unknown[]): void {
    if (traffic.counting) traffic.sent += data.byteLength;
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}

type Handler = (e: encoding.Encoder, d: decoding.Decoder, p: WebsocketProvider, s: boolean, t: number) => void;

/** A y-websocket provider with our app-level messages (saved acks) handled. */
function connectYWebsocket(command: ConnectCommand, editor: Editor, params: Record<string, string>): Promise<void> {
  const { doc, index } = editor;
  const provider = new WebsocketProvider(command.url, command.room, doc, {
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
    maxBackoffTime: 1000,
  });
  editor.provider = provider;
  provider.awareness.setLocalStateField("focus", { kind: "cell", table: "plan", row: `po${index}`, col: "w1" });
  const handlers = provider.messageHandlers as unknown as Handler[];
  // Our app-level messages; y-websocket would log every unknown one. Like the app's provider,
  // answer "still there?" and say so on connect.
  handlers[MESSAGE_READ_ONLY] = () => {};
  handlers[MESSAGE_ERROR] = () => {};
  handlers[MESSAGE_PUSH] = () => {};
  handlers[MESSAGE_ALIVE] = (encoder) => encoding.writeUint8Array(encoder, ALIVE_FRAME);
  provider.on("status", (event) => {
    if (event.status === "connected") provider.ws?.send(ALIVE_FRAME);
  });
  handlers[MESSAGE_SAVED] = (_e, decoder) => {
    const saved = readSavedPayload(decoder).get(doc.clientID) ?? 0;
    const now = wallNow();
    while (editor.pending.length > 0 && editor.pending[0][0] <= saved) {
      const [, t] = editor.pending.shift()!;
      if (inWindow(t)) result.savedAck.push(now - t);
    }
  };
  provider.on("connection-close", (event) => {
    if (event) result.closeCodes.push(event.code);
  });
  return new Promise((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off("sync", onSync);
      resolve();
    };
    provider.on("sync", onSync);
  });
}

/**
 * A Hocuspocus provider on its own socket, as each y-websocket editor has (Hocuspocus's framing
 * differs from y-websocket's); the server keeps no saves to acknowledge.
 */
function connectHocuspocus(command: ConnectCommand, editor: Editor): Promise<void> {
  return new Promise((resolve) => {
    const socket = new HocuspocusProviderWebsocket({ url: command.url, WebSocketPolyfill: CountingWebSocket });
    socket.on("close", ({ event }: { event: CloseEvent }) => result.closeCodes.push(event.code));
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: command.room,
      document: editor.doc,
      onSynced: ({ state }) => state && resolve(),
    });
    provider.attach();
    editor.provider = {
      destroy() {
        provider.destroy();
        socket.destroy();
      },
    };
    provider.awareness?.setLocalStateField("focus", {
      kind: "cell",
      table: "plan",
      row: `po${editor.index}`,
      col: "w1",
    });
  });
}

/** Waits for the editor's turn in the staggered join, connects it and resolves with its sync time. */
async function connectEditor(command: ConnectCommand, index: number, params: Record<string, string>): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, (index / command.editors) * command.joinSpreadMs));
  const doc = new Y.Doc();
  const started = performance.now();
  const editor: Editor = { index, doc, provider: { destroy() {} }, pending: [], seq: 0 };
  editors.push(editor);
  const cells = doc.getMap<{ v: number; t: number; c: number }>("cells");
  cells.observe((event) => {
    if (event.transaction.local) return;
    const now = wallNow();
    for (const key of event.keysChanged) {
      const cell = cells.get(key);
      if (cell && cell.c !== index && inWindow(cell.t)) result.propagation.push(now - cell.t);
    }
  });
  if (command.protocol === "hocuspocus") await connectHocuspocus(command, editor);
  else await connectYWebsocket(command, editor, params);
  return performance.now() - started;
}

function edit(editor: Editor): void {
  const t = wallNow();
  const seq = editor.seq++;
  // A grid cell: planning object row × week, as the board's history grid has (200 × 104).
  const key = `po${(editor.index * 7 + seq) % 200}:w${(editor.index + seq * 13) % 104}`;
  editor.doc.getMap("cells").set(key, { v: seq, t, c: editor.index });
  const clock = Y.decodeStateVector(Y.encodeStateVector(editor.doc)).get(editor.doc.clientID) ?? 0;
  editor.pending.push([clock, t]);
  if (inWindow(t)) result.edits++;
}

/** Edits at a steady rate from a random phase, on absolute times (no drift). */
function schedule(editor: Editor, command: RunCommand): void {
  const interval = 1000 / command.editsPerSecond;
  let next = command.startAt + Math.random() * interval;
  const tick = () => {
    if (wallNow() >= command.measureUntil) return;
    edit(editor);
    next += interval;
    timers.push(setTimeout(tick, Math.max(0, next - wallNow())));
  };
  timers.push(setTimeout(tick, Math.max(0, next - wallNow())));
}

async function run(command: RunCommand): Promise<RunResult> {
  result = emptyResult();
  window = { from: command.measureFrom, until: command.measureUntil };
  for (const editor of editors) schedule(editor, command);
  const at = (t: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - wallNow())));
  await at(command.measureFrom);
  traffic.counting = true;
  traffic.sent = 0;
  traffic.received = 0;
  await at(command.measureUntil);
  traffic.counting = false;
  result.bytesSent = traffic.sent;
  result.bytesReceived = traffic.received;
  // Let the last edits arrive and be acknowledged.
  await at(command.measureUntil + 1500);
  for (const timer of timers.splice(0)) clearTimeout(timer);
  // Only our server acknowledges saves; the peers keep everything in memory.
  result.unsaved = acknowledges ? editors.filter((e) => e.pending.length > 0).length : 0;
  return result;
}

// Every provider listens for the process's exit.
process.setMaxListeners(0);
process.on("message", (command: WorkerCommand) => {
  const reply = (message: unknown) => process.send?.(message);
  if (command.type === "connect") {
    acknowledges = command.acknowledges;
    origin = command.origin;
    Promise.all(command.clients.map((c) => connectEditor(command, c.index, c.params))).then((syncMs) =>
      reply({ type: "synced", syncMs }),
    );
  } else if (command.type === "run") {
    void run(command).then(reply);
  } else {
    for (const editor of editors) {
      editor.provider.destroy();
      editor.doc.destroy();
    }
    editors = [];
    reply({ type: "closed" });
  }
});
process.on("disconnect", () => process.exit(0));
