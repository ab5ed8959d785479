"use client";

import { useTranslations } from "next-intl";
import type { BoardRole } from "@/lib/auth/roles";

/**
 * Tells this user at once that an owner changed their role (a `member.role-changed` push): the
 * board switches to the new rights right away; a reload brings the navigation up to date.
 */
export function RoleNotice({ role, onDismiss }: { role: BoardRole | null; onDismiss: () => void }) {
  const t = useTranslations();
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="role-notice"
      className="no-print fixed inset-x-0 top-2 z-50 mx-auto flex w-fit max-w-[90vw] items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 shadow"
    >
      <span>{role ? t("board.roleChanged", { role: t(`roles.${role}`) }) : t("board.roleRemoved")}</span>
      <button
        type="button"
        className="rounded px-2 py-0.5 font-semibold underline hover:bg-amber-100"
        onClick={() => window.location.reload()}
      >
        {t("board.reloadForRole")}
      </button>
      <button
        type="button"
        className="rounded px-2 py-0.5 hover:bg-amber-100"
        aria-label={t("board.dismissNotice")}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
