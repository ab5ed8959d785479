"use client";

import { ChevronDown, Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";

/**
 * "Ladda ner" in the board's top bar, for every member including viewers: the board as an Excel
 * workbook, and the pks-board JSON for other systems (both served to viewers by the API).
 */
export function DownloadMenu({ boardId }: { boardId: string }) {
  const t = useTranslations("download");
  const [isOpen, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [isOpen]);
  const item = "block whitespace-nowrap px-3 py-2 text-sm text-slate-800 hover:bg-slate-100 focus:bg-slate-100";
  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setOpen(!isOpen)}
        className="inline-flex min-h-9 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50"
        data-testid="download-menu"
      >
        <Download aria-hidden className="size-4" />
        {t("button")}
        <ChevronDown aria-hidden className="size-3.5" />
      </button>
      {isOpen && (
        <ul
          id={menuId}
          className="absolute right-0 z-50 mt-1 min-w-64 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          <li>
            <a href={`/api/boards/${boardId}/export.xlsx`} download className={item} data-testid="download-xlsx">
              {t("xlsx")}
            </a>
          </li>
          <li>
            <a href={`/api/boards/${boardId}/export`} download className={item} data-testid="download-json">
              {t("json")}
            </a>
          </li>
        </ul>
      )}
    </div>
  );
}
