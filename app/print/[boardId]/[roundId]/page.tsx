import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementPrint } from "@/components/pdf/agreement-print";
import { CataloguePrint } from "@/components/pdf/catalogue-print";
import { PlanPrint } from "@/components/pdf/plan-print";
import { getBoardAccess, getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findVersion } from "@/lib/db/queries/versions";
import type { PksBoard } from "@/lib/engine";
import { formatNumber } from "@/lib/format";
import { verifyPrintToken } from "@/lib/pdf/print-token";
import { loadSigningRecord } from "@/lib/pdf/signing-record";
import type { VersionContent } from "@/lib/versions/content";

export const dynamic = "force-dynamic";

/** The print route's gate: the render's short-lived token, or a member's session. */
async function mayRead(boardId: string, roundId: string, token: string | undefined): Promise<boolean> {
  if (token && verifyPrintToken(token, boardId, roundId)) return true;
  const user = await getSessionUser();
  return Boolean(user && (await getBoardAccess(boardId, user.id)));
}

/** The content pages of a signed plan or agreement, for `page.pdf()` (and for a member to preview). */
export default async function PrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ boardId: string; roundId: string }>;
  searchParams: Promise<{ token?: string }>;
}) {
  const { boardId, roundId } = await params;
  const { token } = await searchParams;
  if (!(await mayRead(boardId, roundId, token))) notFound();
  const db = await getDb();
  const record = await loadSigningRecord(db, boardId, roundId);
  const version = record ? await findVersion(db, record.versionId) : null;
  if (!record || !version) notFound();
  const content = version.content as VersionContent;
  const t = await getTranslations("pdf.print");
  return (
    <main id="main" className="mx-auto max-w-none bg-white p-2 text-slate-900">
      <style>{"html, body { background: #fff; }"}</style>
      <header className="mb-3 border-b border-slate-300 pb-2">
        <p className="text-xs uppercase tracking-wide text-slate-600">{t("title")}</p>
        <h1 className="text-xl font-bold">
          {record.boardName} – {record.documentTitle ?? t("plan")}
        </h1>
        <p className="text-xs">{t("version", { name: record.versionName ?? record.versionCreatedAt.slice(0, 16) })}</p>
        <p className="font-mono text-[8pt]">{t("hash", { hash: record.contentHash })}</p>
      </header>
      {content.board ? (
        <PlanPrint board={content.board as PksBoard} />
      ) : (
        <>
          <CataloguePrint content={content} />
          <AgreementPrint content={content} state={version.yjsState} empty={t("emptyText")} />
        </>
      )}
      {record.decision && (
        <section className="mt-3 break-inside-avoid">
          <h2 className="text-base font-bold">{t("decision", { hours: formatNumber(record.decision.gapHours, 1) })}</h2>
          <p className="text-sm">{record.decision.text}</p>
        </section>
      )}
    </main>
  );
}
