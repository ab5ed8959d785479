/**
 * The PDF seal: a sealed file verifies, a change of one byte anywhere in it does not, and a file
 * without a seal says so.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { certificateOf, createSelfSignedP12, fingerprintOf, type SealKey } from "./seal-key";
import { sealPdf } from "./seal-pdf";
import { verifySeal } from "./verify-seal";

let key: SealKey;
let sealed: Buffer;

async function onePagePdf(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText("Överenskommelse", { x: 50, y: 780, size: 18, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf;
}

beforeAll(async () => {
  const p12 = createSelfSignedP12("hemligt");
  key = { p12, passphrase: "hemligt", fingerprint: fingerprintOf(certificateOf(p12, "hemligt")), commonName: "Test" };
  sealed = await sealPdf(await onePagePdf(), key, { reason: "Fastställd", location: "Test", contactInfo: "" });
});

describe("verifySeal", () => {
  it("holds for the sealed file, by our certificate", () => {
    expect(verifySeal(sealed)).toMatchObject({ status: "valid", fingerprint: key.fingerprint });
  });

  it("fails when one byte of the signed content is changed", () => {
    const changed = Buffer.from(sealed);
    const at = changed.indexOf("Helvetica");
    changed[at] = "X".charCodeAt(0);
    expect(verifySeal(changed)).toMatchObject({ status: "invalid", problem: "the file was changed after sealing" });
  });

  it("fails when a byte of the signature itself is changed", () => {
    const changed = Buffer.from(sealed);
    const at = changed.indexOf("/Contents <") + 200;
    changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
    expect(verifySeal(changed).status).toBe("invalid");
  });

  it("fails when bytes are appended after the seal", () => {
    expect(verifySeal(Buffer.concat([sealed, Buffer.from("\n%extra\n")])).status).toBe("invalid");
  });

  it("reports a file without a seal as missing", async () => {
    expect(verifySeal(await (await onePagePdf()).save())).toEqual({ status: "missing" });
  });
});
