import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import sv from "@/messages/sv/audit-events.json";
import { auditEventsToCsv } from "./csv";
import { type AuditTranslate, describeAuditType } from "./describe";

const t = createTranslator({ locale: "sv", messages: sv, namespace: "auditEvents" }) as unknown as AuditTranslate;
const label = (type: string) => describeAuditType(type, t);

describe("auditEventsToCsv", () => {
  it("writes one quoted row per event, names for people, and neutralises formulas", () => {
    const boardId = "00000000-0000-4000-8000-000000000001";
    const csv = auditEventsToCsv(
      [
        {
          userId: "u1",
          createdAt: new Date("2027-03-12T09:30:00Z"),
          event: {
            type: "signoff.withdrawn",
            data: {
              boardId,
              docId: "",
              versionId: boardId,
              roundId: boardId,
              level: "taktisk",
              reason: '=fel "underlag"',
            },
          },
        },
      ],
      new Map([["u1", "Anna Berg"]]),
      label,
    );
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toBe('"tid","person","händelse","beskrivning","uppgifter"');
    expect(
      row.startsWith('"2027-03-12T09:30:00.000Z","Anna Berg","signoff.withdrawn","Signatur tillbakadragen","{'),
    ).toBe(true);
    expect(row).toContain('""reason"":""=fel \\""underlag\\""""');
    const formula = auditEventsToCsv(
      [{ userId: "u2", createdAt: new Date(0), event: { type: "password.changed", data: { userId: boardId } } }],
      new Map([["u2", "=HYPERLINK(1)"]]),
      label,
    );
    expect(formula).toContain(`"'=HYPERLINK(1)"`);
  });
});
