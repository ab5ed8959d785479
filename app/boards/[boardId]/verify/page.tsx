import { getTranslations } from "next-intl/server";
import { VerifyForms } from "@/components/board/verify/verify-forms";
import { VerifyResult } from "@/components/board/verify/verify-result";
import { ui } from "@/components/ui/styles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { verifyHash } from "@/lib/pdf/verify-pdf";

export async function generateMetadata() {
  const t = await getTranslations("verify");
  return { title: t("title") };
}

/** Verify a PDF or a hash against this board's versions and signatures (the link on every certificate). */
export default async function VerifyPage({
  params,
  searchParams,
}: {
  params: Promise<{ boardId: string }>;
  searchParams: Promise<{ hash?: string }>;
}) {
  const { boardId } = await params;
  const { hash } = await searchParams;
  const { board } = await requireBoardAccess(boardId);
  const t = await getTranslations("verify");
  const initialHash = /^[0-9a-fA-F]{64}$/.test(hash ?? "") ? (hash as string).toLowerCase() : "";
  const outcome = initialHash ? await verifyHash(await getDb(), board.id, initialHash) : null;
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      {outcome && <VerifyResult outcome={outcome} kind="hash" />}
      <VerifyForms boardId={board.id} initialHash={initialHash} />
    </div>
  );
}
