import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect } from "./fixtures";

/** The text of every page of a PDF, read back with pdfjs-dist. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const standardFontDataUrl = `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`;
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join("\n");
}

/** Renders the PDF's first page with pdfjs-dist onto a canvas in the browser and saves it as PNG. */
export async function screenshotFirstPage(page: Page, bytes: Buffer, file: string): Promise<void> {
  const build = path.resolve("node_modules/pdfjs-dist/build");
  await page.route("http://pdf.local/**", (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === "index.html") return route.fulfill({ contentType: "text/html", body: '<canvas id="c"></canvas>' });
    if (name === "file.pdf") return route.fulfill({ contentType: "application/pdf", body: bytes });
    return route.fulfill({ contentType: "text/javascript", body: readFileSync(path.join(build, name)) });
  });
  await page.setViewportSize({ width: 1280, height: 920 });
  await page.goto("http://pdf.local/index.html");
  await page.evaluate(async () => {
    const pdfjs = await import(/* @vite-ignore */ "http://pdf.local/pdf.mjs" as string);
    pdfjs.GlobalWorkerOptions.workerSrc = "http://pdf.local/pdf.worker.mjs";
    const pdf = await pdfjs.getDocument("http://pdf.local/file.pdf").promise;
    const first = await pdf.getPage(1);
    const viewport = first.getViewport({ scale: 1.4 });
    const canvas = document.getElementById("c") as HTMLCanvasElement;
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await first.render({ canvasContext: canvas.getContext("2d"), viewport, canvas }).promise;
  });
  await page.locator("#c").screenshot({ path: file });
}

/** Opens the PDF dialog of the signed version, creates the PDF and returns the downloaded bytes. */
export async function downloadSignedPdf(page: Page): Promise<Buffer> {
  await page.getByRole("button", { name: "Ladda ner PDF" }).click();
  const dialog = page.getByTestId("pdf-dialog");
  const downloading = page.waitForEvent("download", { timeout: 120_000 });
  await dialog.getByRole("button", { name: "Skapa PDF" }).click();
  await expect(dialog.getByTestId("pdf-status")).toContainText("Skapar PDF");
  const download = await downloading;
  await expect(dialog.getByTestId("pdf-status")).toHaveText("PDF:en är nedladdad.");
  return readFileSync(await download.path());
}
