import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// One throwaway data folder per run; workers inherit it through the environment.
process.env.PKS_E2E_DATA ??= fs.mkdtempSync(path.join(os.tmpdir(), "pks-e2e-"));
// A free port per run (and for the lifecycle tests' own servers), so a leftover server or a
// parallel run can never make the suite fail on "port already used".
process.env.PKS_E2E_PORT ??= freePort();
const port = Number(process.env.PKS_E2E_PORT);

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report lives outside test-results/, which Playwright empties at start.
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The production build made by the test command (next build), served by the one-process server.
    command: "node --import tsx server/index.ts",
    url: `http://127.0.0.1:${port}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      // Lets a spec force a section error (lib/testing/forced-error.ts); never set outside tests.
      PKS_E2E: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      PKS_DATA_DIR: process.env.PKS_E2E_DATA,
      // The demo board is seeded as on this day: plan year 2027 with outcomes for weeks 1–6.
      PKS_DEMO_TODAY: "2027-02-15",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
    },
  },
});

function freePort(): string {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}
