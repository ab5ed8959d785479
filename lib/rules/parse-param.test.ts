import { describe, expect, it } from "vitest";
import { parseRuleParam } from "./parse-param";
import { ruleParamsSchema } from "./rule-schema";

describe("parseRuleParam", () => {
  it("refuses '12 veckor' in a number field and accepts 12", () => {
    expect(parseRuleParam("leadTimeWeeks", "12 veckor")).toEqual({
      ok: false,
      code: "rulesErrors.integer",
      values: { text: "12 veckor" },
    });
    expect(parseRuleParam("leadTimeWeeks", "12")).toEqual({ ok: true, value: 12 });
  });

  it("reads Swedish decimals and refuses values out of range", () => {
    expect(parseRuleParam("meetingMaxHours", "3,5")).toEqual({ ok: true, value: 3.5 });
    expect(parseRuleParam("educationMaxSharePct", "120")).toMatchObject({ ok: false, code: "rulesErrors.range" });
    expect(parseRuleParam("leadTimeWeeks", "2,5")).toMatchObject({ ok: false, code: "rulesErrors.integer" });
  });

  it("reads weekdays as numbers, ranges and Swedish names, and refuses weekday 8", () => {
    expect(parseRuleParam("adminMinimalDays", "mån–tis")).toEqual({ ok: true, value: [1, 2] });
    expect(parseRuleParam("adminMinimalDays", "1-3, fredag")).toEqual({ ok: true, value: [1, 2, 3, 5] });
    expect(parseRuleParam("adminMinimalDays", "8")).toEqual({
      ok: false,
      code: "rulesErrors.weekdayRange",
      values: { day: 8 },
    });
    expect(parseRuleParam("meetingDays", "måndagar")).toMatchObject({ ok: false, code: "rulesErrors.weekday" });
  });

  it("reads sessions and dates, and clears on an empty field", () => {
    expect(parseRuleParam("meetingSessions", "em")).toEqual({ ok: true, value: ["pm"] });
    expect(parseRuleParam("vacationDecisionDate", "2027-02-30")).toMatchObject({
      ok: false,
      code: "rulesErrors.date",
    });
    expect(parseRuleParam("vacationDecisionDate", "2027-02-28")).toEqual({ ok: true, value: "2027-02-28" });
    expect(parseRuleParam("slotMinutes", "  ")).toEqual({ ok: true, value: undefined });
  });

  it("the stored schema refuses what the parser refuses", () => {
    expect(ruleParamsSchema.safeParse({ meetingDays: [8] }).success).toBe(false);
    expect(ruleParamsSchema.safeParse({ leadTimeWeeks: "12 veckor" }).success).toBe(false);
    expect(ruleParamsSchema.safeParse({ leadTimeWeeks: 12, adminMinimalDays: [1, 2] }).success).toBe(true);
  });
});
