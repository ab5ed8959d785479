/** Board roles from least to most rights. */
export const BOARD_ROLES = ["viewer", "commenter", "editor", "owner"] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

/** True when `role` grants at least what `needed` grants. */
export function hasRole(role: BoardRole | null | undefined, needed: BoardRole): boolean {
  if (!role) return false;
  return BOARD_ROLES.indexOf(role) >= BOARD_ROLES.indexOf(needed);
}

/** True when the role may change the board's data (viewers and commenters may not). */
export function canEditBoard(role: BoardRole | null | undefined): boolean {
  return hasRole(role, "editor");
}

export const USER_LEVELS = ["politisk", "strategisk", "taktisk", "operativ"] as const;
export type UserLevel = (typeof USER_LEVELS)[number];
