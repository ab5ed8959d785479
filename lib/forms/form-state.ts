/**
 * What a server action returns to its form through `useActionState`: error messages by field
 * (already translated for the reader), the submitted values to show again, and whether it saved.
 * Shared by app/ (actions) and components/ (forms), so it lives in lib/.
 */
export interface FormState {
  errors: Record<string, string>;
  values?: Record<string, string>;
  saved?: boolean;
}

/** The state before the first submit. */
export const initialFormState: FormState = { errors: {} };

/** The named fields of a submitted form as strings (missing fields become ""). */
export function formValues<K extends string>(formData: FormData, fields: readonly K[]): Record<K, string> {
  return Object.fromEntries(fields.map((k) => [k, String(formData.get(k) ?? "")])) as Record<K, string>;
}
