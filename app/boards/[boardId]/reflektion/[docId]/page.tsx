import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Gate } from "@/components/board/gate";
import { DocumentStatusForm, PrintButton } from "@/components/documents/document-forms";
import { ReflectionSession } from "@/components/documents/reflection-session";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { listBoardMembers } from "@/lib/db/queries/boards";
import { STATUS_TRANSITIONS } from "@/lib/server/documents/set-document-status";
import { documentStatusAction } from "../../agreements/actions";
import { promoteActionItemAction } from "../actions";

export default async function ReflectionPage({ params }: { params: Promise<{ boardId: string; docId: string }> }) {
  const { boardId, docId } = await params;
  const { board, role } = await requireBoardAccess(boardId);
  const db = await getDb();
  const doc = await findBoardDocument(db, board.id, docId);
  if (doc?.kind !== "reflection") notFound();
  const members = (await listBoardMembers(db, board.id)).map((m) => ({ id: m.userId, name: m.name }));
  const t = await getTranslations();
  const next = hasRole(role, "editor") ? STATUS_TRANSITIONS[doc.status] : [];
  return (
    <article className="max-w-6xl space-y-4">
      <Link href={`/boards/${board.id}/reflektion`} className="no-print text-sm text-accent-strong hover:underline">
        ← {t("reflection.back")}
      </Link>
      <header className="flex flex-wrap items-center gap-3">
        <h2 className={ui.h1} data-testid="document-title">
          {doc.title}
        </h2>
        <span
          className="rounded bg-slate-100 px-2 py-0.5 text-sm font-semibold text-slate-800"
          data-testid="document-status"
        >
          {t(`documents.status.${doc.status}`)}
        </span>
        <div className="ml-auto flex items-center gap-2">
          <DocumentStatusForm action={documentStatusAction} boardId={board.id} docId={doc.id} next={next} />
          <PrintButton label={t("reflection.print")} />
        </div>
      </header>
      <Gate>
        <ReflectionSession docId={doc.id} title={doc.title} members={members} promote={promoteActionItemAction} />
      </Gate>
    </article>
  );
}
