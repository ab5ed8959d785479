"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useAnnounceSection, useBoardRoom } from "@/components/board/board-room";
import { DocumentEditor } from "@/components/editor/document-editor";
import { type DocumentRoom, useDocumentRoom, useDocVersion } from "@/components/editor/use-document-room";
import { ANSWERS_MAP, areaNoteFragment } from "@/lib/documents/doc-content";
import { readArea } from "@/lib/documents/self-assessment-result";
import {
  CHECKLIST_ACTIVITIES,
  CHECKLIST_DONT_KNOW_GUIDANCE,
  SELF_ASSESSMENT_ANSWERS,
  SELF_ASSESSMENT_AREAS,
  SELF_ASSESSMENT_READING_RULE,
  type SelfAssessmentArea,
} from "@/lib/templates/self-assessment";

function AreaResult({ area, answers }: { area: SelfAssessmentArea; answers: Record<string, string> }) {
  const t = useTranslations("selfAssessment");
  const reading = readArea(area, answers);
  return (
    <div className="rounded bg-slate-50 px-3 py-2 text-sm" data-testid={`result-${area.id}`}>
      <p className="font-semibold">{t("result")}</p>
      <ul className="list-disc pl-5">
        {reading.develop.length > 0 && <li>{t("resultDevelop", { count: reading.develop.length })}</li>}
        {reading.deeper.length > 0 && <li>{t("resultDeeper", { count: reading.deeper.length })}</li>}
        {reading.keep.length > 0 && <li>{t("resultKeep", { count: reading.keep.length })}</li>}
        {reading.unanswered.length > 0 && <li>{t("resultUnanswered", { count: reading.unanswered.length })}</li>}
      </ul>
    </div>
  );
}

function Area(props: {
  area: SelfAssessmentArea;
  room: DocumentRoom;
  answers: Record<string, string>;
  editable: boolean;
  offset: number;
}) {
  const t = useTranslations("selfAssessment");
  const { area, room } = props;
  const setAnswer = (id: string, answer: string) =>
    room.doc.transact(() => room.doc.getMap(ANSWERS_MAP).set(id, answer));
  return (
    <section
      aria-labelledby={`area-${area.id}`}
      className="break-inside-avoid space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id={`area-${area.id}`} className="text-base font-semibold text-slate-900">
        {area.heading}
      </h3>
      <ol className="space-y-3" start={props.offset + 1}>
        {area.statements.map((s, i) => (
          <li key={s.id} data-testid="statement" className="text-sm">
            <fieldset>
              <legend className="mb-1">
                <span className="sr-only">{t("statement", { n: props.offset + i + 1 })}: </span>
                {s.text}
              </legend>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {SELF_ASSESSMENT_ANSWERS.map((answer) => (
                  <label key={answer} className="inline-flex items-center gap-1">
                    <input
                      type="radio"
                      name={s.id}
                      value={answer}
                      checked={props.answers[s.id] === answer}
                      disabled={!props.editable}
                      onChange={() => setAnswer(s.id, answer)}
                    />
                    {answer}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <details className="text-sm text-slate-700" open>
        <summary className="cursor-pointer font-semibold">{t("comment")}</summary>
        <p className="mt-1" data-testid={`comment-${area.id}`}>
          {area.comment}
        </p>
      </details>
      <div>
        <p className="mb-1 text-sm font-semibold">{t("note")}</p>
        <DocumentEditor
          room={room}
          fragment={areaNoteFragment(area.id)}
          label={`${t("note")}: ${area.heading}`}
          members={[]}
          carets={false}
          compact
          readOnly={!props.editable}
        />
      </div>
      <AreaResult area={area} answers={props.answers} />
    </section>
  );
}

function Checklist({ room, editable }: { room: DocumentRoom; editable: boolean }) {
  const t = useTranslations("selfAssessment");
  return (
    <section aria-labelledby="checklist" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="checklist" className="text-base font-semibold">
        {t("checklist")}
      </h3>
      <p className="text-sm text-slate-700">{CHECKLIST_DONT_KNOW_GUIDANCE}</p>
      <ul className="space-y-4">
        {CHECKLIST_ACTIVITIES.map((a) => (
          <li key={a.id} className="break-inside-avoid text-sm" data-testid="checklist-activity">
            <p className="font-semibold">{a.heading}</p>
            <p className="mb-1 text-slate-700">{a.description}</p>
            <DocumentEditor
              room={room}
              fragment={`checklist:${a.id}`}
              label={`${t("checklistAnswer")}: ${a.heading}`}
              members={[]}
              carets={false}
              compact
              readOnly={!editable}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A self-assessment round answered together live: annex C's eight areas with their 40 statements
 * and four answers (a Y.Map in the round's room), Socialstyrelsen's comment, a shared note and the
 * reading rule's result per area; annex D's checklist beside it. Saved rounds are read-only.
 */
export function SelfAssessmentRound({ docId, saved }: { docId: string; saved: boolean }) {
  const t = useTranslations("documents.editor");
  useAnnounceSection("self-assessment");
  const board = useBoardRoom();
  const room = useDocumentRoom(docId);
  const version = useDocVersion(room?.doc);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version changes on every document update
  const answers = useMemo(
    () => (room ? (room.doc.getMap(ANSWERS_MAP).toJSON() as Record<string, string>) : {}),
    [room, version],
  );
  if (!room) return <p role="status">{t("loading")}</p>;
  const editable = board.canEdit && !saved;
  let offset = 0;
  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] print:block">
      <div className="space-y-4">
        <p className="rounded bg-accent-soft px-3 py-2 text-sm text-slate-800">{SELF_ASSESSMENT_READING_RULE}</p>
        {SELF_ASSESSMENT_AREAS.map((area) => {
          const start = offset;
          offset += area.statements.length;
          return <Area key={area.id} area={area} room={room} answers={answers} editable={editable} offset={start} />;
        })}
      </div>
      <Checklist room={room} editable={editable} />
    </div>
  );
}
