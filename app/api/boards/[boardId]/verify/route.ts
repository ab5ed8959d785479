import { authorizeBoardRequest, jsonError } from "@/lib/auth/api";
import { getDb } from "@/lib/db/client";
import { verifyHash, verifyUploadedPdf } from "@/lib/pdf/verify-pdf";

export const dynamic = "force-dynamic";

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * POST (multipart): `file` = a PDF, or `hash` = a content or signed hash. Answers which version
 * of this board it is, who signed, and (for a file) whether its seal holds. Members only.
 */
export async function POST(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const allowed = await authorizeBoardRequest(boardId, "viewer");
  if (!allowed.ok) return allowed.response;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BYTES + 64 * 1024) return jsonError(413, "Filen är för stor (högst 20 MB) / File too large");
  const form = await request.formData().catch(() => null);
  if (!form) return jsonError(400, "Skicka en PDF-fil eller en kontrollsumma / Send a PDF or a checksum");
  const db = await getDb();
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_BYTES) return jsonError(413, "Filen är för stor (högst 20 MB) / File too large");
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") !== "%PDF-")
      return jsonError(400, "Filen är ingen PDF / Not a PDF file");
    return Response.json(await verifyUploadedPdf(db, allowed.access.board.id, bytes));
  }
  const hash = String(form.get("hash") ?? "")
    .trim()
    .toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hash))
    return jsonError(400, "En kontrollsumma är 64 tecken 0–9 och a–f / A checksum is 64 hex characters");
  return Response.json(await verifyHash(db, allowed.access.board.id, hash));
}
