import { getTranslations } from "next-intl/server";
import { MemberActionMessage, MemberActionProvider, MemberForm } from "@/components/board/member-forms";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { ui } from "@/components/ui/styles";
import { BOARD_ROLES } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listBoardMembers } from "@/lib/db/queries/boards";
import { listOrganisationUsers } from "@/lib/db/queries/users";
import { memberAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("members");
  return { title: t("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board, user } = await requireBoardAccess(boardId, "owner");
  const t = await getTranslations();
  const db = await getDb();
  const members = await listBoardMembers(db, board.id);
  const memberIds = new Set(members.map((m) => m.userId));
  const candidates = (await listOrganisationUsers(db, board.organisationId)).filter((u) => !memberIds.has(u.id));
  return (
    <MemberActionProvider action={memberAction}>
      <div className="max-w-4xl space-y-6">
        <div>
          <h2 className={ui.h1}>{t("members.title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("members.intro")}</p>
        </div>
        <MemberActionMessage savedLabel={t("members.saved")} />
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("members.name")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("members.level")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("members.role")}
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("members.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} className="border-t border-slate-100" data-testid={`member-${m.email}`}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {m.name}
                    {m.userId === user.id && (
                      <span className="ml-1 font-normal text-slate-500">({t("members.you")})</span>
                    )}
                    <span className="block text-xs font-normal text-slate-500">{m.email}</span>
                  </th>
                  <td className="px-3 py-2">{t(`levels.${m.level}`)}</td>
                  <td className="px-3 py-2">
                    <MemberForm intent="role" className="flex items-center gap-2">
                      <input type="hidden" name="boardId" value={board.id} />
                      <input type="hidden" name="userId" value={m.userId} />
                      <label className="sr-only" htmlFor={`role-${m.userId}`}>
                        {t("members.role")}
                      </label>
                      <select
                        id={`role-${m.userId}`}
                        name="role"
                        defaultValue={m.role}
                        className={`${ui.input} w-40 py-1`}
                      >
                        {BOARD_ROLES.slice()
                          .reverse()
                          .map((r) => (
                            <option key={r} value={r}>
                              {t(`roles.${r}`)}
                            </option>
                          ))}
                      </select>
                      <button type="submit" className={ui.buttonSecondary}>
                        {t("members.save")}
                      </button>
                    </MemberForm>
                  </td>
                  <td className="px-3 py-2 text-right">
                    <MemberForm intent="remove">
                      <input type="hidden" name="boardId" value={board.id} />
                      <input type="hidden" name="userId" value={m.userId} />
                      <ConfirmSubmit className={ui.buttonDanger} message={t("members.confirmRemove", { name: m.name })}>
                        {t("members.remove")}
                      </ConfirmSubmit>
                    </MemberForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <section className={ui.card} aria-labelledby="add-heading">
          <h3 id="add-heading" className={ui.h2}>
            {t("members.add")}
          </h3>
          {candidates.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("members.allMembers")}</p>
          ) : (
            <MemberForm intent="add" className="mt-3 flex flex-wrap items-end gap-3">
              <input type="hidden" name="boardId" value={board.id} />
              <div>
                <label htmlFor="add-user" className={ui.label}>
                  {t("members.person")}
                </label>
                <select id="add-user" name="userId" defaultValue="" className={`${ui.input} mt-1 w-72`}>
                  <option value="">{t("members.choosePerson")}</option>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} — {t(`levels.${c.level}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="add-role" className={ui.label}>
                  {t("members.role")}
                </label>
                <select id="add-role" name="role" defaultValue="viewer" className={`${ui.input} mt-1 w-44`}>
                  {BOARD_ROLES.slice()
                    .reverse()
                    .map((r) => (
                      <option key={r} value={r}>
                        {t(`roles.${r}`)} — {t(`roleHelp.${r}`)}
                      </option>
                    ))}
                </select>
              </div>
              <button type="submit" className={ui.button}>
                {t("members.addSubmit")}
              </button>
            </MemberForm>
          )}
        </section>
      </div>
    </MemberActionProvider>
  );
}
