"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ui } from "@/components/ui/styles";
import type { StrategicView } from "@/lib/server/strategic/load-view";
import { GoalsPanel } from "./goals-panel";
import { LinksPanel } from "./links-panel";
import { MeasuresPanel } from "./measures-panel";
import { ShortagesAndComparison, SumsTable } from "./sums-table";
import { useStrategicData } from "./use-strategic";

const KINDS = ["quarter", "tertial", "year"] as const;

/**
 * The strategic board: linked units' sums per limiting resource and period (live: refetched on
 * every `board.committed` push), shortages, comparison, goals with flags, and measures.
 */
export function StrategicBoard(props: {
  initial: StrategicView;
  candidates: { id: string; name: string; unitName: string }[];
  canEdit: boolean;
  isOwner: boolean;
}) {
  const t = useTranslations("strategic");
  const [kind, setKind] = useState<(typeof KINDS)[number]>("quarter");
  const { data, post } = useStrategicData(props.initial.board.id, `period=${kind}`, props.initial);
  const [resourceKey, setResourceKey] = useState<string | null>(null);
  const resource = data.summary.resources.find((r) => r.key === resourceKey) ?? data.summary.resources[0];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <h2 className={ui.h1}>{t("title")}</h2>
        <label className="text-sm">
          <span className={ui.label}>{t("period")}</span>
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
            className="rounded border border-slate-300 px-2 py-1"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {data.summary.resources.length > 0 && (
          <label className="text-sm">
            <span className={ui.label}>{t("resource")}</span>
            <select
              value={resource?.key}
              onChange={(e) => setResourceKey(e.target.value)}
              className="rounded border border-slate-300 px-2 py-1"
              data-testid="strategic-resource"
            >
              {data.summary.resources.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name}
                  {r.isLimiting ? ` (${t("limiting")})` : ""}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      {resource ? (
        <>
          <SumsTable resource={resource} periods={data.summary.periods} />
          <ShortagesAndComparison resource={resource} />
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <LinksPanel units={data.units} candidates={props.candidates} isOwner={props.isOwner} post={post} />
        <GoalsPanel
          units={data.units}
          goals={data.goals}
          periods={data.summary.periods}
          canEdit={props.canEdit}
          isOwner={props.isOwner}
          post={post}
        />
      </div>
      <MeasuresPanel
        measures={data.measures}
        units={data.units}
        periods={data.summary.periods}
        canEdit={props.canEdit}
        post={post}
      />
    </div>
  );
}
