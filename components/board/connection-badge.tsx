"use client";

import { useTranslations } from "next-intl";
import { useConnectionState, useOptionalBoardRoom } from "./board-room";

const STYLES: Record<string, string> = {
  saved: "bg-surplus-soft text-surplus",
  saving: "bg-slate-100 text-slate-700",
  connecting: "bg-slate-100 text-slate-700",
  offline: "bg-amber-100 text-amber-900",
  unsaved: "bg-deficit-soft text-deficit",
};

/** Sparat ✓ / Sparar… / Offline — ändringar sparas lokalt / Ej sparat, from the server's acks. */
export function ConnectionBadge() {
  const room = useOptionalBoardRoom();
  if (!room) return null;
  return <ConnectionBadgeInner />;
}

function ConnectionBadgeInner() {
  const t = useTranslations("connection");
  const state = useConnectionState();
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={state.status}
      className={`shrink-0 whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STYLES[state.status] ?? STYLES.saving}`}
    >
      {t(state.status)}
    </span>
  );
}
