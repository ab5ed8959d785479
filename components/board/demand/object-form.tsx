"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { LimitedInput } from "@/components/grid/length-note";
import { ui } from "@/components/ui/styles";
import { addPlanningObject } from "@/lib/board/doc-model";
import { MAX_NAME_LENGTH } from "@/lib/board/text-limits";
import type { PlanningObject } from "@/lib/engine";
import { parseSwedishNumber } from "@/lib/parse-number";

function newObjectId(service: string, category: string): string {
  const slug = `${service}-${category}`
    .toLocaleLowerCase("sv")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 24);
  return `${slug || "po"}-${crypto.randomUUID().slice(0, 6)}`;
}

type Errors = Partial<Record<"service" | "growth" | "duplicate", string>>;

/** The form that adds a planning object (vårdtjänst × vårdgivarkategori × kontakttyp × prioritet). */
export function ObjectForm({
  objects,
  onAdded,
  onCancel,
}: {
  objects: readonly PlanningObject[];
  onAdded: (id: string) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("demand");
  const tg = useTranslations("grid");
  const room = useBoardRoom();
  const [errors, setErrors] = useState<Errors>({});

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const service = text("service");
    const providerCategory = text("providerCategory");
    const contactType = text("contactType");
    const priority = text("priority");
    const growthText = text("growthPct");
    const next: Errors = {};
    if (!service) next.service = t("form.serviceRequired");
    const growth = growthText ? parseSwedishNumber(growthText) : null;
    if (growth && !growth.ok) next.growth = tg("notANumber", { text: growthText });
    const same = (a?: string, b?: string) => (a ?? "").toLocaleLowerCase("sv") === (b ?? "").toLocaleLowerCase("sv");
    if (
      service &&
      objects.some(
        (o) =>
          same(o.service, service) &&
          same(o.providerCategory, providerCategory) &&
          same(o.contactType, contactType) &&
          same(o.priority, priority),
      )
    )
      next.duplicate = t("form.duplicate");
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const object: PlanningObject = { id: newObjectId(service, providerCategory), service };
    if (providerCategory) object.providerCategory = providerCategory;
    if (contactType) object.contactType = contactType;
    if (priority) object.priority = priority;
    if (growth?.ok && growth.value !== 0) object.growthPct = growth.value;
    addPlanningObject(room.doc, object, null, room.origin);
    e.currentTarget.reset();
    onAdded(object.id);
  };

  const field = (name: string, label: string, list?: string, error?: string) => (
    <div>
      <label htmlFor={`po-${name}`} className={ui.label}>
        {label}
      </label>
      <LimitedInput
        id={`po-${name}`}
        max={MAX_NAME_LENGTH}
        name={name}
        list={list}
        autoComplete="off"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `po-${name}-error` : undefined}
        className={`${ui.input} mt-1`}
      />
      {error && (
        <p id={`po-${name}-error`} role="alert" className={ui.fieldError}>
          {error}
        </p>
      )}
    </div>
  );

  return (
    <form onSubmit={submit} noValidate className={`${ui.card} space-y-4`} aria-labelledby="po-form-title">
      <h3 id="po-form-title" className={ui.h2}>
        {t("form.title")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {field("service", t("fields.service"), "po-services", errors.service)}
        {field("providerCategory", t("fields.providerCategory"), "po-categories")}
        {field("contactType", t("fields.contactType"), "po-contact-types")}
        {field("priority", t("fields.priority"), "po-priorities")}
        {field("growthPct", t("fields.growthPct"), undefined, errors.growth)}
      </div>
      <datalist id="po-services">
        {[...new Set(["Nybesök", "Återbesök", "Operation", ...objects.map((o) => o.service)])].map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id="po-categories">
        {["Läkare", "Sjuksköterska", "Undersköterska", "Fysioterapeut"].map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id="po-contact-types">
        {["besök", "telefon", "video"].map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id="po-priorities">
        {["P30", "P60", "P90"].map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      {errors.duplicate && (
        <p role="alert" className={ui.fieldError}>
          {errors.duplicate}
        </p>
      )}
      <div className="flex gap-3">
        <button type="submit" className={ui.button}>
          <Plus aria-hidden className="size-4" />
          {t("form.submit")}
        </button>
        {onCancel && (
          <button type="button" className={ui.buttonSecondary} onClick={onCancel}>
            {t("form.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
