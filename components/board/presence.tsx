"use client";

import { useTranslations } from "next-intl";
import { useOptionalBoardRoom, usePresence } from "./board-room";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}

/** Who is on the board now, one avatar per person (several tabs of one person count once). */
function usePeople() {
  const presence = usePresence();
  const people = new Map<string, { name: string; color: string; sections: Set<string>; role: string }>();
  for (const { state } of presence) {
    const entry = people.get(state.user.id) ?? {
      name: state.user.name,
      color: state.user.color,
      sections: new Set(),
      role: state.user.role,
    };
    if (state.section) entry.sections.add(state.section);
    people.set(state.user.id, entry);
  }
  return [...people.entries()];
}

/** Avatars in the top bar. */
export function PresenceAvatars() {
  const room = useOptionalBoardRoom();
  if (!room) return null;
  return <PresenceAvatarsInner />;
}

function PresenceAvatarsInner() {
  const t = useTranslations("presence");
  const people = usePeople();
  const sectionName = (key: string) => (t.has(`sections.${key}`) ? t(`sections.${key}`) : key);
  return (
    <ul className="flex items-center gap-1" aria-label={t("here", { count: people.length })} data-testid="presence">
      {people.map(([id, p]) => {
        const where = [...p.sections].map(sectionName).join(", ");
        const label = where ? t("personOn", { name: p.name, section: where }) : p.name;
        return (
          <li key={id}>
            <span
              title={label}
              className="flex size-8 shrink-0 items-center justify-center rounded-full text-xs leading-none font-bold text-white ring-2 ring-white"
              style={{ backgroundColor: p.color }}
            >
              <span aria-hidden>{initials(p.name)}</span>
              <span className="sr-only">{label}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A sentence listing who is on the board and where (for the overview). */
export function PresenceList() {
  const t = useTranslations("presence");
  const people = usePeople();
  if (people.length === 0) return null;
  const sectionName = (key: string) => (t.has(`sections.${key}`) ? t(`sections.${key}`) : key);
  return (
    <section className="mt-8" aria-labelledby="presence-heading">
      <h3 id="presence-heading" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h3>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {people.map(([id, p]) => (
          <li key={id} className="flex items-center gap-2 rounded-full border border-slate-200 bg-white py-1 pl-1 pr-3">
            <span className="h-5 w-5 rounded-full" style={{ backgroundColor: p.color }} aria-hidden />
            {p.name}
            {p.sections.size > 0 && (
              <span className="text-slate-500">· {[...p.sections].map(sectionName).join(", ")}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
