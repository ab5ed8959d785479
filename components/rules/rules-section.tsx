"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useAnnounceSection, useBoardData, useBoardResult, useBoardRoom } from "@/components/board/board-room";
import { useActivityRows } from "@/components/board/plan/activity-row-card";
import type { MentionMember } from "@/components/editor/mention-suggestion";
import { useDocumentRoom, useDocumentState, useDocVersion } from "@/components/editor/use-document-room";
import { ui } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import { checkRules } from "@/lib/rules/check-rules";
import { addRule, readRules } from "@/lib/rules/rule-doc";
import { BuildOrder } from "./build-order";
import { RuleCard } from "./rule-card";
import { RuleCheck } from "./rule-check";
import { SharePanel } from "./share-panel";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Spelregler: the board's rule set written together in its own room, the build order with the
 * rules, the check against the activity plan (board room) and the share of time for patient
 * activities the rules leave.
 */
export function RulesSection(props: { docId: string; canApply: boolean; members: MentionMember[]; apply: FormAction }) {
  useAnnounceSection("rules");
  const t = useTranslations("rules");
  const board = useBoardRoom();
  const data = useBoardData();
  const result = useBoardResult(data, "plan");
  const room = useDocumentRoom(props.docId);
  const state = useDocumentState(room);
  const version = useDocVersion(room?.doc);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read on every change of the rule set's room
  const { rules, invalid } = useMemo(() => (room ? readRules(room.doc) : { rules: [], invalid: [] }), [room, version]);
  const activities = useActivityRows(board.doc, data);
  if (!room || !data || !result) return <p role="status">{t("loading")}</p>;
  const canEdit = board.canEdit && !state.readOnly;
  const findings = checkRules({ rules, board: data, result, activities });
  const members = props.members;
  return (
    <div className="space-y-5" data-version={version}>
      {state.error === "invalid-rule" && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("serverRefused")}
        </p>
      )}
      <section aria-labelledby="rule-list" className="space-y-3">
        <div className="flex items-center gap-3">
          <h3 id="rule-list" className={ui.h2}>
            {t("listTitle")}
          </h3>
          {canEdit && (
            <button
              type="button"
              className={ui.buttonSecondary}
              onClick={() => addRule(room.doc, { id: crypto.randomUUID(), category: "meetings", text: "" })}
            >
              <Plus aria-hidden className="size-4" />
              {t("add")}
            </button>
          )}
        </div>
        {rules.length === 0 && <p className="text-sm text-slate-600">{t("none")}</p>}
        {invalid.length > 0 && (
          <p role="alert" className={ui.fieldError}>
            {invalid.map((p) => `${t("rule", { number: p.number })}: ${p.path}`).join(" · ")}
          </p>
        )}
        <ol className="space-y-3">
          {rules.map((rule) => (
            <RuleCard key={rule.id} room={room} rule={rule} board={data} canEdit={canEdit} members={members} />
          ))}
        </ol>
      </section>
      <RuleCheck findings={findings} hasAcute={data.planningObjects.some((o) => o.acute)} />
      <SharePanel board={data} rules={rules} activities={activities} canApply={props.canApply} action={props.apply} />
      <BuildOrder rules={rules} />
    </div>
  );
}
