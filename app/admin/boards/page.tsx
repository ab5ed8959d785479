import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { ui } from "@/components/ui/styles";
import { requireOrgAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { assignOwnerAction } from "../actions";
import { listBoardOwners, listPeople } from "../queries";

export async function generateMetadata() {
  const t = await getTranslations("admin.boards");
  return { title: t("title") };
}

export default async function BoardOwnersPage() {
  const user = await requireOrgAdmin();
  const t = await getTranslations("admin");
  const db = await getDb();
  const [rows, people] = await Promise.all([
    listBoardOwners(db, user.organisationId),
    listPeople(db, user.organisationId, { status: "active" }),
  ]);
  return (
    <AdminShell localeAction={setLocaleAction} user={user} title={t("boards.title")}>
      <p className="max-w-2xl text-sm text-slate-700">{t("boards.intro")}</p>
      <ul className="mt-4 space-y-3">
        {rows.map((board) => {
          const activeOwners = board.owners.filter((o) => o.active);
          return (
            <li key={board.id} className={`${ui.card} flex flex-wrap items-end gap-4`} data-testid="board-owner-row">
              <div className="min-w-64 flex-1">
                <Link href={`/boards/${board.id}`} className="font-semibold text-accent-strong underline">
                  {board.name}
                </Link>
                <p className="text-sm text-slate-600">
                  {board.unitName} · {board.period}
                  {board.archivedAt && ` · ${t("boards.archived")}`}
                </p>
                <p className="mt-1 text-sm">
                  {t("boards.owners")}:{" "}
                  {board.owners.length === 0
                    ? t("boards.noOwner")
                    : board.owners
                        .map((o) => (o.active ? o.name : t("boards.inactiveOwner", { name: o.name })))
                        .join(", ")}
                </p>
                {activeOwners.length === 0 && (
                  <p className="mt-1 text-sm font-medium text-deficit">{t("boards.needsOwner")}</p>
                )}
              </div>
              <ActionForm action={assignOwnerAction} submitLabel={t("boards.assign")} className="flex items-end gap-2">
                <input type="hidden" name="boardId" value={board.id} />
                <div>
                  <label htmlFor={`owner-${board.id}`} className={ui.label}>
                    {t("boards.newOwner")}
                  </label>
                  <select id={`owner-${board.id}`} name="userId" className={`${ui.input} mt-1`} defaultValue="">
                    <option value="">{t("boards.choosePerson")}</option>
                    {people.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name} ({p.email})
                      </option>
                    ))}
                  </select>
                </div>
              </ActionForm>
            </li>
          );
        })}
      </ul>
    </AdminShell>
  );
}
