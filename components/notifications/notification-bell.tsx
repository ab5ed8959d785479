"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useOptionalBoardRoom } from "@/components/board/board-room";

interface Item {
  id: string;
  text: string;
  link: string;
  createdAt: string;
  isRead: boolean;
}

const time = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short" });

/**
 * The bell with the unread count: the stored notifications (so they survive a reload), reloaded
 * at once when the server pushes `notification.created` on a board, else every 30 s. Opening an
 * item marks it read and follows its link.
 */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const room = useOptionalBoardRoom();
  const [data, setData] = useState<{ unread: number; items: Item[] }>({ unread: 0, items: [] });
  const [isOpen, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const reload = useCallback(async () => {
    const response = await fetch("/api/notifications", { cache: "no-store" });
    if (response.ok) setData(await response.json());
  }, []);
  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), 30_000);
    return () => clearInterval(timer);
  }, [reload]);
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && panel.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isOpen]);
  useEffect(() => {
    if (!room) return;
    return room.connection.onPush((message) => {
      if (message.type === "notification.created") void reload();
    });
  }, [room, reload]);
  const markRead = async (ids: string[] | "all") => {
    await fetch("/api/notifications/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids }),
    });
    await reload();
  };
  return (
    <div className="relative" ref={panel}>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-label={`${t("bell")}: ${t("unread", { count: data.unread })}`}
        onClick={() => setOpen((o) => !o)}
        className="relative rounded-md p-1.5 hover:bg-slate-100"
        data-testid="notification-bell"
      >
        <Bell className="size-5 text-slate-700" aria-hidden />
        {data.unread > 0 && (
          <span
            className="tabular absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-deficit px-1 text-center text-[11px] font-bold text-white"
            data-testid="notification-count"
            aria-hidden
          >
            {data.unread}
          </span>
        )}
      </button>
      <span className="sr-only" aria-live="polite">
        {data.unread > 0 ? t("unread", { count: data.unread }) : ""}
      </span>
      {isOpen && (
        <div
          className="absolute right-0 z-50 mt-1 w-80 rounded-lg border border-slate-200 bg-white shadow-lg"
          data-testid="notification-panel"
        >
          <div className="flex items-center border-b border-slate-100 px-3 py-2">
            <p className="flex-1 text-sm font-semibold">{t("bell")}</p>
            {data.unread > 0 && (
              <button
                type="button"
                className="text-xs text-accent-strong underline"
                onClick={() => void markRead("all")}
              >
                {t("markAll")}
              </button>
            )}
          </div>
          {data.items.length === 0 ? (
            <p className="px-3 py-3 text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <ul className="max-h-96 overflow-y-auto">
              {data.items.map((n) => (
                <li key={n.id} className="border-b border-slate-100 last:border-0">
                  <Link
                    href={n.link}
                    onClick={() => {
                      setOpen(false);
                      if (!n.isRead) void markRead([n.id]);
                    }}
                    className={`block px-3 py-2 text-sm hover:bg-slate-50 ${n.isRead ? "text-slate-600" : "font-medium text-slate-900"}`}
                    data-testid="notification-item"
                  >
                    {!n.isRead && <span className="mr-1 inline-block size-2 rounded-full bg-accent" aria-hidden />}
                    {n.text}
                    <span className="mt-0.5 block text-xs text-slate-500">{time.format(new Date(n.createdAt))}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
