"use client";

import { AlertTriangle, CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { computeBalanceVerdict, describeBalanceVerdict, describeVerdictCoverage } from "@/lib/board/verdict";
import type { PksBoard, PksResult } from "@/lib/engine";

/**
 * The balance verdict per balance period ("I balans", or "Kapacitetsbrist i 3 av 52 veckor
 * (Läkare), störst v. 28: −42 h"), with the coverage over the whole period as secondary figure.
 */
export function BalanceVerdictText(props: {
  board: PksBoard;
  result: PksResult;
  testId: string;
  size?: "large" | "normal";
  showHelp?: boolean;
  showCoverage?: boolean;
}) {
  const t = useTranslations("balance.verdict");
  const verdict = useMemo(() => computeBalanceVerdict(props.board, props.result), [props.board, props.result]);
  const translate = t as unknown as Parameters<typeof describeBalanceVerdict>[1];
  const coverage = describeVerdictCoverage(verdict, translate);
  const large = props.size === "large";
  return (
    <div className="space-y-1">
      <p
        className={`flex items-start gap-1.5 font-semibold ${large ? "text-xl" : ""} ${verdict.balanced ? "text-surplus" : "text-deficit"}`}
        data-testid={props.testId}
        data-balanced={verdict.balanced}
      >
        {verdict.balanced ? (
          <CheckCircle2 aria-hidden className="mt-0.5 size-5 shrink-0" />
        ) : (
          <AlertTriangle aria-hidden className="mt-0.5 size-5 shrink-0" />
        )}
        <span>{describeBalanceVerdict(verdict, translate)}</span>
      </p>
      {coverage && props.showCoverage !== false && (
        <p className="text-sm text-slate-700" data-testid={`${props.testId}-coverage`}>
          {coverage}
        </p>
      )}
      {props.showHelp && (
        <p className="text-sm text-slate-600">
          {verdict.balanced
            ? t("balancedHelp", { period: verdict.period })
            : t("shortHelp", { period: verdict.period })}
        </p>
      )}
    </div>
  );
}
