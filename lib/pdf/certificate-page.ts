/**
 * The signing certificate appended to a signed plan or agreement, after the content pages, as
 * Documenso appends one: the signers (name, title, level, time, how they authenticated, any
 * withdrawal), the version and its hashes, the shortage decision, the version's timeline, and a
 * QR code with the link to the board's verify page.
 */
import type { PDFDocument } from "pdf-lib";
import { embedFonts, PdfWriter } from "./pdf-writer";
import { drawQrCode } from "./qr-code";
import type { SigningRecord } from "./signing-record";

/** A translator for the `pdf` message namespace. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface CertificateOptions {
  verifyUrl: string;
  /** The sealing certificate's name and fingerprint, printed so a reader can compare. */
  seal: { commonName: string; fingerprint: string };
  /** Formats an ISO time for the reader (Swedish: "1 dec. 2026 13:05:12 CET"). */
  formatTime: (iso: string) => string;
}

function drawSigners(w: PdfWriter, record: SigningRecord, t: Translate, options: CertificateOptions) {
  w.heading(t("certificate.signers"));
  const columns = [0, 170, 245, 355];
  w.row([t("certificate.name"), t("certificate.level"), t("certificate.signedAt"), t("certificate.auth")], columns, {
    bold: true,
  });
  for (const s of record.signers) {
    const name = s.title ? `${s.name}, ${s.title}` : s.name;
    const auth = t(`certificate.authMethods.${s.authMethod === "password" ? "password" : "other"}`, {
      method: s.authMethod,
    });
    const withdrawn = s.withdrawnAt
      ? ` ${t("certificate.withdrawn", { when: options.formatTime(s.withdrawnAt), reason: s.withdrawReason ?? "" })}`
      : "";
    w.row([name, t(`levels.${s.level}`), options.formatTime(s.signedAt), auth + withdrawn], columns);
  }
}

function drawVersion(w: PdfWriter, record: SigningRecord, t: Translate, options: CertificateOptions) {
  w.heading(t("certificate.version"));
  const columns = [0, 130];
  w.row([t("certificate.versionName"), record.versionName ?? t("certificate.unnamed")], columns);
  w.row([t("certificate.versionId"), record.versionId], columns);
  w.row([t("certificate.versionCreated"), options.formatTime(record.versionCreatedAt)], columns);
  w.row([t("certificate.status"), t(`certificate.statuses.${record.status}`)], columns);
  w.text(t("certificate.contentHash"), { size: 9, font: w.fonts.bold });
  w.text(record.contentHash, { size: 8.5, font: w.fonts.mono });
  w.text(t("certificate.signedHash"), { size: 9, font: w.fonts.bold });
  w.text(record.signedHash, { size: 8.5, font: w.fonts.mono });
  if (record.decision) {
    w.heading(t("certificate.decision"), 11);
    w.text(t("certificate.gap", { hours: record.decision.gapHours.toLocaleString("sv-SE") }), { size: 9 });
    w.text(record.decision.text, { size: 9 });
  }
}

function drawTimeline(w: PdfWriter, record: SigningRecord, t: Translate, options: CertificateOptions) {
  w.heading(t("certificate.timeline"));
  const columns = [0, 130, 230, 360];
  w.row([t("certificate.when"), t("certificate.event"), t("certificate.who"), t("certificate.detail")], columns, {
    bold: true,
  });
  for (const entry of record.timeline) {
    const detail = entry.event === "signed" && entry.detail ? t(`levels.${entry.detail}`) : (entry.detail ?? "");
    w.row(
      [
        options.formatTime(entry.at),
        t(`certificate.events.${entry.event}`),
        entry.who ?? t("certificate.system"),
        detail,
      ],
      columns,
    );
  }
}

function drawVerify(w: PdfWriter, t: Translate, options: CertificateOptions) {
  const size = 96;
  w.ensure(size + 40);
  w.y -= 16;
  drawQrCode(w.page, options.verifyUrl, w.left, w.y - size, size);
  const top = w.y;
  w.text(t("certificate.verify"), { x: size + 16, size: 10, font: w.fonts.bold });
  w.text(options.verifyUrl, { x: size + 16, size: 8.5, font: w.fonts.mono });
  w.text(t("certificate.sealedBy", { name: options.seal.commonName }), { x: size + 16, size: 8.5, muted: true });
  w.text(options.seal.fingerprint, { x: size + 16, size: 7.5, font: w.fonts.mono, muted: true });
  w.y = Math.min(w.y, top - size);
}

/** Appends the signing certificate page(s) to `pdf`. */
export async function appendCertificatePage(
  pdf: PDFDocument,
  record: SigningRecord,
  t: Translate,
  options: CertificateOptions,
): Promise<void> {
  const w = new PdfWriter(pdf, await embedFonts(pdf));
  w.text(t("certificate.title"), { size: 20, font: w.fonts.bold });
  const subject = record.documentTitle ?? t("certificate.plan");
  w.text(`${record.boardName} · ${subject}`, { size: 11, muted: true });
  w.y -= 4;
  w.text(t("certificate.intro"), { size: 9, muted: true });
  drawSigners(w, record, t, options);
  drawVersion(w, record, t, options);
  drawTimeline(w, record, t, options);
  drawVerify(w, t, options);
}
