import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Gate } from "@/components/board/gate";
import { DocumentHeader } from "@/components/documents/document-header";
import { ReflectionSession } from "@/components/documents/reflection-session";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { listBoardMembers } from "@/lib/db/queries/boards";
import { listRuleSummaries } from "@/lib/server/documents/promote-action-rule";
import { currentVersionDeps } from "@/lib/server/versions/deps";
import { documentStatusAction } from "../../agreements/actions";
import { promoteActionItemAction, promoteActionRuleAction } from "../actions";

export default async function ReflectionPage({ params }: { params: Promise<{ boardId: string; docId: string }> }) {
  const { boardId, docId } = await params;
  const { board, role } = await requireBoardAccess(boardId);
  const db = await getDb();
  const doc = await findBoardDocument(db, board.id, docId);
  if (doc?.kind !== "reflection") notFound();
  const members = (await listBoardMembers(db, board.id)).map((m) => ({ id: m.userId, name: m.name }));
  const rules = await listRuleSummaries(db, board.id, currentVersionDeps().rooms);
  const t = await getTranslations();
  return (
    <article className="max-w-6xl space-y-4">
      <DocumentHeader
        doc={doc}
        role={role}
        back={{ href: `/boards/${board.id}/reflektion`, label: t("reflection.back") }}
        printLabel={t("reflection.print")}
        statusAction={documentStatusAction}
      />
      <Gate>
        <ReflectionSession
          docId={doc.id}
          title={doc.title}
          members={members}
          promote={promoteActionItemAction}
          promoteRule={promoteActionRuleAction}
          rules={rules}
        />
      </Gate>
    </article>
  );
}
