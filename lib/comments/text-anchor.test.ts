import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { commentAnchorSchema } from "./anchor";
import { encodeTextRange, resolveTextRange } from "./text-anchor";

function docWith(text: string): { doc: Y.Doc; type: Y.Text } {
  const doc = new Y.Doc();
  const type = doc.getText("t");
  type.insert(0, text);
  return { doc, type };
}

describe("text-range anchors", () => {
  it("follow the text when someone types before it, and pass the anchor schema", () => {
    const { doc, type } = docWith("Vi ska anställa två läkare.");
    const range = encodeTextRange(type, 16, 26); // "två läkare"
    expect(
      commentAnchorSchema.safeParse({ kind: "text", docId: crypto.randomUUID(), ...range, quote: "två läkare" })
        .success,
    ).toBe(true);
    // Another person, in another replica, types "Region: " at the start.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText("t").insert(0, "Region: ");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const resolved = resolveTextRange(doc, range);
    expect(resolved).toEqual({ from: 24, to: 34 });
    expect(type.toString().slice(resolved!.from, resolved!.to)).toBe("två läkare");
  });

  it("resolve to null when the commented text was deleted", () => {
    const { doc, type } = docWith("Behåll detta. Ta bort detta.");
    const range = encodeTextRange(type, 14, 28);
    type.delete(14, 14);
    expect(resolveTextRange(doc, range)).toBeNull();
  });
});
