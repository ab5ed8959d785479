"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SectionCommentCount } from "@/components/comments/comment-counts";
import { useOptionalBoardRoom, usePresence } from "./board-room";

interface Section {
  href: string;
  label: string;
  key: string;
  /** A count beside the label (e.g. open drafts), with its accessible wording. */
  count?: { value: number; label: string };
}

/** The left rail of a board: its sections in PKS order, the current one marked, others' whereabouts as dots. */
export function BoardNav({ label, sections, othersHere }: { label: string; sections: Section[]; othersHere: string }) {
  const pathname = usePathname();
  const room = useOptionalBoardRoom();
  return (
    <nav aria-label={label} className="no-print w-52 shrink-0 border-r border-slate-200 bg-white px-2 py-4">
      <ul className="space-y-1">
        {sections.map((s) => {
          const current = pathname === s.href;
          return (
            <li key={s.key}>
              <Link
                href={s.href}
                aria-current={current ? "page" : undefined}
                className={`flex items-center gap-2 rounded-md px-3 py-2 text-sm ${current ? "bg-accent-soft font-semibold text-accent-strong" : "text-slate-700 hover:bg-slate-100"}`}
              >
                <span className="flex-1">{s.label}</span>
                {s.count && s.count.value > 0 && (
                  <span
                    className="rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900"
                    title={s.count.label}
                  >
                    {s.count.value}
                    <span className="sr-only"> {s.count.label}</span>
                  </span>
                )}
                {room && <SectionDots section={s.key} othersHere={othersHere} selfId={room.userId} />}
                <SectionCommentCount section={s.key} />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function SectionDots({ section, othersHere, selfId }: { section: string; othersHere: string; selfId: string }) {
  const presence = usePresence();
  const people = new Map<string, { name: string; color: string }>();
  for (const { state } of presence) {
    if (state.section === section && state.user.id !== selfId) people.set(state.user.id, state.user);
  }
  if (people.size === 0) return null;
  const names = [...people.values()].map((p) => p.name).join(", ");
  return (
    <span className="flex -space-x-1" title={names}>
      {[...people.entries()].map(([id, p]) => (
        <span
          key={id}
          className="h-2.5 w-2.5 rounded-full ring-2 ring-white"
          style={{ backgroundColor: p.color }}
          aria-hidden
        />
      ))}
      <span className="sr-only">
        {othersHere}: {names}
      </span>
    </span>
  );
}
