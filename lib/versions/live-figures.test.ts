import { describe, expect, it } from "vitest";
import { writeFrozenCatalogue } from "@/lib/documents/care-catalogue";
import { buildTemplateState } from "@/lib/documents/templates";
import { docFromState, readVersionContent } from "./content";
import { hasLiveFigures } from "./live-figures";

const contentOf = (template: Parameters<typeof buildTemplateState>[0]) => {
  const doc = docFromState(buildTemplateState(template));
  const content = readVersionContent(doc, "d1");
  doc.destroy();
  return content;
};

describe("hasLiveFigures", () => {
  it("is true for a production-goals agreement or a catalogue before Fastställ, false once frozen or for text documents", () => {
    expect(hasLiveFigures(contentOf("production-goals"))).toBe(true);
    expect(hasLiveFigures(contentOf("care-catalogue"))).toBe(true);
    const frozen = docFromState(buildTemplateState("care-catalogue"));
    writeFrozenCatalogue(frozen, [], new Date("2027-02-15T10:00:00Z"));
    expect(hasLiveFigures(readVersionContent(frozen, "d1"))).toBe(false);
    expect(hasLiveFigures(contentOf("start-agreement"))).toBe(false);
    expect(hasLiveFigures(contentOf("reflection"))).toBe(false);
  });
});
