import { describe, expect, it } from "vitest";
import type { ActivityRowWithId } from "@/lib/board/activity-rows";
import { computeBoard, type PksBoard } from "@/lib/engine";
import { makeBoard, makeObject, makeResource } from "@/lib/engine/test-factories";
import { checkRules, type NumberedRule } from "./check-rules";
import type { RuleParams } from "./rule-schema";

const rule = (number: number, params: RuleParams, text = "regel"): NumberedRule => ({
  id: `r${number}`,
  number,
  category: "other",
  text,
  params,
});

let next = 0;
const row = (fields: Partial<ActivityRowWithId>): ActivityRowWithId => ({
  id: `a${next++}`,
  resourceId: "lak",
  weekday: 1,
  session: "am",
  type: "meeting",
  hours: 2,
  persons: 8,
  ...fields,
});

const doctors = makeResource({ count: 8 });

function check(board: PksBoard, rules: NumberedRule[], activities: ActivityRowWithId[]) {
  return checkRules({ board, result: computeBoard(board), rules, activities });
}

describe("checkRules", () => {
  const board = makeBoard({ resources: [doctors] });

  it("flags administration on Tuesday morning under 'ingen administration måndag–tisdag', not on Wednesday", () => {
    const rules = [
      rule(1, {}),
      rule(2, {}),
      rule(3, { adminMinimalDays: [1, 2] }, "ingen administration måndag–tisdag"),
    ];
    const findings = check(board, rules, [
      row({ type: "administration", weekday: 2, session: "am" }),
      row({ type: "administration", weekday: 3, session: "am" }),
    ]);
    expect(findings).toEqual([
      {
        severity: "violation",
        code: "placement",
        ruleNumber: 3,
        values: {
          activity: "administration",
          weekday: 2,
          session: "am",
          resource: "Läkare",
          rule: "ingen administration måndag–tisdag",
          number: 3,
        },
      },
    ]);
  });

  it("flags meetings on other days or sessions than allowed, and more meeting hours per person than the maximum", () => {
    const rules = [rule(1, { meetingMaxHours: 4, meetingDays: [2, 4], meetingSessions: ["pm"] })];
    // Tue pm 2 h × 8 persons + Thu am 3 h × 8 persons = 40 h over 8 doctors = 5 h per person > 4.
    const findings = check(board, rules, [
      row({ weekday: 2, session: "pm", hours: 2 }),
      row({ weekday: 4, session: "am", hours: 3 }),
    ]);
    expect(findings.map((f) => [f.code, f.values.weekday ?? f.values.hours])).toEqual([
      ["placement", 4],
      ["meetingHours", 5],
    ]);
  });

  it("flags more than the allowed share away for education at once: 3 of 8 = 37,5 % > 25 %", () => {
    const findings = check(
      board,
      [rule(1, { educationMaxSharePct: 25 })],
      [
        row({ type: "education", weekday: 3, persons: 2 }),
        row({ type: "education", weekday: 3, persons: 1 }),
        row({ type: "education", weekday: 4, persons: 2 }),
      ],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "educationShare", values: { weekday: 3, persons: 3, pct: 37.5 } });
  });

  it("flags administration in a session with patient slots when they are kept apart", () => {
    const withSchedule = makeBoard({
      resources: [doctors],
      schedule: [{ resourceId: "lak", weekday: 1, session: "am", planningObjectId: "p", slots: 4 }],
    });
    const findings = check(
      withSchedule,
      [rule(1, { adminApart: true })],
      [
        row({ type: "administration", weekday: 1, session: "am" }),
        row({ type: "administration", weekday: 1, session: "pm" }),
      ],
    );
    expect(findings.map((f) => [f.code, f.values.weekday, f.values.session])).toEqual([["adminMixed", 1, "am"]]);
  });

  it("flags a time per activity that is no whole number of slots: 45 min against 30 min slots", () => {
    const slotted = makeBoard({
      resources: [doctors],
      planningObjects: [
        makeObject({ timePerActivity: { lak: 0.75 } }),
        makeObject({ id: "q", service: "Återbesök", timePerActivity: { lak: 0.5 } }),
      ],
      schedule: [
        { resourceId: "lak", weekday: 1, session: "am", planningObjectId: "p", slots: 4 },
        { resourceId: "lak", weekday: 1, session: "pm", planningObjectId: "q", slots: 4 },
      ],
    });
    const findings = check(slotted, [rule(1, { slotMinutes: 30 })], []);
    expect(findings.map((f) => [f.code, f.values.object, f.values.minutes])).toEqual([["slotLength", "Nybesök", 45]]);
  });

  it("flags a schedule level under 100 % + the sick-leave buffer: 10 slots for a plan of 10 a week is 100 % < 105 %", () => {
    // 520 a year = 10 a week, 1 h each; 8 × 40 h is plenty, so the plan is 10 a week.
    const scheduled = makeBoard({
      resources: [doctors],
      schedule: [{ resourceId: "lak", weekday: 1, session: "am", planningObjectId: "p", slots: 10 }],
    });
    const findings = check(scheduled, [rule(1, { coverageMinPct: 100, sickBufferPct: 5 })], []);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "scheduleLevel", values: { coverage: 100, required: 105 } });
    const enough = { ...scheduled, schedule: [{ ...scheduled.schedule![0], slots: 11 }] };
    expect(check(enough, [rule(1, { coverageMinPct: 100, sickBufferPct: 5 })], [])).toEqual([]);
  });

  it("flags a manager's decision date before the last day for vacation requests", () => {
    const findings = check(
      board,
      [rule(1, { vacationRequestDeadline: "2027-03-31", vacationDecisionDate: "2027-03-15" })],
      [],
    );
    expect(findings.map((f) => f.code)).toEqual(["vacationOrder"]);
  });

  it("states when the schedule must be fixed: 12 weeks before 2027-W01 is 2026-W42 (2026 has 53 weeks)", () => {
    const findings = check(board, [rule(1, { leadTimeWeeks: 12 })], []);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "info",
        code: "leadTime",
        values: expect.objectContaining({ fixBy: "2026-W42" }),
      }),
    ]);
  });
});

describe("acute coverage", () => {
  // Daily demand [10, 12, 8, 15, 9] at 80 %: sorted 8, 9, 10, 12, 15; k = ceil(0,8 · 5) = 4 → 12 per day, 5 days.
  const acute = makeObject({
    id: "akut",
    service: "Akuta besök",
    annualVolume: undefined,
    acute: { dailyDemand: [10, 12, 8, 15, 9], coveragePct: 80, daysPerWeek: 5 },
    timePerActivity: { lak: 0.5 },
  });
  const slots = (weekday: number, n: number) => ({
    resourceId: "lak",
    weekday,
    session: "am" as const,
    planningObjectId: "akut",
    slots: n,
  });
  const board = makeBoard({
    resources: [makeResource({ count: 8 })],
    planningObjects: [acute],
    schedule: [slots(1, 12), slots(2, 10), slots(3, 12), slots(4, 12), slots(5, 12)],
  });

  it("flags Tuesday's 10 acute slots against the dimensioned 12 a day, and the object as not covered", () => {
    const findings = check(board, [], []);
    expect(findings.map((f) => [f.severity, f.code, f.values.weekday ?? f.values.total])).toEqual([
      ["violation", "acuteShortDay", 2],
      ["violation", "acuteNotCovered", 58],
    ]);
    expect(findings[1].values).toMatchObject({ dimension: 12, need: 60, days: 5 });
  });

  it("counts on-call rows that take the acute object: 2 more on Tuesday cover the need", () => {
    const onCall = row({ type: "on-call", weekday: 2, session: "pm", planningObjectId: "akut", slots: 2 });
    const findings = check(board, [], [onCall]);
    expect(findings).toEqual([
      expect.objectContaining({ severity: "ok", code: "acuteCovered", values: expect.objectContaining({ total: 60 }) }),
    ]);
  });
});
