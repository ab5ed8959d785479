/**
 * `readBoardContent` + `contentHash` give the same hash in a real browser (Debian's Chromium) and
 * in Node for the same board, and different hashes after an edit — the sign-off binds a version's
 * hash, so the browser that shows it and the server that checks it must agree byte for byte.
 */
import { createServer, type Server } from "node:http";
import path from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrthoBoard } from "@/lib/demo/ortho-board";
import { type HashVariant, hashScenario } from "./testing/hash-scenarios";

const ROOT = path.resolve(import.meta.dirname, "../..");
const VARIANTS: HashVariant[] = ["as-is", "history-edit", "notes-paragraph"];
let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents:
        'import { hashScenario } from "./lib/board/testing/hash-scenarios"; globalThis.hashScenario = hashScenario;',
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    alias: { "@": ROOT },
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text;
  // http://127.0.0.1 is a secure context, so the page has crypto.subtle as the app's pages do.
  server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<!doctype html><meta charset="utf-8"><script>${script.replaceAll("</script", "<\\/script")}</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("content hash in the browser and in Node", () => {
  it("is the same for the same board and differs after a cell or paragraph edit", async () => {
    const board = createOrthoBoard({ startYear: 2027 });
    const page = await browser.newPage();
    await page.goto(url);
    const inBrowser: string[] = [];
    const inNode: string[] = [];
    for (const variant of VARIANTS) {
      inBrowser.push(
        await page.evaluate(
          ([json, v]) =>
            (globalThis as unknown as { hashScenario: (b: unknown, v: string) => Promise<string> }).hashScenario(
              JSON.parse(json),
              v,
            ),
          [JSON.stringify(board), variant] as const,
        ),
      );
      inNode.push(await hashScenario(board, variant));
    }
    expect(inBrowser).toEqual(inNode);
    for (const hash of inNode) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(inNode).size).toBe(VARIANTS.length);
  }, 120_000);
});
