"use client";

import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { richTextFragment } from "@/lib/board/doc-model";
import { colorForUser } from "@/lib/board/protocol";
import { richTextExtensions } from "@/lib/editor/extensions";
import { renderCaret } from "./render-caret";

/**
 * A rich-text field of the board (a Y.XmlFragment in the board's document), edited together with
 * others' carets and names shown; read-only for those who may not edit.
 */
export function CollaborativeEditor({ fragmentKey, label }: { fragmentKey: string; label: string }) {
  const room = useBoardRoom();
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: room.canEdit,
      extensions: [
        ...richTextExtensions(),
        Collaboration.configure({ fragment: richTextFragment(room.doc, fragmentKey) }),
        CollaborationCaret.configure({
          provider: room.connection.provider,
          user: { id: room.userId, name: room.userName, color: colorForUser(room.userId) },
          render: renderCaret,
        }),
      ],
      editorProps: {
        attributes: {
          "aria-label": label,
          "aria-multiline": "true",
          role: "textbox",
          class: "prose-editor min-h-32 rounded-md border border-slate-300 bg-white px-3 py-2 focus:outline-none",
        },
      },
    },
    [room.doc, room.connection, fragmentKey],
  );
  useEffect(() => {
    editor?.setEditable(room.canEdit);
  }, [editor, room.canEdit]);
  return <EditorContent editor={editor} data-testid={`editor-${fragmentKey}`} />;
}
