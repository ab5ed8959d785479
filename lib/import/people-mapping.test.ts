import { describe, expect, it } from "vitest";
import { guessPeopleMapping, mapPeopleRows } from "./people-mapping";

describe("people import mapping", () => {
  it("guesses Swedish and English headers and maps rows, skipping excluded and blank ones", () => {
    const mapping = guessPeopleMapping(["Namn", "E-post", "Nivå", "Verksamhet", "Övrigt"]);
    expect(mapping).toEqual({ name: 0, email: 1, level: 2, unit: 3, title: null });
    const table = {
      headers: [],
      rows: [
        ["Ada", "ada@x.se", "taktisk", "Ortopedi", "x"],
        ["", "", "", "", ""],
        ["Bo", "bo@x.se", "operativ", "Kirurgi", null],
      ],
    };
    expect(mapPeopleRows(table, mapping, new Set([1]))).toEqual([
      { row: 3, name: "Bo", email: "bo@x.se", level: "operativ", unit: "Kirurgi", title: "" },
    ]);
  });
});
