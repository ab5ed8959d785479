/**
 * The agreement editor as the document page builds it — tiptap with the shared schema and the
 * Collaboration extension on the synced fragment — in a happy-dom window: the DOM of every block
 * is built, but there is no layout or paint (happy-dom has none). The DOM globals exist only
 * while the editor is built, so no other case sees a `window`.
 */
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import { Window } from "happy-dom";
import type * as Y from "yjs";
import { richTextExtensions } from "../lib/editor/extensions";

const GLOBALS = ["window", "document", "navigator", "Node", "HTMLElement", "Element", "MutationObserver"] as const;

/** Milliseconds to construct the editor on `fragment` (its view mounted), and its DOM block count. */
export function timeEditor(fragment: Y.XmlFragment): { ms: number; blocks: number } {
  const win = new Window();
  const scope = globalThis as Record<string, unknown>;
  const saved = GLOBALS.map((key) => [key, Object.getOwnPropertyDescriptor(scope, key)] as const);
  for (const key of GLOBALS) {
    Object.defineProperty(scope, key, { value: (win as unknown as Record<string, unknown>)[key], configurable: true });
  }
  try {
    const element = win.document.createElement("div");
    win.document.body.appendChild(element);
    const start = performance.now();
    const editor = new Editor({
      element: element as unknown as HTMLElement,
      extensions: [...richTextExtensions(), Collaboration.configure({ fragment })],
    });
    const ms = performance.now() - start;
    const blocks = element.querySelector(".ProseMirror")?.children.length ?? 0;
    editor.destroy();
    return { ms, blocks };
  } finally {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(scope, key, descriptor);
      else delete scope[key];
    }
    void win.happyDOM.close();
  }
}
