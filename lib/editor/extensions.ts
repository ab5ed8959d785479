import type { AnyExtension } from "@tiptap/core";
import { TaskItem, TaskList } from "@tiptap/extension-list";
import Mention, { type MentionOptions } from "@tiptap/extension-mention";
import { TableKit } from "@tiptap/extension-table";
import { Placeholder, type PlaceholderOptions } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";

/** Options only the browser editor has (suggestion popup, placeholder texts); the schema is the same without them. */
export interface RichTextOptions {
  mentionSuggestion?: MentionOptions["suggestion"];
  placeholder?: PlaceholderOptions["placeholder"];
}

/** Link targets the schema keeps: web and mail only (no javascript:, data: or file:). */
export function isAllowedLink(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim());
}

/**
 * The rich-text schema every collaborative document uses (agreements, rules, reflections, notes):
 * headings (levels 2–3), lists, task lists, tables, links, @mentions of board members. Shared by
 * the browser editor and by server code that reads or writes the same Y.XmlFragment, so both sides
 * agree on node and mark names. Undo/redo is off: Yjs' per-user undo replaces it.
 */
export function richTextExtensions(options: RichTextOptions = {}): AnyExtension[] {
  const extensions: AnyExtension[] = [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["mailto"],
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
      },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit.configure({ table: { resizable: false } }),
    Mention.configure({
      HTMLAttributes: { class: "mention" },
      renderText: ({ node }) => `@${node.attrs.label ?? node.attrs.id}`,
      ...(options.mentionSuggestion ? { suggestion: options.mentionSuggestion } : {}),
    }),
  ];
  if (options.placeholder) {
    extensions.push(Placeholder.configure({ placeholder: options.placeholder, showOnlyCurrent: false }));
  }
  return extensions;
}
