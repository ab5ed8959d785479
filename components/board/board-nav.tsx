"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The left rail of a board: its sections in PKS order, the current one marked. */
export function BoardNav({
  label,
  sections,
}: {
  label: string;
  sections: { href: string; label: string; key: string }[];
}) {
  const pathname = usePathname();
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
                className={`block rounded-md px-3 py-2 text-sm ${current ? "bg-accent-soft font-semibold text-accent-strong" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
