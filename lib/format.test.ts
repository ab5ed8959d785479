import { afterEach, describe, expect, it } from "vitest";
import { formatPeriod, formatWeekInText, formatWeekShort, formatWeekWithYear, setFormatLocale } from "./format";

afterEach(() => setFormatLocale("sv"));

describe("week labels per UI language", () => {
  it("writes Swedish weeks as v. 27", () => {
    setFormatLocale("sv");
    expect(formatWeekShort("2027-W27")).toBe("v. 27");
    expect(formatWeekWithYear("2027-W05")).toBe("v. 5 2027");
    expect(formatWeekInText("2027-W27")).toBe("v. 27");
  });

  it("writes English weeks as wk 27 in headers and week 27 in sentences, never v.", () => {
    setFormatLocale("en");
    expect(formatWeekShort("2027-W27")).toBe("wk 27");
    expect(formatWeekWithYear("2027-W05")).toBe("wk 5 2027");
    expect(formatWeekInText("2027-W27")).toBe("week 27");
  });

  it("labels tertials, quarters and months in both languages", () => {
    expect(formatPeriod("2027-T2")).toBe("T2 2027");
    expect(formatPeriod("2027-Q3")).toBe("kv. 3 2027");
    expect(formatPeriod("2027-01", false)).toBe("jan");
    setFormatLocale("en");
    expect(formatPeriod("2027-Q3")).toBe("Q3 2027");
    expect(formatPeriod("2027-01")).toBe("Jan 2027");
  });
});
