import { describe, expect, it } from "vitest";
import type { ActivityRowWithId } from "@/lib/board/activity-rows";
import { makeBoard, makeResource } from "@/lib/engine/test-factories";
import type { NumberedRule } from "./check-rules";
import { computePatientShare } from "./patient-share";

const meetingRule: NumberedRule = {
  id: "r1",
  number: 1,
  category: "meetings",
  text: "Högst 4 h möten per vecka för läkare",
  params: { meetingMaxHours: 4, resourceIds: ["lak"] },
};

const row = (fields: Partial<ActivityRowWithId>): ActivityRowWithId => ({
  id: crypto.randomUUID(),
  resourceId: "lak",
  weekday: 3,
  session: "am",
  type: "research",
  hours: 2,
  persons: 4,
  ...fields,
});

describe("computePatientShare", () => {
  it("a meeting rule of 4 h/week for doctors: (40 − 4) / 40 = 90 %; 8 × 40 h × 90 % = 288 h available", () => {
    const board = makeBoard({ resources: [makeResource({ count: 8 })] });
    const share = computePatientShare(board, "lak", [meetingRule], []);
    expect(share).toMatchObject({
      share: 0.9,
      patientHours: 36,
      currentShare: 1,
      availableBefore: 320,
      availableAfter: 288,
    });
    expect(share?.lines).toEqual([
      { source: "rule", type: "meeting", hours: 4, ruleNumber: 1, ruleText: meetingRule.text },
    ]);
  });

  it("lowers capacity once: recomputed on a share already at 90 % it stays 90 % (288 h, not 259,2 h)", () => {
    const board = makeBoard({ resources: [makeResource({ count: 8, utilization: 0.9 })] });
    const share = computePatientShare(board, "lak", [meetingRule], []);
    expect(share).toMatchObject({ share: 0.9, availableBefore: 288, availableAfter: 288 });
  });

  it("adds other non-patient time from the plan: research 2 h × 4 of 8 doctors = 1 h → (40 − 4 − 1) / 40 = 87,5 %", () => {
    const board = makeBoard({ resources: [makeResource({ count: 8 })] });
    const share = computePatientShare(board, "lak", [meetingRule], [row({})]);
    expect(share?.share).toBe(0.875);
    expect(share?.lines.map((l) => [l.source, l.type, l.hours])).toEqual([
      ["rule", "meeting", 4],
      ["plan", "research", 1],
    ]);
  });

  it("counts meeting rows of the plan only when no rule sets meeting time, and never on-call or absence rows", () => {
    const board = makeBoard({ resources: [makeResource({ count: 8 })] });
    const rows = [
      row({ type: "meeting", hours: 3, persons: 8 }),
      row({ type: "on-call", hours: 8, persons: 1 }),
      row({ type: "absence", hours: 4, persons: 8 }),
    ];
    // With the rule: its 4 h replace the plan's 3 h of meetings → 36 / 40.
    expect(computePatientShare(board, "lak", [meetingRule], rows)?.share).toBe(0.9);
    // Without: the plan's 3 h × 8 / 8 = 3 h → 37 / 40 = 92,5 %.
    expect(computePatientShare(board, "lak", [], rows)?.share).toBe(0.925);
  });

  it("a rule for another function does not touch this resource; a rule that leaves no time gives no share", () => {
    const board = makeBoard({
      resources: [makeResource({ count: 8 }), makeResource({ id: "ssk", name: "Sjuksköterska" })],
    });
    expect(computePatientShare(board, "ssk", [meetingRule], [])?.share).toBe(1);
    const all = { ...meetingRule, params: { adminHours: 40, resourceIds: ["lak"] } };
    expect(computePatientShare(board, "lak", [all], [])).toMatchObject({ share: null, availableAfter: null });
  });
});
