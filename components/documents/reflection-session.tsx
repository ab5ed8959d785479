"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useAnnounceSection, useBoardData, useBoardResult } from "@/components/board/board-room";
import { DocumentEditor } from "@/components/editor/document-editor";
import type { MentionMember } from "@/components/editor/mention-suggestion";
import { useDocumentRoom, useDocVersion } from "@/components/editor/use-document-room";
import { ui } from "@/components/ui/styles";
import { type ReflectionPeriod, type RuleSummary, readPeriod } from "@/lib/documents/reflection";
import { periodFigures } from "@/lib/documents/reflection-figures";
import { formatNumber } from "@/lib/format";
import type { FormState } from "@/lib/forms/form-state";
import { ReflectionActions } from "./reflection-actions";
import { useStatusRefresh } from "./use-status-refresh";

const figure = (value: number | null) => (value === null ? "–" : formatNumber(value));

/** The period's plan vs scheduled vs outcome per planning object and resource, from the engine. */
function PeriodFiguresTable({ period }: { period: ReflectionPeriod }) {
  const t = useTranslations("reflection");
  const board = useBoardData();
  const result = useBoardResult(board);
  const figures = useMemo(
    () => (board && result ? periodFigures(board, result, period) : null),
    [board, result, period],
  );
  if (!figures) return null;
  if (figures.weeks.length === 0) return <p className="text-sm text-slate-600">{t("figuresNone")}</p>;
  const cell = "px-2 py-1 text-right tabular";
  return (
    <div className="space-y-3" data-testid="period-figures">
      <p className="text-xs text-slate-600">{t("figuresWeeks", { count: figures.weeks.length })}</p>
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1">
              {t("object")}
            </th>
            <th scope="col" className={cell}>
              {t("planned")}
            </th>
            <th scope="col" className={cell}>
              {t("scheduled")}
            </th>
            <th scope="col" className={cell}>
              {t("outcome")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {figures.objects.map((o) => (
            <tr key={o.id}>
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {o.label}
              </th>
              <td className={cell}>{figure(o.planned)}</td>
              <td className={cell}>{figure(o.scheduled)}</td>
              <td className={cell}>{figure(o.outcome)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1">
              {t("resource")}
            </th>
            <th scope="col" className={cell}>
              {t("need")}
            </th>
            <th scope="col" className={cell}>
              {t("available")}
            </th>
            <th scope="col" className={cell}>
              {t("actual")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {figures.resources.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {r.name}
              </th>
              <td className={cell}>{figure(r.need)}</td>
              <td className={cell}>{figure(r.available)}</td>
              <td className={cell}>{figure(r.actual)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A reflection session written together: the seeds' questions with shared notes in the session's
 * room, beside them the period's figures from the engine, and the action items below.
 */
export function ReflectionSession(props: {
  docId: string;
  title: string;
  members: MentionMember[];
  promote: (state: FormState, formData: FormData) => Promise<FormState>;
  promoteRule: (state: FormState, formData: FormData) => Promise<FormState>;
  rules: RuleSummary[];
}) {
  useAnnounceSection("reflection");
  const t = useTranslations("reflection");
  const room = useDocumentRoom(props.docId);
  const version = useDocVersion(room?.doc);
  useStatusRefresh(room);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version bumps on every change of the document
  const period = useMemo(() => (room ? readPeriod(room.doc) : null), [room, version]);
  if (!room) return <p role="status">{t("loading")}</p>;
  return (
    <div className="space-y-4">
      {period && (
        <p className="font-medium text-slate-800" data-testid="reflection-period">
          {t("period", { from: period.fromWeek, to: period.toWeek })}
        </p>
      )}
      <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr]">
        <section aria-label={t("notes")}>
          <DocumentEditor room={room} label={`${props.title} — ${t("notes")}`} members={props.members} />
        </section>
        <section aria-labelledby="period-figures" className={`${ui.card} lg:sticky lg:top-2`}>
          <h3 id="period-figures" className={ui.h2}>
            {t("figures")}
          </h3>
          {period && <PeriodFiguresTable period={period} />}
        </section>
      </div>
      <ReflectionActions
        doc={room.doc}
        docId={props.docId}
        version={version}
        promote={props.promote}
        promoteRule={props.promoteRule}
        rules={props.rules}
      />
    </div>
  );
}
