/**
 * Renders a print page to PDF with Playwright's Chromium (`page.pdf()`): the system Chromium
 * (PKS_CHROMIUM, default /usr/bin/chromium), launched per render and closed afterwards, or as
 * soon as the request is cancelled.
 */
import { chromium } from "playwright-core";

const ARGS = ["--disable-gpu", "--disable-quic", "--no-sandbox", "--disable-dev-shm-usage"];

/** The PDF bytes of `url` (A4 landscape, backgrounds printed). */
export async function renderPagePdf(url: string, signal?: AbortSignal): Promise<Buffer> {
  signal?.throwIfAborted();
  const browser = await chromium.launch({
    executablePath: process.env.PKS_CHROMIUM || "/usr/bin/chromium",
    args: ARGS,
  });
  const close = () => void browser.close().catch(() => {});
  signal?.addEventListener("abort", close, { once: true });
  try {
    const page = await browser.newPage();
    const response = await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
    if (!response?.ok()) throw new Error(`The print page answered ${response?.status() ?? "nothing"}`);
    await page.emulateMedia({ media: "print" });
    return await page.pdf({
      format: "A4",
      landscape: true,
      printBackground: true,
      margin: { top: "14mm", bottom: "14mm", left: "12mm", right: "12mm" },
    });
  } finally {
    signal?.removeEventListener("abort", close);
    await browser.close().catch(() => {});
  }
}
