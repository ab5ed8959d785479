/** Turns command results (lib/server/command.ts) into the state of a `useActionState` form: each problem named by field (and row). */
import { getTranslations } from "next-intl/server";
import { type CommandError, type CommandResult, refusalFields } from "../command";

export interface FormError {
  field: string;
  row?: number;
  message: string;
}

export interface FormState {
  errors: FormError[];
  /** A short confirmation after success. */
  notice?: string;
  /** A link to copy (invitation or reset link when no e-mail was sent). */
  link?: string;
  /** Free data for the form (the import preview's row count). */
  data?: Record<string, unknown>;
}

export const EMPTY_FORM_STATE: FormState = { errors: [] };

/** Translated messages for a refusal (message keys; field names under `admin.fields`), each with its row. */
export async function refusalToErrors(error: CommandError): Promise<FormError[]> {
  const t = await getTranslations();
  return refusalFields(error).map((issue) => {
    const label = t.has(`admin.fields.${issue.field}`) ? t(`admin.fields.${issue.field}`) : issue.field;
    const message = t.has(issue.code) ? t(issue.code) : issue.message || issue.code;
    const prefix = issue.row === undefined ? `${label}: ` : `${t("admin.rowLabel", { row: issue.row })}, ${label}: `;
    return {
      field: issue.field,
      ...(issue.row === undefined ? {} : { row: issue.row }),
      message: `${prefix}${message}`,
    };
  });
}

/** The form state of a refused or successful command. */
export async function toFormState<T>(
  result: CommandResult<T>,
  success: (value: T) => Omit<FormState, "errors"> | Promise<Omit<FormState, "errors">>,
): Promise<FormState> {
  if (!result.ok) return { errors: await refusalToErrors(result.error) };
  return { errors: [], ...(await success(result.value)) };
}

/** Reads form fields as strings (missing fields become ""). */
export function formFields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")]));
}

/** The answer of the people import's server action: imported count, or every row's problem. */
export interface PeopleImportAnswer {
  ok: boolean;
  count: number;
  errors: FormError[];
}
