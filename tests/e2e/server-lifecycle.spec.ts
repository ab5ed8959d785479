import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { request as playwrightRequest } from "@playwright/test";
import { DEMO, expect, signInApi, test } from "./fixtures";
import { freePort, startServer, startServerExpectingFailure, stopServer } from "./server-process";

const SECRET = { NEXTAUTH_SECRET: "lifecycle-secret-0123456789abcdef" };

test.describe("server lifecycle", () => {
  test.setTimeout(180_000);

  test("a second server on the same data folder refuses to start and the first keeps working", async ({ request }) => {
    const failed = await startServerExpectingFailure(
      { PKS_DATA_DIR: process.env.PKS_E2E_DATA!, ...SECRET },
      freePort(),
    );
    expect(failed.code).toBe(1);
    expect(failed.output).toContain("Planeringstavlan could not start");
    expect(failed.output).toMatch(/is in use by another Planeringstavlan process \(pid \d+\)/);
    // The first server still serves pages and sign-ins.
    await signInApi(request, DEMO.taktisk);
    const boards = await request.get("/");
    expect(boards.status()).toBe(200);
    expect(await boards.text()).toContain("Ortopedkliniken — produktionsplan 2027");
  });

  test("a restart, even after kill -9, keeps all data", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pks-restart-"));
    const port = freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    let server = await startServer({ PKS_DATA_DIR: dataDir, ...SECRET }, port);
    let api = await playwrightRequest.newContext({ baseURL });
    await signInApi(api, DEMO.taktisk);
    const demoId = await findDemoBoardId(api);
    const exported = await (await api.get(`/api/boards/${demoId}/export`)).text();
    const imported = await api.post("/api/boards/import", {
      data: exported,
      headers: { "content-type": "application/json" },
    });
    expect(imported.status()).toBe(201);
    const { id } = await imported.json();
    await api.dispose();
    await stopServer(server, "SIGKILL");

    server = await startServer({ PKS_DATA_DIR: dataDir, ...SECRET }, port);
    api = await playwrightRequest.newContext({ baseURL });
    await signInApi(api, DEMO.taktisk);
    const again = await api.get(`/api/boards/${id}/export`);
    expect(again.status()).toBe(200);
    expect(await again.text()).toBe(exported);
    await api.dispose();
    await stopServer(server);
    // After a clean stop the lock is released.
    expect(fs.existsSync(path.join(dataDir, "pks.lock"))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("a damaged embedded database stops start-up with one clear line", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pks-corrupt-"));
    fs.mkdirSync(path.join(dataDir, "pglite"));
    fs.writeFileSync(path.join(dataDir, "pglite", "PG_VERSION"), "not a version\n");
    const failed = await startServerExpectingFailure({ PKS_DATA_DIR: dataDir, ...SECRET }, freePort());
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(
      /could not start: Cannot open the embedded database in .*pglite .*restore it from a backup/,
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("a database URL that cannot be reached stops start-up with one clear line", async () => {
    const failed = await startServerExpectingFailure(
      { DATABASE_URL: "postgres://nobody:secret@127.0.0.1:1/none", ...SECRET },
      freePort(),
    );
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(
      /could not start: Cannot use PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/,
    );
    expect(failed.output).not.toContain("secret@");
  });
});

async function findDemoBoardId(api: import("@playwright/test").APIRequestContext): Promise<string> {
  const html = await (await api.get("/")).text();
  const match = html.match(/href="\/boards\/([0-9a-f-]{36})"/);
  if (!match) throw new Error("no board link in the board list");
  return match[1]!;
}
