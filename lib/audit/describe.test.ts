import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/audit-events.json";
import sv from "@/messages/sv/audit-events.json";
import {
  type AuditTranslate,
  describeAuditDetails,
  describeAuditType,
  formatAuditDetails,
  listAuditEventTypes,
  listAuditPersonIds,
} from "./describe";

const svT = createTranslator({ locale: "sv", messages: sv, namespace: "auditEvents" }) as unknown as AuditTranslate;
const enT = createTranslator({ locale: "en", messages: en, namespace: "auditEvents" }) as unknown as AuditTranslate;
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe("audit event labels", () => {
  it("has a Swedish and an English label for every event type of the union", () => {
    const types = listAuditEventTypes();
    expect(types).toContain("board.seeded");
    expect(types).toContain("strategic-measure.status-changed");
    expect(types.length).toBeGreaterThan(55);
    const missing = types.flatMap((type) =>
      [svT, enT].flatMap((t, i) => (t.has(`types.${type}`) ? [] : [`${i ? "en" : "sv"}: ${type}`])),
    );
    expect(missing).toEqual([]);
    expect(describeAuditType("board.seeded", svT)).toBe("Exempeltavla skapad");
    expect(describeAuditType("board.seeded", enT)).toBe("Example board created");
  });

  it("falls back to the code of an unknown (legacy) type", () => {
    expect(describeAuditType("board.renamed-long-ago", svT)).toBe("board.renamed-long-ago");
  });
});

describe("describeAuditDetails", () => {
  const names = new Map([
    [id(2), "Anna Berg"],
    [id(3), "Per Lind"],
  ]);

  it("names people, translates values, joins from → to and leaves ids out", () => {
    const data = { boardId: id(1), memberId: id(2), from: "viewer", to: "editor" };
    expect(formatAuditDetails(describeAuditDetails(data, svT, names, "sv"))).toBe(
      "Medlem: Anna Berg · Ändring: läsare → redigerare",
    );
    expect(formatAuditDetails(describeAuditDetails(data, enT, names, "en"))).toBe(
      "Member: Anna Berg · Change: viewer → editor",
    );
  });

  it("writes numbers in the UI language and never shows JSON", () => {
    const imported = { boardId: id(1), name: "Ortopedi 2027", bytes: 123456 };
    // sv-SE groups thousands with a no-break space.
    expect(formatAuditDetails(describeAuditDetails(imported, svT, names, "sv"))).toBe(
      "Namn: Ortopedi 2027 · Storlek: 123\u00a0456 byte",
    );
    expect(formatAuditDetails(describeAuditDetails(imported, enT, names, "en"))).toBe(
      "Name: Ortopedi 2027 · Size: 123,456 bytes",
    );
    const decided = { boardId: id(1), docId: "", versionId: id(1), decisionId: id(4), gapHours: 12.5 };
    expect(formatAuditDetails(describeAuditDetails(decided, svT, names, "sv"))).toBe("Kvarstående brist: 12,5 h");
    const comment = { boardId: id(1), threadId: id(5), commentId: id(6), isNewThread: true, mentions: [id(3), id(2)] };
    const text = formatAuditDetails(describeAuditDetails(comment, svT, names, "sv"));
    expect(text).toBe("Ny tråd: ja · Nämner: Per Lind, Anna Berg");
    expect(text).not.toMatch(/[{}"]/);
    expect(listAuditPersonIds([{ userId: id(2), event: { data: comment } }])).toEqual([id(2), id(3)]);
  });

  it("describes nested changes and lists of levels in words", () => {
    const profile = { userId: id(2), changes: { name: "Anna B. Berg", locale: "en" } };
    expect(formatAuditDetails(describeAuditDetails(profile, svT, names, "sv"))).toBe(
      "Person: Anna Berg · Ändringar: Namn: Anna B. Berg, Språk: en",
    );
    const rules = { boardId: id(1), docId: "d", levels: ["taktisk", "strategisk"] };
    expect(formatAuditDetails(describeAuditDetails(rules, enT, names, "en"))).toBe("Levels: tactical, strategic");
  });
});
