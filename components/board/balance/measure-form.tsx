"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ui } from "@/components/ui/styles";
import { setMeasureBasis } from "@/lib/board/doc-edit-v2";
import { addMeasure, updateMeasure } from "@/lib/board/doc-model";
import { leverKey } from "@/lib/board/measure-meta";
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from "@/lib/board/text-limits";
import {
  CAPACITY_LEVERS,
  compareWeeks,
  type Measure,
  type MeasureBasis,
  type MeasureLever,
  type MeasureStatus,
  NEED_LEVERS,
  type PksBoard,
} from "@/lib/engine";
import { formatWeekWithYear } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";
import { parseSwedishNumber } from "@/lib/parse-number";
import { useBoardRoom } from "../board-room";
import { MeasureBasisField } from "./measure-basis";

interface Draft {
  title: string;
  kind: "capacity" | "need";
  lever: MeasureLever | "";
  basis: MeasureBasis | "";
  resourceId: string;
  hoursPerWeek: string;
  planningObjectId: string;
  volumePct: string;
  timePct: string;
  from: string;
  to: string;
  owner: string;
  description: string;
  status: MeasureStatus;
}

const show = (n: number | undefined) => (n === undefined ? "" : String(n).replace(".", ","));

function draftOf(board: PksBoard, measure: Measure | null): Draft {
  return {
    title: measure?.title ?? "",
    kind: measure?.kind ?? "capacity",
    lever: measure?.lever ?? "",
    basis: measure?.basis ?? "",
    resourceId: measure?.kind === "capacity" ? measure.resourceId : (board.resources[0]?.id ?? ""),
    hoursPerWeek: measure?.kind === "capacity" ? show(measure.hoursPerWeek) : "",
    planningObjectId: measure?.kind === "need" ? measure.planningObjectId : (board.planningObjects[0]?.id ?? ""),
    volumePct: measure?.kind === "need" ? show(measure.volumePct) : "",
    timePct: measure?.kind === "need" ? show(measure.timePct) : "",
    from: measure?.from ?? "",
    to: measure?.to ?? "",
    owner: measure?.owner ?? "",
    description: measure?.note ?? "",
    status: measure?.status ?? "proposed",
  };
}

type Errors = Partial<Record<keyof Draft, string>>;

/** Add or edit a measure, its lever, owner and note included (pks-board version 2). */
export function MeasureForm(props: {
  board: PksBoard;
  weeks: readonly string[];
  measure: Measure | null;
  people: string[];
  onDone: () => void;
}) {
  const t = useTranslations("balance.measures");
  const room = useBoardRoom();
  const [draft, setDraft] = useState(() => draftOf(props.board, props.measure));
  const [errors, setErrors] = useState<Errors>({});
  const id = useId();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const weekOptions = [...new Set([...props.weeks, draft.from, draft.to].filter(Boolean))].sort(compareWeeks);

  function readNumber(key: "hoursPerWeek" | "volumePct" | "timePct", required: boolean, errs: Errors) {
    const text = draft[key].trim();
    if (text === "") {
      if (required) errs[key] = t("errors.required");
      return undefined;
    }
    const parsed = parseSwedishNumber(text);
    if (!parsed.ok) {
      errs[key] = t("errors.number", { text });
      return undefined;
    }
    if (key !== "hoursPerWeek" && parsed.value < -100) errs[key] = t("errors.minPct");
    return parsed.value;
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    const errs: Errors = {};
    if (draft.title.trim() === "") errs.title = t("errors.title");
    if (draft.from && draft.to && compareWeeks(draft.from, draft.to) > 0) errs.to = t("errors.period");
    const levers: readonly string[] = draft.kind === "capacity" ? CAPACITY_LEVERS : NEED_LEVERS;
    const base = {
      id: props.measure?.id ?? `m-${crypto.randomUUID().slice(0, 8)}`,
      title: draft.title.trim(),
      status: draft.status,
      from: draft.from || undefined,
      to: draft.to || undefined,
      lever: draft.lever && levers.includes(draft.lever) ? draft.lever : undefined,
      owner: draft.owner.trim().slice(0, 200) || undefined,
      note: draft.description.trim().slice(0, 10000) || undefined,
    };
    let measure: Measure;
    if (draft.kind === "capacity") {
      if (!draft.resourceId) errs.resourceId = t("errors.resource");
      const hoursPerWeek = readNumber("hoursPerWeek", true, errs) ?? 0;
      measure = { ...base, kind: "capacity", resourceId: draft.resourceId, hoursPerWeek };
    } else {
      if (!draft.planningObjectId) errs.planningObjectId = t("errors.object");
      const volumePct = readNumber("volumePct", false, errs);
      const timePct = readNumber("timePct", false, errs);
      measure = { ...base, kind: "need", planningObjectId: draft.planningObjectId, volumePct, timePct };
    }
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    room.doc.transact(() => {
      if (props.measure) {
        const { id: _id, ...fields } = measure;
        const cleared = {
          resourceId: undefined,
          hoursPerWeek: undefined,
          planningObjectId: undefined,
          volumePct: undefined,
          timePct: undefined,
        };
        const meta = { lever: measure.lever, owner: measure.owner, note: measure.note };
        updateMeasure(
          room.doc,
          measure.id,
          { ...cleared, ...fields, from: measure.from, to: measure.to, ...meta },
          room.origin,
        );
      } else {
        addMeasure(room.doc, measure, null, room.origin);
      }
      setMeasureBasis(room.doc, measure.id, draft.basis || null, room.origin);
    }, room.origin);
    props.onDone();
  }

  const field = (key: keyof Draft) => ({
    id: `${id}-${key}`,
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${id}-${key}-error` : undefined,
  });
  const error = (key: keyof Draft) =>
    errors[key] ? (
      <p id={`${id}-${key}-error`} className={ui.fieldError}>
        {errors[key]}
      </p>
    ) : null;
  const input = `${ui.input} !py-1.5 !text-sm`;

  return (
    <form
      onSubmit={save}
      className="space-y-4 rounded-lg border border-accent bg-white p-4 shadow-sm"
      aria-label={props.measure ? t("editTitle") : t("addTitle")}
      data-testid="measure-form"
    >
      <h4 className="font-semibold text-slate-900">{props.measure ? t("editTitle") : t("addTitle")}</h4>
      <div className="grid gap-4 md:grid-cols-3">
        <div className="md:col-span-2">
          <label htmlFor={`${id}-title`} className={ui.label}>
            {t("fields.title")}
          </label>
          <input
            {...field("title")}
            maxLength={MAX_NAME_LENGTH}
            className={input}
            value={draft.title}
            onChange={(e) => set("title", e.target.value)}
          />
          {error("title")}
        </div>
        <div>
          <label htmlFor={`${id}-status`} className={ui.label}>
            {t("fields.status")}
          </label>
          <select
            {...field("status")}
            className={input}
            value={draft.status}
            onChange={(e) => set("status", e.target.value as MeasureStatus)}
          >
            {(["proposed", "decided", "realized"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className={ui.label}>{t("fields.kind")}</legend>
          <div className="mt-1 flex gap-4">
            {(["capacity", "need"] as const).map((k) => (
              <label key={k} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  checked={draft.kind === k}
                  onChange={() => set("kind", k)}
                  className="size-4"
                />
                {t(`kind.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor={`${id}-lever`} className={ui.label}>
            {t("fields.lever")}
          </label>
          <select
            {...field("lever")}
            className={input}
            value={draft.lever}
            onChange={(e) => set("lever", e.target.value as MeasureLever | "")}
          >
            <option value="">{t("noLever")}</option>
            {(draft.kind === "capacity" ? CAPACITY_LEVERS : NEED_LEVERS).map((lever) => (
              <option key={lever} value={lever}>
                {t(`levers.${leverKey(lever)}`)}
              </option>
            ))}
          </select>
        </div>
        <MeasureBasisField
          id={`${id}-basis`}
          kind={draft.kind}
          lever={draft.lever}
          value={draft.basis}
          inputClassName={input}
          onChange={(basis) => set("basis", basis)}
        />
        <div>
          <label htmlFor={`${id}-owner`} className={ui.label}>
            {t("fields.owner")}
          </label>
          <input
            {...field("owner")}
            maxLength={MAX_NAME_LENGTH}
            className={input}
            value={draft.owner}
            list={`${id}-people`}
            onChange={(e) => set("owner", e.target.value)}
          />
          <datalist id={`${id}-people`}>
            {props.people.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        {draft.kind === "capacity" ? (
          <>
            <div>
              <label htmlFor={`${id}-resourceId`} className={ui.label}>
                {t("fields.resource")}
              </label>
              <select
                {...field("resourceId")}
                className={input}
                value={draft.resourceId}
                onChange={(e) => set("resourceId", e.target.value)}
              >
                {props.board.resources.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
              {error("resourceId")}
            </div>
            <div>
              <label htmlFor={`${id}-hoursPerWeek`} className={ui.label}>
                {t("fields.hoursPerWeek")}
              </label>
              <input
                {...field("hoursPerWeek")}
                inputMode="decimal"
                className={`${input} text-right`}
                value={draft.hoursPerWeek}
                onChange={(e) => set("hoursPerWeek", e.target.value)}
              />
              <p className={ui.help}>{t("hoursHelp")}</p>
              {error("hoursPerWeek")}
            </div>
          </>
        ) : (
          <>
            <div>
              <label htmlFor={`${id}-planningObjectId`} className={ui.label}>
                {t("fields.object")}
              </label>
              <select
                {...field("planningObjectId")}
                className={input}
                value={draft.planningObjectId}
                onChange={(e) => set("planningObjectId", e.target.value)}
              >
                {props.board.planningObjects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {planningObjectLabel(p)}
                  </option>
                ))}
              </select>
              {error("planningObjectId")}
            </div>
            <div className="grid grid-cols-2 gap-2">
              <div>
                <label htmlFor={`${id}-volumePct`} className={ui.label}>
                  {t("fields.volumePct")}
                </label>
                <input
                  {...field("volumePct")}
                  inputMode="decimal"
                  className={`${input} text-right`}
                  value={draft.volumePct}
                  onChange={(e) => set("volumePct", e.target.value)}
                />
                {error("volumePct")}
              </div>
              <div>
                <label htmlFor={`${id}-timePct`} className={ui.label}>
                  {t("fields.timePct")}
                </label>
                <input
                  {...field("timePct")}
                  inputMode="decimal"
                  className={`${input} text-right`}
                  value={draft.timePct}
                  onChange={(e) => set("timePct", e.target.value)}
                />
                {error("timePct")}
              </div>
            </div>
          </>
        )}
        <div className="grid grid-cols-2 gap-2">
          {(["from", "to"] as const).map((key) => (
            <div key={key}>
              <label htmlFor={`${id}-${key}`} className={ui.label}>
                {t(`fields.${key}`)}
              </label>
              <select {...field(key)} className={input} value={draft[key]} onChange={(e) => set(key, e.target.value)}>
                <option value="">{t("openEnd")}</option>
                {weekOptions.map((w) => (
                  <option key={w} value={w}>
                    {formatWeekWithYear(w)}
                  </option>
                ))}
              </select>
              {error(key)}
            </div>
          ))}
        </div>
        <div className="md:col-span-3">
          <label htmlFor={`${id}-description`} className={ui.label}>
            {t("fields.description")}
          </label>
          <textarea
            {...field("description")}
            maxLength={MAX_NOTE_LENGTH}
            rows={2}
            className={input}
            value={draft.description}
            onChange={(e) => set("description", e.target.value)}
          />
        </div>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={ui.button}>
          {t("save")}
        </button>
        <button type="button" className={ui.buttonSecondary} onClick={props.onDone}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
