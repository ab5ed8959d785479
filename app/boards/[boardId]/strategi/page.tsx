import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateDocumentForm } from "@/components/documents/document-forms";
import { StrategicBoard } from "@/components/strategic/strategic-board";
import { UnitGoals } from "@/components/strategic/unit-goals";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadUnitGoals } from "@/lib/server/strategic/load-unit-goals";
import { loadStrategicView } from "@/lib/server/strategic/load-view";
import { listLinkCandidates } from "@/lib/server/strategic/queries";
import { createDocumentAction } from "../agreements/actions";

export async function generateMetadata() {
  const t = await getTranslations("strategic");
  return { title: t("title") };
}

/** A strategic board's sums, goals and measures; on a unit board, its goals from the strategic level. */
export default async function StrategyPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board, role, user } = await requireBoardAccess(boardId);
  const db = await getDb();
  if (board.level !== "strategic") {
    const goals = await loadUnitGoals(db, user, board.id);
    if (!goals.ok) notFound();
    return <UnitGoals boardId={board.id} initial={goals.value} />;
  }
  const view = await loadStrategicView(db, user, board.id, "quarter");
  if (!view.ok) notFound();
  const isOwner = hasRole(role, "owner");
  const t = await getTranslations("careCatalogue");
  return (
    <div className="space-y-4">
      <StrategicBoard
        initial={view.value}
        candidates={isOwner ? await listLinkCandidates(db, board.organisationId) : []}
        canEdit={hasRole(role, "editor")}
        isOwner={isOwner}
      />
      {hasRole(role, "editor") && (
        <section className={`${ui.card} no-print`} aria-labelledby="strategic-catalogue">
          <h3 id="strategic-catalogue" className={ui.h2}>
            {t("title")}
          </h3>
          <p className="mb-3 text-sm text-slate-600">{t("strategicIntro")}</p>
          <CreateDocumentForm
            action={createDocumentAction}
            boardId={board.id}
            template="care-catalogue"
            defaultTitle={t("template")}
            label={t("titleLabel")}
            submit={t("create")}
          />
        </section>
      )}
    </div>
  );
}
