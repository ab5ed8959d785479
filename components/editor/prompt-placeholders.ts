import { Extension } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** Placeholder text for an empty top-level block, given the nearest heading above it ("" = none). */
export type PlaceholderFor = (node: PmNode, headingAbove: string | null) => string;

/**
 * Shows prompts (e.g. the seed's examples) in empty paragraphs, chosen by the heading above them,
 * as `data-placeholder` on the block (styled in document-editor.css). Decorations are computed
 * from the state being drawn, so they are right from the first synced document on.
 */
export function createPromptPlaceholders(placeholderFor: () => PlaceholderFor | undefined, emptyText: () => string) {
  return Extension.create({
    name: "promptPlaceholders",
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: new PluginKey("promptPlaceholders"),
          props: {
            decorations(state) {
              const decorations: Decoration[] = [];
              const doc = state.doc;
              const onlyEmpty = doc.childCount === 1 && doc.firstChild?.content.size === 0;
              let heading: string | null = null;
              doc.forEach((node, offset) => {
                if (node.type.name === "heading") heading = node.textContent;
                if (!node.isTextblock || node.content.size > 0 || node.type.name === "heading") return;
                const text = onlyEmpty ? emptyText() : (placeholderFor()?.(node, heading) ?? "");
                if (text) {
                  decorations.push(
                    Decoration.node(offset, offset + node.nodeSize, { class: "is-empty", "data-placeholder": text }),
                  );
                }
              });
              return DecorationSet.create(doc, decorations);
            },
          },
        }),
      ];
    },
  });
}
