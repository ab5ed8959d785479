/** The PDF queue: one render at a time, a bounded wait, and a cancelled wait that never runs. */
import { describe, expect, it } from "vitest";
import { QueueFullError, RenderQueue } from "./render-queue";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("RenderQueue", () => {
  it("runs one task at a time in arrival order and refuses beyond the waiting limit", async () => {
    const queue = new RenderQueue(2);
    const order: string[] = [];
    const first = gate();
    let running = 0;
    let most = 0;
    const task = (name: string, wait?: Promise<void>) => async () => {
      running++;
      most = Math.max(most, running);
      order.push(name);
      await wait;
      running--;
      return name;
    };
    const a = queue.run(task("a", first.opened));
    const b = queue.run(task("b"));
    const c = queue.run(task("c"));
    await expect(queue.run(task("d"))).rejects.toBeInstanceOf(QueueFullError);
    expect(queue.length).toBe(2);
    first.open();
    expect(await Promise.all([a, b, c])).toEqual(["a", "b", "c"]);
    expect(order).toEqual(["a", "b", "c"]);
    expect(most).toBe(1);
  });

  it("drops a waiting task whose request was cancelled", async () => {
    const queue = new RenderQueue(3);
    const first = gate();
    const ran: string[] = [];
    const a = queue.run(async () => {
      await first.opened;
      ran.push("a");
    });
    const abort = new AbortController();
    const b = queue.run(async () => {
      ran.push("b");
    }, abort.signal);
    abort.abort(new Error("cancelled"));
    await expect(b).rejects.toThrow("cancelled");
    expect(queue.length).toBe(0);
    first.open();
    await a;
    expect(ran).toEqual(["a"]);
  });
});
