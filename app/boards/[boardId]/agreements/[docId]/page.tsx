import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Gate } from "@/components/board/gate";
import { RequiredLevelsForm } from "@/components/board/history/required-levels-form";
import { SaveVersionForm } from "@/components/board/history/save-version-form";
import { SignoffPanel } from "@/components/board/history/signoff-panel";
import { AgreementDocument } from "@/components/documents/agreement-document";
import { DocumentHeader } from "@/components/documents/document-header";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { listBoardMembers } from "@/lib/db/queries/boards";
import { loadSignoffStatus } from "@/lib/db/queries/signoff";
import { loadSignCandidate } from "@/lib/server/versions/load-history";
import {
  decisionAction,
  requiredLevelsAction,
  saveVersionAction,
  signAction,
  withdrawAction,
} from "../../history/actions";
import { documentStatusAction, reopenDocumentAction } from "../actions";

export default async function AgreementPage({ params }: { params: Promise<{ boardId: string; docId: string }> }) {
  const { boardId, docId } = await params;
  const { board, role, user } = await requireBoardAccess(boardId);
  const db = await getDb();
  const doc = await findBoardDocument(db, board.id, docId);
  if (doc?.kind !== "agreement" && doc?.kind !== "care-catalogue") notFound();
  const members = (await listBoardMembers(db, board.id)).map((m) => ({ id: m.userId, name: m.name }));
  const t = await getTranslations();
  const status = await loadSignoffStatus(db, board.id, doc.id);
  const candidate = await loadSignCandidate(db, board.id, status.open?.round.versionId ?? null, doc.id);
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
          strategic={board.level === "strategic"}
        />
      </Gate>
      <div className="no-print space-y-3">
        <SignoffPanel
          boardId={board.id}
          docId={doc.id}
          subject={t("signoff.subjectAgreement")}
          userId={user.id}
          userLevel={user.level}
          canEdit={hasRole(role, "editor")}
          required={status.required}
          open={status.open}
          signed={status.signed}
          candidate={candidate}
          draftDiffHref={null}
          actions={{ sign: signAction, decide: decisionAction, withdraw: withdrawAction }}
        />
        <p className="text-sm text-slate-600">{t("signoff.subjectAgreementSigners")}</p>
        {hasRole(role, "editor") && <SaveVersionForm boardId={board.id} docId={doc.id} action={saveVersionAction} />}
        {hasRole(role, "owner") && (
          <div className={ui.card}>
            <RequiredLevelsForm
              boardId={board.id}
              docId={doc.id}
              required={status.required}
              action={requiredLevelsAction}
            />
          </div>
        )}
      </div>
    </article>
  );
}
