import commonPasswords from "fxa-common-password-list";

/** Shortest password accepted for a person's own or temporary password. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordCommon";

/**
 * Checks a new password: at least MIN_PASSWORD_LENGTH characters and not on Mozilla's list of
 * the most common passwords (fxa-common-password-list). Null when acceptable.
 */
export function checkPassword(password: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "passwordTooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "passwordTooLong";
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) return "passwordCommon";
  return null;
}
