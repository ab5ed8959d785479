import { getTranslations } from "next-intl/server";
import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Translate } from "@/lib/pdf/certificate-page";
import { createSignedPdf } from "@/lib/pdf/create-signed-pdf";
import { renderPagePdf } from "@/lib/pdf/render-page";
import { QueueFullError } from "@/lib/pdf/render-queue";

export const dynamic = "force-dynamic";

const TIME = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  dateStyle: "short",
  timeStyle: "medium",
});

/** "2026-12-01 13:05:12 (Stockholm)": the certificate's times, to the second. */
function formatTime(iso: string): string {
  return `${TIME.format(new Date(iso))} (Europe/Stockholm)`;
}

function pdfFileName(board: string, version: string | null): string {
  const base = `${board} ${version ?? ""}`.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  return `${base || "fastställd"}.pdf`;
}

/**
 * GET: the sealed PDF of a fastställd plan or agreement (members only; one render at a time per
 * process, 503 when the queue is full; cancelled with the request).
 */
export async function GET(request: Request, { params }: { params: Promise<{ boardId: string; roundId: string }> }) {
  const { boardId, roundId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const origin = new URL(request.url).origin;
  try {
    const result = await createSignedPdf(await getDb(), user, {
      boardId,
      roundId,
      origin,
      publicUrl: process.env.NEXTAUTH_URL || origin,
      t: (await getTranslations("pdf")) as unknown as Translate,
      formatTime,
      render: renderPagePdf,
      signal: request.signal,
    });
    if (!result.ok) return presentApiError(result.error);
    const { bytes, record } = result.value;
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-length": String(bytes.length),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(pdfFileName(record.boardName, record.versionName))}`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof QueueFullError) return jsonError(503, "PDF-kön är full, försök igen / The PDF queue is full");
    if (request.signal.aborted) return new Response(null, { status: 499 });
    throw error;
  }
}
