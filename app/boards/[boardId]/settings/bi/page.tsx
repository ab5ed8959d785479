import { getTranslations } from "next-intl/server";
import { CreateBiTokenForm, RevokeBiTokenForm } from "@/components/board/bi-token-forms";
import { ui } from "@/components/ui/styles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { countBiTokenUses, listBiTokens } from "@/lib/db/queries/bi-tokens";
import { createBiTokenAction, revokeBiTokenAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("biTokens");
  return { title: t("title") };
}

const time = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short" });

/** Owners manage the board's read-only BI tokens: create (shown once), see use, revoke. */
export default async function BiTokensPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const { board } = await requireBoardAccess(boardId, "owner");
  const t = await getTranslations("biTokens");
  const db = await getDb();
  const tokens = await listBiTokens(db, board.id);
  const uses = await Promise.all(tokens.map((tk) => countBiTokenUses(db, tk.id)));
  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        <p className="mt-2 text-sm text-slate-700">
          {t("usage")}{" "}
          <code className="text-xs">GET /api/bi/boards/{board.id}/board | /result?mode=plan | /versions</code>
        </p>
      </div>
      <section className={ui.card}>
        <CreateBiTokenForm boardId={board.id} action={createBiTokenAction} />
      </section>
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                {[t("name"), t("prefix"), t("createdAt"), t("lastUsed"), t("uses"), t("status")].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2">
                    {h}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("revoke")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tk, i) => (
                <tr key={tk.id} className="border-t border-slate-100" data-testid="bi-token-row">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {tk.name}
                  </th>
                  <td className="px-3 py-2 font-mono text-xs">{tk.prefix}…</td>
                  <td className="px-3 py-2">{time.format(tk.createdAt)}</td>
                  <td className="px-3 py-2">{tk.lastUsedAt ? time.format(tk.lastUsedAt) : t("never")}</td>
                  <td className="tabular px-3 py-2 text-right">{uses[i]}</td>
                  <td className="px-3 py-2">{tk.revokedAt ? t("revoked") : t("active")}</td>
                  <td className="px-3 py-2">
                    {!tk.revokedAt && (
                      <RevokeBiTokenForm
                        boardId={board.id}
                        tokenId={tk.id}
                        name={tk.name}
                        action={revokeBiTokenAction}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
