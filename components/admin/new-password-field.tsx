import { getTranslations } from "next-intl/server";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { Field } from "./field";

/** A new-password input with the policy as help text (minimum length, no common passwords). */
export async function NewPasswordField({
  name = "password",
  labelKey = "password",
}: {
  name?: string;
  labelKey?: string;
}) {
  const t = await getTranslations("admin");
  return (
    <Field
      name={name}
      type="password"
      label={t(`fields.${labelKey}`)}
      autoComplete="new-password"
      help={t("passwordHelp", { min: MIN_PASSWORD_LENGTH })}
    />
  );
}
