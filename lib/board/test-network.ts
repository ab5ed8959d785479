/**
 * Test helpers: Y.Docs exchanging updates, either directly or through a lossy test network that
 * reorders, duplicates and holds back messages (in the spirit of yjs `tests/testHelper.js`).
 */
import * as Y from "yjs";
import { mulberry32 } from "@/lib/demo/ortho-board";

/** Brings every doc up to date with every other (state-vector based, like sync step 1/2). */
export function syncAll(docs: readonly Y.Doc[]): void {
  for (const a of docs) {
    for (const b of docs) {
      if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), "remote");
    }
  }
}

/** Docs whose `update`s go into per-receiver queues; delivery is driven by a seeded PRNG. */
export class TestNetwork {
  readonly docs: Y.Doc[];
  readonly online: boolean[];
  private readonly queues: Uint8Array[][];
  readonly random: () => number;

  constructor(count: number, seed: number, initial?: Uint8Array) {
    this.random = mulberry32(seed);
    this.docs = [];
    this.queues = [];
    this.online = [];
    for (let i = 0; i < count; i++) {
      const doc = new Y.Doc();
      doc.clientID = i + 1; // deterministic ids make a failing seed replay identically
      if (initial) Y.applyUpdate(doc, initial, "remote");
      this.docs.push(doc);
      this.queues.push([]);
      this.online.push(true);
      doc.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin === "remote") return;
        this.queues.forEach((queue, j) => {
          if (j !== i) queue.push(update);
        });
      });
    }
  }

  /** Delivers one random queued message to a random online doc (sometimes twice). */
  deliverOne(): boolean {
    const candidates = this.queues.map((_queue, i) => i).filter((i) => this.online[i] && this.queues[i].length > 0);
    if (candidates.length === 0) return false;
    const to = candidates[Math.floor(this.random() * candidates.length)];
    const queue = this.queues[to];
    const index = Math.floor(this.random() * queue.length); // reorders
    const [message] = queue.splice(index, 1);
    Y.applyUpdate(this.docs[to], message, "remote");
    if (this.random() < 0.1) Y.applyUpdate(this.docs[to], message, "remote"); // duplicates
    return true;
  }

  /** Toggles a random doc offline/online; an offline doc receives nothing until it returns. */
  toggleOnline(): void {
    const i = Math.floor(this.random() * this.docs.length);
    this.online[i] = !this.online[i];
  }

  /** Brings everyone online, drains every queue in random order, then does a full sync. */
  flush(): void {
    this.online.fill(true);
    while (this.deliverOne()) {}
    syncAll(this.docs);
  }
}
