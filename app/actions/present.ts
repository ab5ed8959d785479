import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import type { CommandError } from "@/lib/server/command";

/**
 * Presents a command's refusal to a form: the field's message in the reader's language, and the
 * submitted values. Missing boards and missing rights keep the pages' 404 and 403.
 */
export async function presentFormError(error: CommandError, values?: Record<string, string>): Promise<FormState> {
  if (error.kind === "not-found") notFound();
  if (error.kind === "forbidden") forbidden();
  const t = await getTranslations();
  const errors: Record<string, string> = {};
  for (const e of [error, ...(error.others ?? [])]) errors[e.field] = t.has(e.code) ? t(e.code) : e.message;
  return { errors, values };
}
