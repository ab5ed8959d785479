"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import type * as Y from "yjs";
import { useBoardData, useBoardResult, useBoardRoom } from "@/components/board/board-room";
import { useStrategicData } from "@/components/strategic/use-strategic";
import { ui } from "@/components/ui/styles";
import { type CareCatalogueRow, careCatalogueRows, readFrozenCatalogue } from "@/lib/documents/care-catalogue";
import { formatDateTime, formatNumber } from "@/lib/format";
import { CARE_CATALOGUE_PURPOSE } from "@/lib/templates/care-catalogue";

interface PanelProps {
  doc: Y.Doc;
  version: number;
  decided: boolean;
}

/** A unit board's live rows: computed in the browser from the board's engine result. */
function UnitCataloguePanel(props: PanelProps) {
  const board = useBoardData();
  const result = useBoardResult(board);
  const live = useMemo(() => (board && result ? careCatalogueRows(board, result) : null), [board, result]);
  return <CatalogueTable {...props} live={live} showUnit={false} />;
}

/**
 * A strategic board's live rows: per linked unit, computed on the server from the units' stored
 * states (a strategic member need not be a unit member) and refetched when a unit commits.
 */
function StrategicCataloguePanel(props: PanelProps) {
  const { boardId } = useBoardRoom();
  const { data, reload } = useStrategicData<CareCatalogueRow[] | null>(boardId, "view=catalogue", null);
  useEffect(() => {
    void reload();
  }, [reload]);
  return <CatalogueTable {...props} live={data} showUnit />;
}

/**
 * The vårdtjänstkatalog's rows: while a draft, computed from the plan (on a strategic board from
 * its linked units' plans) so the next decision's rows are seen as they will be; once fastställd,
 * the rows frozen at that decision — a recompute does not change them, a new revision and decision does.
 */
export function CareCataloguePanel(props: PanelProps & { strategic: boolean }) {
  const { strategic, ...rest } = props;
  return strategic ? <StrategicCataloguePanel {...rest} /> : <UnitCataloguePanel {...rest} />;
}

function CatalogueTable(props: PanelProps & { live: CareCatalogueRow[] | null; showUnit: boolean }) {
  const t = useTranslations("careCatalogue");
  const live = props.live;
  // biome-ignore lint/correctness/useExhaustiveDependencies: version bumps on every change of the document
  const frozen = useMemo(() => readFrozenCatalogue(props.doc), [props.doc, props.version]);
  const rows = props.decided && frozen ? frozen.rows : live;
  if (!rows) return <p role="status">{t("loading")}</p>;
  const cell = "px-2 py-1 text-right tabular";
  return (
    <section aria-labelledby="care-catalogue" className={`${ui.card} space-y-3`}>
      <h3 id="care-catalogue" className={ui.h2}>
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{CARE_CATALOGUE_PURPOSE}</p>
      <p className="text-sm text-slate-600" data-testid="catalogue-mode">
        {props.decided && frozen ? t("frozen", { date: formatDateTime(frozen.frozenAt) }) : t("live")}
      </p>
      <section
        className="overflow-x-auto rounded-md border border-slate-200"
        aria-label={t("title")}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table is reached by keyboard
        tabIndex={0}
      >
        <table className="w-full text-sm" data-testid="care-catalogue-table">
          <thead className="bg-slate-50 text-left text-xs text-slate-700">
            <tr>
              {props.showUnit && (
                <th scope="col" className="px-2 py-1">
                  {t("unit")}
                </th>
              )}
              <th scope="col" className="px-2 py-1">
                {t("service")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("place")}
              </th>
              <th scope="col" className={cell}>
                {t("need")}
              </th>
              <th scope="col" className={cell}>
                {t("capacity")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("limitations")}
              </th>
              <th scope="col" className={cell}>
                {t("wait")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={`${row.unit ?? ""}:${row.objectId}`}>
                {props.showUnit && <td className="px-2 py-1">{row.unit}</td>}
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  {row.service}
                </th>
                <td className="px-2 py-1">{row.place}</td>
                <td className={cell}>{formatNumber(row.allocatedNeed)}</td>
                <td className={cell}>{formatNumber(row.promisedCapacity)}</td>
                <td className="px-2 py-1 text-xs">{row.limitations.join("; ") || t("noLimitations")}</td>
                <td className={cell}>
                  {!row.hasWaitingList
                    ? t("noWaitingList")
                    : row.expectedWaitWeeks === null
                      ? t("beyondHorizon")
                      : t("weeks", { count: row.expectedWaitWeeks })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
