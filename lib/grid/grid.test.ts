import { describe, expect, it } from "vitest";
import { clampPos, moveBy, planFillDown, planPaste, rangeBetween, rangeContains, rangeSize } from "./selection";
import { formatTsv, parseTsv } from "./tsv";

describe("parseTsv", () => {
  it("reads Excel's clipboard: tabs, CRLF and the trailing newline that is not a row", () => {
    expect(parseTsv("1\t2\t3\r\n4\t5\t6\r\n")).toEqual([
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
  });

  it("keeps empty cells and a last row without newline", () => {
    expect(parseTsv("a\t\tc\n\tx")).toEqual([
      ["a", "", "c"],
      ["", "x"],
    ]);
  });

  it("unquotes cells holding tabs, newlines and doubled quotes", () => {
    expect(parseTsv('"a\tb"\t"line1\nline2"\t"say ""hi"""\n')).toEqual([["a\tb", "line1\nline2", 'say "hi"']]);
  });

  it("treats a quote inside a cell literally", () => {
    expect(parseTsv('12"\t"x"y')).toEqual([['12"', '"x"y']]);
  });

  it("gives no rows for empty text and one empty cell for a lone newline", () => {
    expect(parseTsv("")).toEqual([]);
    expect(parseTsv("\n")).toEqual([[""]]);
  });

  it("round-trips what formatTsv writes", () => {
    const rows = [
      ["1 234,5", "a\tb", 'q"'],
      ["", "x\ny", "z"],
    ];
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
    expect(parseTsv(`${formatTsv(rows)}\n`)).toEqual(rows);
  });
});

describe("selection geometry", () => {
  it("spans a range between anchor and active cell in any direction", () => {
    const range = rangeBetween({ row: 5, col: 1 }, { row: 2, col: 4 });
    expect(range).toEqual({ top: 2, bottom: 5, left: 1, right: 4 });
    expect(rangeSize(range)).toBe(16);
    expect(rangeContains(range, { row: 3, col: 4 })).toBe(true);
    expect(rangeContains(range, { row: 6, col: 4 })).toBe(false);
  });

  it("stops at the grid's edges", () => {
    expect(moveBy({ row: 0, col: 0 }, -1, -1, 10, 10)).toEqual({ row: 0, col: 0 });
    expect(moveBy({ row: 9, col: 9 }, 1, 1, 10, 10)).toEqual({ row: 9, col: 9 });
    expect(clampPos({ row: 50, col: -3 }, 10, 4)).toEqual({ row: 9, col: 0 });
  });
});

describe("planPaste", () => {
  const block = parseTsv("1\t2\t3\n4\t5\t6\n");

  it("lands a block with its corner on the active cell", () => {
    const { cells, clipped } = planPaste(block, { row: 1, col: 1 }, 10, 10);
    expect(clipped).toBe(false);
    expect(cells).toHaveLength(6);
    expect(cells[0]).toEqual({ row: 1, col: 1, text: "1" });
    expect(cells[5]).toEqual({ row: 2, col: 3, text: "6" });
  });

  it("clips cells that would fall outside the grid and says so", () => {
    const { cells, clipped } = planPaste(block, { row: 9, col: 8 }, 10, 10);
    expect(clipped).toBe(true);
    expect(cells).toEqual([
      { row: 9, col: 8, text: "1" },
      { row: 9, col: 9, text: "2" },
    ]);
  });

  it("fills a selection with a single pasted value, as Excel does", () => {
    const { cells } = planPaste([["7"]], { row: 0, col: 0 }, 10, 10, { top: 0, left: 0, bottom: 1, right: 2 });
    expect(cells).toHaveLength(6);
    expect(cells.every((c) => c.text === "7")).toBe(true);
  });
});

describe("planFillDown", () => {
  it("copies the top row into every row below it", () => {
    const moves = planFillDown({ top: 2, left: 0, bottom: 4, right: 1 });
    expect(moves).toHaveLength(4);
    expect(moves).toContainEqual({ from: { row: 2, col: 1 }, to: { row: 4, col: 1 } });
  });
});
