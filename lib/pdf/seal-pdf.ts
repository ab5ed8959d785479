/**
 * The PDF seal: a detached PKCS#7 signature (adbe.pkcs7.detached, SHA-256) over the file's
 * ByteRange, written with @signpdf into a placeholder that @signpdf/placeholder-pdf-lib adds.
 * Any PDF reader then shows whether the file was changed after sealing.
 */
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { P12Signer } from "@signpdf/signer-p12";
import { SignPdf } from "@signpdf/signpdf";
import type { PDFDocument } from "pdf-lib";
import type { SealKey } from "./seal-key";

export interface SealInfo {
  reason: string;
  location: string;
  contactInfo: string;
}

/** Adds the signature placeholder to `pdf`, saves it and signs it with `key`; returns the sealed file. */
export async function sealPdf(pdf: PDFDocument, key: SealKey, info: SealInfo, at = new Date()): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: pdf,
    reason: info.reason,
    contactInfo: info.contactInfo,
    name: key.commonName,
    location: info.location,
    signingTime: at,
    signatureLength: 8192,
    appName: "Planeringstavlan",
  });
  const unsigned = Buffer.from(await pdf.save({ useObjectStreams: false }));
  // The named class, not the default instance: plain Node ESM (tsx) sees the CommonJS module's
  // `exports` object as the default import, bundlers its `default`; both see `SignPdf`.
  return new SignPdf().sign(unsigned, new P12Signer(key.p12, { passphrase: key.passphrase }), at);
}
