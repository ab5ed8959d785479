import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { AppHeader } from "@/components/app-header";
import { NewBoardForm } from "@/components/new-board-form";
import { ui } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listUnits } from "@/lib/db/queries/boards";
import { createBoardAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("newBoard");
  return { title: t("title") };
}

export default async function NewBoardPage() {
  const user = await requireUser();
  const t = await getTranslations();
  const unitList = await listUnits(await getDb(), user.organisationId);
  const levels = ["tactical", "strategic", "operational"] as const;
  return (
    <>
      <AppHeader user={user} localeAction={setLocaleAction} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <h1 className={ui.h1}>{t("newBoard.title")}</h1>
        <p className="mt-2 text-slate-700">{t("newBoard.intro")}</p>
        <NewBoardForm
          action={createBoardAction}
          units={unitList.map((u) => ({ id: u.id, name: u.name }))}
          levels={levels.map((l) => ({ value: l, label: t(`boardLevels.${l}`) }))}
          defaultYear={new Date().getFullYear() + 1}
          labels={{
            name: t("newBoard.name"),
            namePlaceholder: t("newBoard.namePlaceholder"),
            unit: t("newBoard.unit"),
            chooseUnit: t("newBoard.chooseUnit"),
            period: t("newBoard.period"),
            periodHelp: t("newBoard.periodHelp"),
            level: t("newBoard.level"),
            submit: t("newBoard.submit"),
            submitting: t("newBoard.submitting"),
            cancel: t("newBoard.cancel"),
          }}
        />
      </main>
    </>
  );
}
