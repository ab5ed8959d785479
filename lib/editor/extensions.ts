import StarterKit from "@tiptap/starter-kit";

/**
 * The rich-text schema every collaborative document uses (agreements, rules, reflections, notes).
 * Shared by the browser editor and by server code that reads or writes the same Y.XmlFragment,
 * so both sides agree on node and mark names. Undo/redo is off: Yjs' per-user undo replaces it.
 */
export function richTextExtensions() {
  return [StarterKit.configure({ undoRedo: false, heading: { levels: [2, 3] }, link: false })];
}
