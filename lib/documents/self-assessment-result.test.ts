import { describe, expect, it } from "vitest";
import { SELF_ASSESSMENT_AREAS } from "@/lib/templates/self-assessment";
import { changedStatements, readArea } from "./self-assessment-result";

const area = SELF_ASSESSMENT_AREAS[4]; // three statements: c5.1–c5.3

describe("readArea", () => {
  it("follows the reading rule of lines 1060–1070 without a score", () => {
    expect(area.statements.map((s) => s.id)).toEqual(["c5.1", "c5.2", "c5.3"]);
    const reading = readArea(area, {
      "c5.1": "Instämmer inte alls",
      "c5.2": "Vet ej/ej relevant",
      "c5.3": "Instämmer delvis",
    });
    expect(reading.develop).toEqual(["c5.1", "c5.2"]);
    expect(reading.deeper).toEqual(["c5.3"]);
    expect(reading.keep).toEqual([]);
    expect(reading.counts).toEqual({
      "Instämmer i hög grad": 0,
      "Instämmer delvis": 1,
      "Instämmer inte alls": 1,
      "Vet ej/ej relevant": 1,
    });
  });

  it("lists unanswered statements and keeps 'Instämmer i hög grad' apart", () => {
    const reading = readArea(area, { "c5.2": "Instämmer i hög grad" });
    expect(reading.keep).toEqual(["c5.2"]);
    expect(reading.unanswered).toEqual(["c5.1", "c5.3"]);
  });
});

describe("changedStatements", () => {
  it("names the statements whose answer changed between rounds", () => {
    expect(
      changedStatements(
        area,
        { "c5.1": "Instämmer delvis" },
        { "c5.1": "Instämmer i hög grad", "c5.3": "Instämmer delvis" },
      ),
    ).toEqual(["c5.1", "c5.3"]);
    expect(changedStatements(area, { "c5.1": "Instämmer delvis" }, { "c5.1": "Instämmer delvis" })).toEqual([]);
  });
});
