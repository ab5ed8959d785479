"use client";

import { useTranslations } from "next-intl";
import { useBoardRoom } from "@/components/board/board-room";
import { InlineNumber } from "@/components/grid/inline-field";
import { setRanks, setTargetWaitDays } from "@/lib/board/doc-edit-v2";
import {
  CARE_GUARANTEE_DAYS,
  type ExpectedWait,
  expectedWaitAt,
  suggestTargetWaitDays,
  waitTargetOf,
} from "@/lib/board/wait-time";
import type { PksResult, PlanningObject } from "@/lib/engine";
import { formatNumber } from "@/lib/format";

/** "≤ 6 veckor (42 dagar)", or "längre än horisonten" when the queue outlasts it. */
export function WaitText({ wait }: { wait: ExpectedWait }) {
  const t = useTranslations("demand.wait");
  if (wait.weeks === null) return <>{t("beyondHorizon")}</>;
  if (wait.weeks === 0) return <>{t("none")}</>;
  return <>{t("weeks", { weeks: wait.weeks, days: formatNumber(wait.days) })}</>;
}

/** Tailwind colour of a wait judged against the target (null: not judged). */
export function waitTone(within: boolean | null): string {
  return within === null ? "text-slate-900" : within ? "text-surplus" : "text-deficit";
}

/** The place in the prioritetsordning vid kapacitetsbrist (elective objects; 1…10000, refused in place). */
export function RankField({ object }: { object: PlanningObject }) {
  const t = useTranslations("demand.rank");
  const room = useBoardRoom();
  if (object.acute) return <p className="text-sm text-slate-700">{t("acute")}</p>;
  return (
    <div>
      <InlineNumber
        label={t("label")}
        value={object.rank ?? null}
        range={{ min: 1, max: 10000 }}
        disabled={!room.canEdit}
        testId={`rank-${object.id}`}
        onSave={(value) => setRanks(room.doc, { [object.id]: value === null ? null : Math.round(value) }, room.origin)}
      />
      <p className="mt-1 text-sm text-slate-600">{t("help")}</p>
    </div>
  );
}

/** Expected waiting time now and at the horizon's end against the target and the care guarantee. */
export function WaitTimeFields({ object, result }: { object: PlanningObject; result: PksResult }) {
  const t = useTranslations("demand.wait");
  const room = useBoardRoom();
  const entry = result.planningObjects[object.id];
  const now = expectedWaitAt(object, entry, 0);
  const end = expectedWaitAt(object, entry, result.weeks.length - 1);
  const target = waitTargetOf(object);
  const suggested = suggestTargetWaitDays(object.priority);
  return (
    <div className="mt-3 grid max-w-3xl gap-4 sm:grid-cols-3" data-testid={`wait-time-${object.id}`}>
      <div>
        <InlineNumber
          label={t("target")}
          unit={t("days")}
          value={object.waitingList?.targetWaitDays ?? null}
          range={{ min: 1, max: 3650 }}
          disabled={!room.canEdit}
          onSave={(value) =>
            setTargetWaitDays(room.doc, object.id, value === null ? null : Math.round(value), room.origin)
          }
        />
        <p className="mt-1 text-sm text-slate-600">
          {object.waitingList?.targetWaitDays === undefined && suggested !== null
            ? t("suggested", { days: suggested, priority: object.priority ?? "" })
            : t("guarantee", { days: CARE_GUARANTEE_DAYS })}
        </p>
      </div>
      {now && (
        <p className="text-sm text-slate-700">
          {t("now")}
          <strong className={`mt-1 block text-base ${waitTone(now.isWithinTarget)}`}>
            <WaitText wait={now} />
          </strong>
          <span className="text-slate-600">
            {t("against", { target: target.days, guarantee: CARE_GUARANTEE_DAYS })}
          </span>
        </p>
      )}
      {end && (
        <p className="text-sm text-slate-700">
          {t("end")}
          <strong className={`mt-1 block text-base ${waitTone(end.isWithinTarget)}`}>
            <WaitText wait={end} />
          </strong>
        </p>
      )}
    </div>
  );
}
