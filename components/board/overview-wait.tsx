"use client";

import { useTranslations } from "next-intl";
import { WaitText, waitTone } from "@/components/board/demand/object-v2-fields";
import { CARE_GUARANTEE_DAYS, expectedWaitAt, waitTargetOf } from "@/lib/board/wait-time";
import type { PksResult, PlanningObject } from "@/lib/engine";

/** Översikt's waiting-list row: expected waiting time for a patient joining now, and the target. */
export function ExpectedWaitCells({ object, result }: { object: PlanningObject; result: PksResult }) {
  const t = useTranslations("overview");
  const wait = expectedWaitAt(object, result.planningObjects[object.id], 0);
  const target = waitTargetOf(object);
  return (
    <>
      <td
        className={`tabular px-3 py-2 text-right ${waitTone(wait?.isWithinTarget ?? null)}`}
        data-testid={`expected-wait-${object.id}`}
      >
        {wait ? <WaitText wait={wait} /> : "–"}
      </td>
      <td className="tabular px-3 py-2 text-right">
        {t("waitTargetDays", { days: target.days, guarantee: CARE_GUARANTEE_DAYS })}
      </td>
    </>
  );
}
