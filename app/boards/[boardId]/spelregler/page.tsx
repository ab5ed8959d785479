import { getTranslations } from "next-intl/server";
import { Gate } from "@/components/board/gate";
import { RulesSection } from "@/components/rules/rules-section";
import { StartRuleSet } from "@/components/rules/start-rule-set";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listBoardMembers } from "@/lib/db/queries/boards";
import { findRuleSet } from "@/lib/server/rules/open-rule-set";
import { applyShareAction, openRuleSetAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("rules");
  return { title: t("title") };
}

export default async function RulesPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board, role } = await requireBoardAccess(boardId);
  const db = await getDb();
  const ruleSet = await findRuleSet(db, board.id);
  const t = await getTranslations("rules");
  const members = (await listBoardMembers(db, board.id)).map((m) => ({ id: m.userId, name: m.name }));
  return (
    <div className="max-w-6xl space-y-5">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {ruleSet ? (
        <Gate>
          <RulesSection
            docId={ruleSet.id}
            canApply={hasRole(role, "owner")}
            members={members}
            apply={applyShareAction}
          />
        </Gate>
      ) : hasRole(role, "editor") ? (
        <StartRuleSet boardId={board.id} label={t("start")} action={openRuleSetAction} />
      ) : (
        <p className={ui.card}>{t("emptyViewer")}</p>
      )}
    </div>
  );
}
