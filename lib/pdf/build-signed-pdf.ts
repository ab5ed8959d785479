/**
 * The signed PDF: the rendered content pages, the signing certificate appended with pdf-lib,
 * identifiers in the document information (so the verify page can find the round from the file),
 * and the seal over all of it.
 */
import { PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { appendCertificatePage, type CertificateOptions, type Translate } from "./certificate-page";
import type { SealKey } from "./seal-key";
import { sealPdf } from "./seal-pdf";
import type { SigningRecord } from "./signing-record";

/** Custom document-information keys holding the round, version and hash as plain strings. */
export const INFO_KEYS = { round: "PksRound", version: "PksVersion", hash: "PksContentHash" } as const;

/** Appends the certificate to `contentPdf`, records the identifiers and seals the file. */
export async function buildSignedPdf(
  contentPdf: Uint8Array,
  record: SigningRecord,
  t: Translate,
  options: Omit<CertificateOptions, "seal"> & { key: SealKey; now?: Date },
): Promise<Buffer> {
  const pdf = await PDFDocument.load(contentPdf);
  const seal = { commonName: options.key.commonName, fingerprint: options.key.fingerprint };
  await appendCertificatePage(pdf, record, t, { ...options, seal });
  const title = `${record.boardName} – ${record.documentTitle ?? t("certificate.plan")}`;
  pdf.setTitle(title);
  pdf.setSubject(t("certificate.subject", { hash: record.contentHash }));
  pdf.setKeywords([`pks-round:${record.roundId}`, `pks-version:${record.versionId}`, `pks-hash:${record.contentHash}`]);
  pdf.setProducer("Planeringstavlan (pdf-lib, @signpdf)");
  pdf.setCreator("Planeringstavlan");
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of(INFO_KEYS.round), PDFString.of(record.roundId));
  info.set(PDFName.of(INFO_KEYS.version), PDFString.of(record.versionId));
  info.set(PDFName.of(INFO_KEYS.hash), PDFString.of(record.contentHash));
  return sealPdf(pdf, options.key, {
    reason: t("certificate.sealReason"),
    location: record.boardName,
    contactInfo: options.verifyUrl,
  });
}

/** The identifiers a signed PDF carries (read from the raw bytes, so a damaged file still names them). */
export function readPdfIdentifiers(bytes: Uint8Array): { roundId: string | null; contentHash: string | null } {
  const text = Buffer.from(bytes).toString("latin1");
  const read = (key: string, pattern: string) => new RegExp(`/${key}\\s*\\((${pattern})\\)`).exec(text)?.[1] ?? null;
  return {
    roundId: read(INFO_KEYS.round, "[0-9a-f-]{36}"),
    contentHash: read(INFO_KEYS.hash, "[0-9a-f]{64}"),
  };
}
