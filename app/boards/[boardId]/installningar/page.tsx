import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { Field, SelectField } from "@/components/admin/field";
import { ui } from "@/components/ui/styles";
import { BOARD_ROLES, hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { archiveBoardAction, createNextPeriodAction, deleteBoardAction, inviteToBoardAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("admin.boardSettings");
  return { title: t("title") };
}

/** Board settings: next period, invitations, archive and delete. */
export default async function BoardSettingsPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board, memberRole } = await requireBoardAccess(boardId);
  const t = await getTranslations();
  const isOwner = memberRole === "owner";
  const id = <input type="hidden" name="boardId" value={board.id} />;
  return (
    <div className="max-w-3xl space-y-6">
      <h2 className={ui.h1}>{t("admin.boardSettings.title")}</h2>
      {board.previousBoardId && (
        <p className="text-sm">
          <Link href={`/boards/${board.previousBoardId}`} className="text-accent-strong underline">
            {t("admin.boardSettings.previous")}
          </Link>
        </p>
      )}
      {hasRole(memberRole, "editor") && (
        <section className={ui.card}>
          <h3 className={ui.h2}>{t("admin.boardSettings.nextPeriod")}</h3>
          <p className="mt-1 text-sm text-slate-700">{t("admin.boardSettings.nextPeriodHelp")}</p>
          <ActionForm
            action={createNextPeriodAction}
            submitLabel={t("admin.boardSettings.nextPeriodSubmit")}
            pendingLabel={t("admin.boardSettings.creating")}
            className="mt-3 space-y-3"
          >
            {id}
          </ActionForm>
        </section>
      )}
      {isOwner && (
        <>
          <section className={ui.card}>
            <h3 className={ui.h2}>{t("admin.boardSettings.invite")}</h3>
            <ActionForm
              action={inviteToBoardAction}
              submitLabel={t("admin.invite.submit")}
              linkLabel={t("admin.copyLink")}
              className="mt-3 space-y-3"
            >
              {id}
              <Field name="email" type="email" label={t("admin.fields.email")} autoComplete="off" />
              <SelectField
                name="role"
                label={t("admin.fields.role")}
                defaultValue="editor"
                options={BOARD_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              />
            </ActionForm>
          </section>
          <section className={ui.card}>
            <h3 className={ui.h2}>{t("admin.boardSettings.archive")}</h3>
            <p className="mt-1 text-sm text-slate-700">
              {board.archivedAt ? t("admin.boardSettings.archivedHelp") : t("admin.boardSettings.archiveHelp")}
            </p>
            <ActionForm
              action={archiveBoardAction}
              submitLabel={
                board.archivedAt ? t("admin.boardSettings.unarchiveSubmit") : t("admin.boardSettings.archiveSubmit")
              }
              className="mt-3 space-y-3"
            >
              {id}
              <input type="hidden" name="archived" value={board.archivedAt ? "0" : "1"} />
            </ActionForm>
          </section>
          <section className={`${ui.card} border-deficit`}>
            <h3 className={ui.h2}>{t("admin.boardSettings.delete")}</h3>
            <p className="mt-1 text-sm text-slate-700">{t("admin.boardSettings.deleteHelp", { name: board.name })}</p>
            <ActionForm
              action={deleteBoardAction}
              submitLabel={t("admin.boardSettings.deleteSubmit")}
              danger
              className="mt-3 space-y-3"
            >
              {id}
              <Field name="confirmName" label={t("admin.fields.confirmName")} autoComplete="off" />
            </ActionForm>
          </section>
        </>
      )}
    </div>
  );
}
