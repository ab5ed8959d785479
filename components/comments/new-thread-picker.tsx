"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useOptionalBoardRoom } from "@/components/board/board-room";
import { ui } from "@/components/ui/styles";
import { readBoardFromDoc } from "@/lib/board/doc-model";
import type { CommentAnchor } from "@/lib/comments/anchor";
import { useComments } from "./comments-provider";

type Kind = "planning-object" | "resource" | "measure";

/** "Ny tråd": pick a planning object, resource or measure of the board and comment on it. */
export function NewThreadPicker() {
  const t = useTranslations("commentsPanel");
  const room = useOptionalBoardRoom();
  const comments = useComments();
  const [kind, setKind] = useState<Kind>("planning-object");
  const [id, setId] = useState("");
  if (!room) return null;
  const board = readBoardFromDoc(room.doc);
  const options =
    kind === "planning-object"
      ? board.planningObjects.map((p) => ({ id: p.id, label: p.service }))
      : kind === "resource"
        ? board.resources.map((r) => ({ id: r.id, label: r.name }))
        : (board.measures ?? []).map((m) => ({ id: m.id, label: m.title }));
  const chosen = options.find((o) => o.id === id);
  return (
    <form
      className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) comments.open({ anchor: { kind, id: chosen.id } as CommentAnchor, label: chosen.label });
      }}
    >
      <label className="text-xs text-slate-700">
        {t("pickKind")}
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as Kind);
            setId("");
          }}
          className="mt-0.5 block rounded-md border border-slate-300 px-1 py-1 text-sm"
        >
          {(["planning-object", "resource", "measure"] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-0 flex-1 text-xs text-slate-700">
        {t("pickEntity")}
        <select
          value={id}
          onChange={(e) => setId(e.target.value)}
          className="mt-0.5 block w-full rounded-md border border-slate-300 px-1 py-1 text-sm"
        >
          <option value="">—</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={ui.buttonSecondary} disabled={!chosen}>
        {t("newThread")}
      </button>
    </form>
  );
}
