"use client";

import Link from "next/link";
import { useActionState } from "react";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { LimitedInput } from "./grid/length-note";
import { HorizonYearsField } from "./horizon-years-field";
import { ui } from "./ui/styles";

interface Labels {
  name: string;
  namePlaceholder: string;
  unit: string;
  chooseUnit: string;
  period: string;
  periodHelp: string;
  level: string;
  submit: string;
  submitting: string;
  cancel: string;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className={ui.fieldError}>
      {message}
    </p>
  );
}

/**
 * The "new board" form; validation happens on the server (the `action`, passed in by the page) and
 * its messages show beside each field.
 */
export function NewBoardForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  units: { id: string; name: string }[];
  levels: { value: string; label: string }[];
  defaultYear: number;
  labels: Labels;
}) {
  const { labels } = props;
  const [state, action, pending] = useActionState(props.action, initialFormState);
  const err = (field: "name" | "unitId" | "period" | "level") => state.errors[field];
  const v = state.values ?? {};
  return (
    <form action={action} className={`${ui.card} mt-6 space-y-5`} noValidate>
      <div>
        <label htmlFor="name" className={ui.label}>
          {labels.name}
        </label>
        <LimitedInput
          id="name"
          max={120}
          name="name"
          defaultValue={v.name}
          placeholder={labels.namePlaceholder}
          className={`${ui.input} mt-1`}
          aria-invalid={Boolean(err("name"))}
          aria-describedby="name-error"
        />
        <FieldError id="name-error" message={err("name")} />
      </div>
      <div>
        <label htmlFor="unitId" className={ui.label}>
          {labels.unit}
        </label>
        <select
          id="unitId"
          name="unitId"
          defaultValue={v.unitId ?? ""}
          className={`${ui.input} mt-1`}
          aria-invalid={Boolean(err("unitId"))}
          aria-describedby="unit-error"
        >
          <option value="">{labels.chooseUnit}</option>
          {props.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <FieldError id="unit-error" message={err("unitId")} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="period" className={ui.label}>
            {labels.period}
          </label>
          <input
            id="period"
            name="period"
            inputMode="numeric"
            defaultValue={v.period ?? String(props.defaultYear)}
            className={`${ui.input} mt-1 tabular`}
            aria-invalid={Boolean(err("period"))}
            aria-describedby="period-help period-error"
          />
          <p id="period-help" className={ui.help}>
            {labels.periodHelp}
          </p>
          <FieldError id="period-error" message={err("period")} />
        </div>
        <HorizonYearsField defaultValue={v.years} />
        <fieldset>
          <legend className={ui.label}>{labels.level}</legend>
          <div className="mt-2 space-y-1">
            {props.levels.map((l, i) => (
              <label key={l.value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="level"
                  value={l.value}
                  defaultChecked={(v.level ?? "tactical") === l.value || (!v.level && i === 0)}
                />
                {l.label}
              </label>
            ))}
          </div>
          <FieldError id="level-error" message={err("level")} />
        </fieldset>
      </div>
      <div className="flex gap-3">
        <button type="submit" className={ui.button} disabled={pending}>
          {pending ? labels.submitting : labels.submit}
        </button>
        <Link href="/" className={ui.buttonSecondary}>
          {labels.cancel}
        </Link>
      </div>
    </form>
  );
}
