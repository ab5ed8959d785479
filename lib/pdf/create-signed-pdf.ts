/**
 * The whole PDF of a signed plan or agreement for a member: the round must be fastställd (signed,
 * or signed and later superseded); the content is rendered from the print route in the bounded
 * queue, the certificate appended, the file sealed, and the export recorded as `board.exported`.
 */
import { hasRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findBoardForUser } from "@/lib/db/queries/boards";
import { type Actor, auditActor, type CommandResult, inTransaction } from "@/lib/server/command";
import { buildSignedPdf } from "./build-signed-pdf";
import type { Translate } from "./certificate-page";
import { createPrintToken } from "./print-token";
import { pdfQueue } from "./render-queue";
import { loadSealKey } from "./seal-key";
import { loadSigningRecord, type SigningRecord } from "./signing-record";

const NOT_SIGNED = "Versionen är inte fastställd; en PDF görs av en fastställd version / The version is not approved";

export interface PdfRequest {
  boardId: string;
  roundId: string;
  /** Where this server answers (the print route is opened there) and its public address. */
  origin: string;
  publicUrl: string;
  t: Translate;
  formatTime: (iso: string) => string;
  /** Renders a page to PDF (Chromium in production). */
  render: (url: string, signal?: AbortSignal) => Promise<Buffer>;
  signal?: AbortSignal;
}

/** The link on the certificate (and in its QR code) to the board's verify page for this version. */
export function verifyUrlOf(publicUrl: string, record: SigningRecord): string {
  return `${publicUrl.replace(/\/$/, "")}/boards/${record.boardId}/verify?hash=${record.contentHash}`;
}

/** Renders, certifies and seals the round's PDF; refused for non-members (not-found) and unsigned rounds. */
export async function createSignedPdf(
  db: Db,
  actor: Actor,
  request: PdfRequest,
): Promise<CommandResult<{ bytes: Buffer; record: SigningRecord }>> {
  const access = await findBoardForUser(db, request.boardId, actor.id);
  if (!access || !hasRole(access.role, "viewer")) return { ok: false, error: { kind: "not-found" } };
  const record = await loadSigningRecord(db, request.boardId, request.roundId);
  if (!record) return { ok: false, error: { kind: "not-found" } };
  if (record.status !== "signed" && record.status !== "superseded")
    return {
      ok: false,
      error: { kind: "invalid", field: "roundId", code: "pdf.errors.notSigned", message: NOT_SIGNED },
    };
  const bytes = await pdfQueue.run(async () => {
    const token = createPrintToken(record.boardId, record.roundId);
    const url = `${request.origin}/print/${record.boardId}/${record.roundId}?token=${encodeURIComponent(token)}`;
    const content = await request.render(url, request.signal);
    return buildSignedPdf(content, record, request.t, {
      key: loadSealKey(),
      verifyUrl: verifyUrlOf(request.publicUrl, record),
      formatTime: request.formatTime,
    });
  }, request.signal);
  return inTransaction(db, undefined, async (tx) => {
    await appendAuditEvent(tx, auditActor(actor), {
      type: "board.exported",
      data: { boardId: record.boardId, format: "pdf", versionId: record.versionId },
    });
    return { bytes, record };
  });
}
