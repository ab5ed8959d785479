import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Gate } from "@/components/board/gate";
import { AgreementDocument } from "@/components/documents/agreement-document";
import { DocumentHeader } from "@/components/documents/document-header";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { listBoardMembers } from "@/lib/db/queries/boards";
import { documentStatusAction, reopenDocumentAction } from "../actions";

export default async function AgreementPage({ params }: { params: Promise<{ boardId: string; docId: string }> }) {
  const { boardId, docId } = await params;
  const { board, role } = await requireBoardAccess(boardId);
  const db = await getDb();
  const doc = await findBoardDocument(db, board.id, docId);
  if (doc?.kind !== "agreement" && doc?.kind !== "care-catalogue") notFound();
  const members = (await listBoardMembers(db, board.id)).map((m) => ({ id: m.userId, name: m.name }));
  const t = await getTranslations();
  return (
    <article className="max-w-5xl space-y-4">
      <DocumentHeader
        doc={doc}
        role={role}
        back={{ href: `/boards/${board.id}/agreements`, label: t("agreements.back") }}
        printLabel={t("agreements.print")}
        statusAction={documentStatusAction}
        reopen={reopenDocumentAction}
      />
      <Gate>
        <AgreementDocument
          docId={doc.id}
          title={doc.title}
          decided={doc.status === "active" || doc.status === "archived"}
          members={members}
        />
      </Gate>
    </article>
  );
}
