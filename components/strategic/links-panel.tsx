"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import type { LinkedUnitView } from "@/lib/server/strategic/load-view";
import { ActionForm } from "./action-form";
import type { ActionError } from "./use-strategic";

/** The linked unit boards (a link to each board the reader is a member of) and, for owners, link and unlink. */
export function LinksPanel(props: {
  units: LinkedUnitView[];
  candidates: { id: string; name: string; unitName: string }[];
  isOwner: boolean;
  post: (action: string, body: Record<string, unknown>) => Promise<ActionError | null>;
}) {
  const t = useTranslations("strategic.links");
  const linked = new Set(props.units.map((u) => u.boardId));
  const free = props.candidates.filter((c) => !linked.has(c.id));
  return (
    <section aria-labelledby="links-heading" className="rounded-lg border border-slate-200 bg-white p-3">
      <h3 id="links-heading" className="text-sm font-semibold">
        {t("heading")}
      </h3>
      {props.units.length === 0 && <p className="text-sm text-slate-600">{t("none")}</p>}
      <ul className="mt-1 space-y-1 text-sm" data-testid="strategic-units">
        {props.units.map((u) => (
          <li key={u.boardId} className="flex items-center gap-2">
            {u.canOpen ? (
              <Link href={`/boards/${u.boardId}`} className="font-medium text-accent-strong underline">
                {u.unitName} · {u.boardName}
              </Link>
            ) : (
              <span>
                {u.unitName} · {u.boardName} <span className="text-xs text-slate-500">({t("summaryOnly")})</span>
              </span>
            )}
            {props.isOwner && (
              <button
                type="button"
                className="ml-auto text-xs text-deficit underline"
                onClick={() => void props.post("unlink", { unitBoardId: u.boardId })}
                aria-label={t("unlinkNamed", { name: u.boardName })}
              >
                {t("unlink")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {props.isOwner && (
        <ActionForm
          label={t("link")}
          className="mt-2 flex flex-wrap items-end gap-2"
          onSubmit={(v) => props.post("link", { unitBoardId: v.unitBoardId })}
        >
          <label className="min-w-0 flex-1 text-sm">
            <span className={ui.label}>{t("pick")}</span>
            <select name="unitBoardId" className={ui.input} required>
              {free.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.unitName} · {c.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={ui.buttonSecondary}>
            {t("link")}
          </button>
        </ActionForm>
      )}
    </section>
  );
}
