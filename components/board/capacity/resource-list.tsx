"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { useRemoveWithUndo } from "@/components/board/use-remove-with-undo";
import { InlineNumber, InlineText } from "@/components/grid/inline-field";
import { LimitedInput } from "@/components/grid/length-note";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ui } from "@/components/ui/styles";
import { addResource, updateResource } from "@/lib/board/doc-model";
import { MAX_NAME_LENGTH } from "@/lib/board/text-limits";
import { type Resource, resourceKindSchema } from "@/lib/engine";
import { parseCell } from "@/lib/grid/codec";

export const RESOURCE_KINDS = resourceKindSchema.options;
type Kind = Resource["kind"];

function newResourceId(name: string): string {
  const slug = name
    .toLocaleLowerCase("sv")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 20);
  return `${slug || "res"}-${crypto.randomUUID().slice(0, 6)}`;
}

/** Resources with kind, count, hours per week and utilisation, editable in place. */
export function ResourceList({ resources }: { resources: readonly Resource[] }) {
  const t = useTranslations("capacity");
  const room = useBoardRoom();
  const disabled = !room.canEdit;
  const [isAdding, setAdding] = useState(false);
  const update = (id: string, patch: Partial<Resource>) => updateResource(room.doc, id, patch, room.origin);
  const tUndo = useTranslations("undo");
  const removeWithUndo = useRemoveWithUndo();
  return (
    <section aria-labelledby="resources-title" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <h3 id="resources-title" className={ui.h2}>
            {t("resources.title")}
          </h3>
          <p className="text-sm text-slate-600">{t("resources.help")}</p>
        </div>
        {!disabled && !isAdding && (
          <button type="button" className={ui.button} onClick={() => setAdding(true)}>
            <Plus aria-hidden className="size-4" />
            {t("resources.add")}
          </button>
        )}
      </div>
      {isAdding && <ResourceForm onDone={() => setAdding(false)} />}
      {resources.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("resources.title")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-2 py-2 font-medium">
                  {t("fields.name")}
                </th>
                <th scope="col" className="px-2 py-2 font-medium">
                  {t("fields.kind")}
                </th>
                <th scope="col" className="px-2 py-2 text-right font-medium">
                  {t("fields.count")}
                </th>
                <th scope="col" className="px-2 py-2 text-right font-medium">
                  {t("fields.hoursPerWeek")}
                </th>
                <th scope="col" className="px-2 py-2 text-right font-medium">
                  {t("fields.utilization")}
                </th>
                <th scope="col">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {resources.map((r) => (
                <tr key={r.id} className="border-t border-slate-100" data-testid={`resource-${r.id}`}>
                  <td className="px-2 py-1">
                    <InlineText
                      label={t("fields.name")}
                      isLabelHidden
                      value={r.name}
                      required
                      disabled={disabled}
                      onSave={(name) => update(r.id, { name })}
                    />
                  </td>
                  <td className="px-2 py-1">
                    <label className="sr-only" htmlFor={`kind-${r.id}`}>
                      {t("fields.kind")}, {r.name}
                    </label>
                    <select
                      id={`kind-${r.id}`}
                      value={r.kind}
                      disabled={disabled}
                      onChange={(e) => update(r.id, { kind: e.target.value as Kind })}
                      className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:appearance-none disabled:border-transparent disabled:bg-transparent disabled:text-slate-900"
                    >
                      {RESOURCE_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`kinds.${kind}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="w-28 px-2 py-1">
                    <InlineNumber
                      label={`${t("fields.count")}, ${r.name}`}
                      isLabelHidden
                      value={r.count}
                      range={{ min: 0 }}
                      required
                      disabled={disabled}
                      onSave={(count) => update(r.id, { count: count ?? 0 })}
                    />
                  </td>
                  <td className="w-32 px-2 py-1">
                    <InlineNumber
                      label={`${t("fields.hoursPerWeek")}, ${r.name}`}
                      isLabelHidden
                      value={r.hoursPerWeek}
                      range={{ min: 0 }}
                      required
                      disabled={disabled}
                      testId={`hours-${r.id}`}
                      onSave={(hoursPerWeek) => update(r.id, { hoursPerWeek: hoursPerWeek ?? 0 })}
                    />
                  </td>
                  <td className="w-32 px-2 py-1">
                    <InlineNumber
                      label={`${t(`utilizationByKind.${r.kind}`)}, ${r.name}`}
                      isLabelHidden
                      value={r.utilization ?? 1}
                      format={{ kind: "percent" }}
                      range={{ min: 0.01, max: 1 }}
                      unit="%"
                      required
                      disabled={disabled}
                      onSave={(utilization) => update(r.id, { utilization: utilization ?? 1 })}
                    />
                  </td>
                  <td className="px-2 py-1">
                    {!disabled && (
                      <ConfirmButton
                        question={t("confirmRemove", { name: r.name })}
                        description={tUndo("canUndo")}
                        onConfirm={() => removeWithUndo("resource", r.id, r.name)}
                        className={`${ui.buttonDanger} border-transparent`}
                        label={t("remove", { name: r.name })}
                      >
                        <Trash2 aria-hidden className="size-4" />
                      </ConfirmButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ResourceForm({ onDone }: { onDone: () => void }) {
  const t = useTranslations("capacity");
  const tg = useTranslations("grid");
  const room = useBoardRoom();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const next: Record<string, string> = {};
    const name = text("name").trim();
    if (!name) next.name = t("form.nameRequired");
    const number = (field: string, range: { min?: number; max?: number }, percent = false) => {
      const parsed = parseCell(text(field), percent ? { kind: "percent" } : {}, range);
      if (parsed.ok && parsed.value !== null) return parsed.value;
      next[field] = !parsed.ok
        ? parsed.error === "invalid"
          ? tg("notANumber", { text: parsed.text })
          : parsed.max !== undefined
            ? tg("between", { min: `${parsed.min}`, max: `${parsed.max}${percent ? " %" : ""}` })
            : tg("min", { min: `${parsed.min}` })
        : tg("required");
      return 0;
    };
    const count = number("count", { min: 0 });
    const hoursPerWeek = number("hoursPerWeek", { min: 0 });
    const utilization = number("utilization", { min: 0.01, max: 1 }, true);
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const kind = text("kind") as Kind;
    addResource(room.doc, { id: newResourceId(name), name, kind, count, hoursPerWeek, utilization }, null, room.origin);
    onDone();
  };
  const field = (name: string, label: string, defaultValue: string) => (
    <div>
      <label htmlFor={`res-${name}`} className={ui.label}>
        {label}
      </label>
      <LimitedInput
        id={`res-${name}`}
        // MAX_NAME_LENGTH of lib/board/text-limits.ts for the name; numbers are short.
        max={name === "name" ? MAX_NAME_LENGTH : 40}
        name={name}
        defaultValue={defaultValue}
        autoComplete="off"
        inputMode={name === "name" ? undefined : "decimal"}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={errors[name] ? `res-${name}-error` : undefined}
        className={`${ui.input} mt-1`}
      />
      {errors[name] && (
        <p id={`res-${name}-error`} role="alert" className={ui.fieldError}>
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <form onSubmit={submit} noValidate className={`${ui.card} space-y-4`} aria-labelledby="res-form-title">
      <h4 id="res-form-title" className="font-semibold text-slate-900">
        {t("form.title")}
      </h4>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {field("name", t("fields.name"), "")}
        <div>
          <label htmlFor="res-kind" className={ui.label}>
            {t("fields.kind")}
          </label>
          <select id="res-kind" name="kind" className={`${ui.input} mt-1`} defaultValue="staff">
            {RESOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {field("count", t("fields.count"), "1")}
        {field("hoursPerWeek", t("fields.hoursPerWeek"), "40")}
        {field("utilization", t("fields.utilization"), "75")}
      </div>
      <div className="flex gap-3">
        <button type="submit" className={ui.button}>
          {t("form.submit")}
        </button>
        <button type="button" className={ui.buttonSecondary} onClick={onDone}>
          {t("form.cancel")}
        </button>
      </div>
    </form>
  );
}
