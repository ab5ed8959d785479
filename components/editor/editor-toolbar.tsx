"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { isAllowedLink } from "@/lib/editor/extensions";

interface Tool {
  key: string;
  shortcut: string;
  run: (editor: Editor) => void;
  active?: (editor: Editor) => boolean;
}

const TOOLS: Tool[] = [
  {
    key: "h2",
    shortcut: "Ctrl+Alt+2",
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    active: (e) => e.isActive("heading", { level: 2 }),
  },
  {
    key: "h3",
    shortcut: "Ctrl+Alt+3",
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive("heading", { level: 3 }),
  },
  {
    key: "bold",
    shortcut: "Ctrl+B",
    run: (e) => e.chain().focus().toggleBold().run(),
    active: (e) => e.isActive("bold"),
  },
  {
    key: "italic",
    shortcut: "Ctrl+I",
    run: (e) => e.chain().focus().toggleItalic().run(),
    active: (e) => e.isActive("italic"),
  },
  {
    key: "bulletList",
    shortcut: "Ctrl+Shift+8",
    run: (e) => e.chain().focus().toggleBulletList().run(),
    active: (e) => e.isActive("bulletList"),
  },
  {
    key: "orderedList",
    shortcut: "Ctrl+Shift+7",
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive("orderedList"),
  },
  {
    key: "taskList",
    shortcut: "Ctrl+Shift+9",
    run: (e) => e.chain().focus().toggleTaskList().run(),
    active: (e) => e.isActive("taskList"),
  },
  {
    key: "table",
    shortcut: "",
    run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
];

const TABLE_TOOLS: Tool[] = [
  { key: "addRow", shortcut: "", run: (e) => e.chain().focus().addRowAfter().run() },
  { key: "addColumn", shortcut: "", run: (e) => e.chain().focus().addColumnAfter().run() },
  { key: "deleteRow", shortcut: "", run: (e) => e.chain().focus().deleteRow().run() },
  { key: "deleteTable", shortcut: "", run: (e) => e.chain().focus().deleteTable().run() },
];

function ToolButton({ editor, tool, label }: { editor: Editor; tool: Tool; label: string }) {
  const active = useEditorState({ editor, selector: (s) => tool.active?.(s.editor) ?? false });
  return (
    <button
      type="button"
      aria-pressed={tool.active ? active : undefined}
      title={tool.shortcut ? `${label} (${tool.shortcut})` : label}
      aria-keyshortcuts={tool.shortcut ? tool.shortcut.replace("Ctrl", "Control") : undefined}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => tool.run(editor)}
      className={`rounded px-2 py-1 text-sm ${active ? "bg-accent-soft font-semibold text-accent-strong" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {label}
    </button>
  );
}

/** The editor's toolbar: every button names its keyboard shortcut; Ctrl+K opens the link field. */
export function EditorToolbar({
  editor,
  linkOpen,
  onLinkOpen,
}: {
  editor: Editor;
  linkOpen: boolean;
  onLinkOpen: (open: boolean) => void;
}) {
  const t = useTranslations("documents.toolbar");
  const inTable = useEditorState({ editor, selector: (s) => s.editor.isActive("table") });
  return (
    <div
      role="toolbar"
      aria-label={t("label")}
      className="no-print flex flex-wrap items-center gap-1 border-b border-slate-200 px-2 py-1"
    >
      {TOOLS.map((tool) => (
        <ToolButton key={tool.key} editor={editor} tool={tool} label={t(tool.key)} />
      ))}
      <button
        type="button"
        title={`${t("link")} (Ctrl+K)`}
        aria-keyshortcuts="Control+K"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onLinkOpen(!linkOpen)}
        className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
      >
        {t("link")}
      </button>
      {inTable &&
        TABLE_TOOLS.map((tool) => <ToolButton key={tool.key} editor={editor} tool={tool} label={t(tool.key)} />)}
      {linkOpen && <LinkField editor={editor} onClose={() => onLinkOpen(false)} />}
    </div>
  );
}

function LinkField({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("documents.toolbar");
  const [href, setHref] = useState(() => String(editor.getAttributes("link").href ?? ""));
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    if (href.trim() === "") {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      onClose();
      return;
    }
    if (!isAllowedLink(href)) {
      setError(t("linkInvalid"));
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
    onClose();
  };
  return (
    <span className="flex items-center gap-1">
      <label className="sr-only" htmlFor="editor-link">
        {t("linkAddress")}
      </label>
      <input
        id="editor-link"
        // biome-ignore lint/a11y/noAutofocus: opened on purpose by the link button or Ctrl+K
        autoFocus
        value={href}
        onChange={(event) => setHref(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            apply();
          }
          if (event.key === "Escape") onClose();
        }}
        placeholder="https://"
        aria-invalid={error !== null}
        aria-describedby={error ? "editor-link-error" : undefined}
        className="w-56 rounded border border-slate-300 px-2 py-0.5 text-sm"
      />
      <button type="button" onClick={apply} className="rounded bg-accent px-2 py-0.5 text-sm text-white">
        {t("linkApply")}
      </button>
      {error && (
        <span id="editor-link-error" role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
