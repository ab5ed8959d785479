import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteWorkerClient } from "./pglite-worker-client";

let client: PgliteWorkerClient;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pks-pglite-worker-"));
  client = await PgliteWorkerClient.open(path.join(dir, "pglite"));
  await client.query("create table notes (id int primary key, body bytea)");
}, 60_000);

afterAll(async () => {
  await client?.close();
  await rm(dir, { recursive: true, force: true });
});

const count = async () => (await client.query("select count(*)::int as n from notes")).rows[0] as { n: number };

describe("PGlite in a worker thread", () => {
  it("keeps the event loop free while a long query runs in the worker", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const startedAt = performance.now();
    await client.query("select count(*) from generate_series(1, 3000000)");
    const ms = performance.now() - startedAt;
    clearInterval(timer);
    // In one thread the WASM query would hold the loop: no tick at all until it returned.
    expect(ms).toBeGreaterThan(100);
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it("returns bytea as bytes, unchanged", async () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255]);
    await client.query("insert into notes values (1, $1)", [bytes.subarray(1)]);
    const { rows } = await client.query("select body from notes where id = 1");
    expect(Array.from((rows[0] as { body: Uint8Array }).body)).toEqual([1, 2, 250, 255]);
  });

  it("rolls a transaction back when its callback throws", async () => {
    const before = await count();
    await expect(
      client.transaction(async (tx) => {
        await tx.query("insert into notes values (2, null)");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await count()).toEqual(before);
  });

  it("makes a query outside an open transaction wait for its commit, then see its rows", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let outsideDone = false;
    const transaction = client.transaction(async (tx) => {
      await tx.query("insert into notes values (3, null)");
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = client.query("select id from notes where id = 3").then((result) => {
      outsideDone = true;
      return result.rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outsideDone).toBe(false);
    release();
    await transaction;
    expect(await outside).toEqual([{ id: 3 }]);
  });

  it("reports PostgreSQL's error with its code and constraint", async () => {
    const error = await client.query("insert into notes values (1, null)").catch((e: Error & { code?: string }) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error & { code?: string }).code).toBe("23505");
    expect((error as Error & { constraint?: string }).constraint).toBe("notes_pkey");
    expect((error as Error).message).toMatch(/duplicate key/);
  });
});
