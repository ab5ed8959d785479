import { getTranslations } from "next-intl/server";
import { AuditTrail } from "@/components/board/history/audit-trail";
import { DiffView } from "@/components/board/history/diff-view";
import { RequiredLevelsForm } from "@/components/board/history/required-levels-form";
import { SaveVersionForm } from "@/components/board/history/save-version-form";
import { SignoffPanel } from "@/components/board/history/signoff-panel";
import { CompareForm, VersionList } from "@/components/board/history/version-list";
import { MeetingRecords } from "@/components/meeting/meeting-records";
import { ui } from "@/components/ui/styles";
import { listAuditPersonIds } from "@/lib/audit/describe";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { loadSignoffStatus } from "@/lib/db/queries/signoff";
import { findUserNames } from "@/lib/db/queries/versions";
import { DRAFT, loadDiff, loadDraft, loadSignCandidate, loadVersionList } from "@/lib/server/versions/load-history";
import {
  decisionAction,
  requiredLevelsAction,
  restoreAction,
  saveVersionAction,
  signAction,
  withdrawAction,
} from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("versions");
  return { title: t("title") };
}

type Search = { from?: string; to?: string; page?: string; event?: string };

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ boardId: string }>;
  searchParams: Promise<Search>;
}) {
  const { boardId } = await params;
  const search = await searchParams;
  const { board, role, user } = await requireBoardAccess(boardId);
  const t = await getTranslations("versions");
  const db = await getDb();
  const base = `/boards/${board.id}/history`;
  const canEdit = hasRole(role, "editor");
  const isOwner = hasRole(role, "owner");
  const [versions, status, draft] = await Promise.all([
    loadVersionList(db, board.id),
    loadSignoffStatus(db, board.id),
    loadDraft(db, board.id),
  ]);
  const candidate = await loadSignCandidate(db, board.id, status.open?.round.versionId ?? null);
  const signedDiffers = status.signed && draft && draft.contentHash !== status.signed.round.contentHash;
  const changes = search.from && search.to ? await loadDiff(db, board.id, search.from, search.to) : null;
  const fromVersion = versions.find((v) => v.id === search.from);
  const page = Math.max(0, Number.parseInt(search.page ?? "1", 10) - 1 || 0);
  const hrefForPage = (p: number) => `${base}?from=${search.from}&to=${search.to}&page=${p + 1}`;
  const events = isOwner ? await listAuditEvents(db, { type: "board", id: board.id }) : [];
  const names = await findUserNames(db, listAuditPersonIds(events));
  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      <SignoffPanel
        boardId={board.id}
        subject={(await getTranslations("signoff"))("subjectPlan")}
        userId={user.id}
        userLevel={user.level}
        canEdit={canEdit}
        required={status.required}
        open={status.open}
        signed={status.signed}
        candidate={candidate}
        draftDiffHref={signedDiffers ? `${base}?from=${status.signed!.round.versionId}&to=${DRAFT}` : null}
        actions={{ sign: signAction, decide: decisionAction, withdraw: withdrawAction }}
      />
      {isOwner && (
        <div className={ui.card}>
          <RequiredLevelsForm boardId={board.id} required={status.required} action={requiredLevelsAction} />
        </div>
      )}
      {canEdit && <SaveVersionForm boardId={board.id} action={saveVersionAction} />}
      <section aria-labelledby="versions-title" className="space-y-3">
        <h3 id="versions-title" className={ui.h2}>
          {t("list")}
        </h3>
        <VersionList boardId={board.id} versions={versions} canEdit={canEdit} restoreAction={restoreAction} />
        {versions.length > 0 && <CompareForm versions={versions} from={search.from} to={search.to} />}
      </section>
      <MeetingRecords db={db} boardId={board.id} />
      {changes && (
        <DiffView
          changes={changes}
          page={page}
          hrefForPage={hrefForPage}
          itemRestore={
            canEdit && fromVersion && search.to === DRAFT
              ? {
                  boardId: board.id,
                  versionId: fromVersion.id,
                  versionName: fromVersion.name ?? t(`kinds.${fromVersion.kind}`),
                  action: restoreAction,
                }
              : null
          }
        />
      )}
      {isOwner && <AuditTrail boardId={board.id} events={events} names={names} type={search.event ?? null} />}
    </div>
  );
}
