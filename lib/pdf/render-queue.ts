/**
 * A bounded queue that runs one PDF render at a time in this process; more than `maxWaiting`
 * waiting renders are refused (QueueFullError), and a waiting render whose request was cancelled
 * leaves the queue without running.
 */

/** Thrown when the queue already holds its maximum of waiting renders. */
export class QueueFullError extends Error {
  constructor() {
    super("The PDF queue is full");
  }
}

interface Waiting {
  start: () => void;
  signal?: AbortSignal;
}

export class RenderQueue {
  private running = false;
  private readonly waiting: Waiting[] = [];

  constructor(private readonly maxWaiting: number) {}

  /** How many renders are waiting behind the running one. */
  get length(): number {
    return this.waiting.length;
  }

  /** Runs `task` when it is its turn; rejects at once when the queue is full or `signal` aborts. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.running) {
      if (this.waiting.length >= this.maxWaiting) throw new QueueFullError();
      await new Promise<void>((resolve, reject) => {
        const entry: Waiting = { start: resolve, signal };
        this.waiting.push(entry);
        signal?.addEventListener(
          "abort",
          () => {
            const at = this.waiting.indexOf(entry);
            if (at >= 0) this.waiting.splice(at, 1);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    }
    this.running = true;
    try {
      return await task();
    } finally {
      this.next();
    }
  }

  private next(): void {
    const entry = this.waiting.shift();
    if (entry) entry.start();
    else this.running = false;
  }
}

/** The process's PDF queue: one render at a time, at most three waiting. */
export const pdfQueue = new RenderQueue(3);
