"use client";

import { Extension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { colorForUser } from "@/lib/board/protocol";
import { DOCUMENT_FRAGMENT } from "@/lib/documents/doc-content";
import { richTextExtensions } from "@/lib/editor/extensions";
import { sanitizePastedHtml } from "@/lib/editor/sanitize-paste";
import "./document-editor.css";
import { EditorToolbar } from "./editor-toolbar";
import { createMentionSuggestion, type MentionMember } from "./mention-suggestion";
import { createPromptPlaceholders, type PlaceholderFor } from "./prompt-placeholders";
import { renderCaret } from "./render-caret";
import { type DocumentRoom, useDocumentState } from "./use-document-room";

export type { PlaceholderFor };

const parseHtml = (html: string) => new DOMParser().parseFromString(html, "text/html");

/**
 * The collaborative rich-text editor of one board document, bound to the document's
 * Y.XmlFragment in its own room: toolbar with shortcuts, others' carets with names, @mentions of
 * board members, paste sanitised to the schema. Read-only when the server says so (viewers,
 * commenters) and once the document has reached its size limit.
 */
export function DocumentEditor(props: {
  room: DocumentRoom;
  label: string;
  members: MentionMember[];
  placeholderFor?: PlaceholderFor;
  readOnly?: boolean;
  /** Another Y.XmlFragment of the document (e.g. an area's note); default the main text. */
  fragment?: string;
  /** Carets of others; off for the small notes beside the main text (one caret per room). */
  carets?: boolean;
  /** A smaller editor without the toolbar (notes, checklist answers). */
  compact?: boolean;
  /** Why the text cannot be changed, shown instead of the general read-only note (a decided document). */
  readOnlyNote?: string;
}) {
  const { room } = props;
  const board = useBoardRoom();
  const t = useTranslations("documents.editor");
  const state = useDocumentState(room);
  const [tooLarge, setTooLarge] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const members = useRef(props.members);
  members.current = props.members;
  const placeholderFor = useRef(props.placeholderFor);
  placeholderFor.current = props.placeholderFor;
  useEffect(() => {
    if (state.error === "doc-too-large") setTooLarge(true);
  }, [state.error]);
  const canEdit = board.canEdit && !state.readOnly && !tooLarge && !props.readOnly;
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: canEdit,
      extensions: [
        ...richTextExtensions({
          mentionSuggestion: createMentionSuggestion(() => members.current, t("mentions")),
        }),
        createPromptPlaceholders(
          () => placeholderFor.current,
          () => t("empty"),
        ),
        Collaboration.configure({ fragment: room.doc.getXmlFragment(props.fragment ?? DOCUMENT_FRAGMENT) }),
        ...(props.carets === false
          ? []
          : [
              CollaborationCaret.configure({
                provider: room.connection.provider,
                user: { id: board.userId, name: board.userName, color: colorForUser(board.userId) },
                render: renderCaret,
              }),
            ]),
        Extension.create({
          name: "linkShortcut",
          addKeyboardShortcuts: () => ({
            "Mod-k": () => {
              setLinkOpen(true);
              return true;
            },
          }),
        }),
      ],
      editorProps: {
        transformPastedHTML: (html) => sanitizePastedHtml(html, parseHtml),
        attributes: {
          "aria-label": props.label,
          "aria-multiline": "true",
          role: "textbox",
          class: `prose-editor document-editor ${props.compact ? "min-h-16 px-2 py-1" : "min-h-64 px-4 py-3"} focus:outline-none`,
        },
      },
    },
    [room.doc, room.connection, props.fragment],
  );
  useEffect(() => {
    editor?.setEditable(canEdit);
  }, [editor, canEdit]);
  return (
    <div className="rounded-md border border-slate-300 bg-white" data-save-status={state.status}>
      {editor && canEdit && !props.compact && (
        <EditorToolbar editor={editor} linkOpen={linkOpen} onLinkOpen={setLinkOpen} />
      )}
      {tooLarge && (
        <p role="alert" className="border-b border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("tooLarge")}
        </p>
      )}
      {!canEdit && !tooLarge && !props.compact && (
        <p
          className="no-print border-b border-slate-200 bg-slate-50 px-3 py-1 text-xs text-slate-600"
          data-testid="editor-readonly"
        >
          {props.readOnly && props.readOnlyNote ? props.readOnlyNote : t("readOnly")}
        </p>
      )}
      <EditorContent editor={editor} data-testid="document-editor" />
    </div>
  );
}
