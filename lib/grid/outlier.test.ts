import { describe, expect, it } from "vitest";
import { findOutlier, neighbourValues } from "./outlier";

describe("findOutlier", () => {
  it("questions 531 234,5 among weeks of about 53: 10 000 times higher", () => {
    // median of 52, 53, 53, 54, 55 is 53; 531 234,5 / 53 = 10 023 → 10 000 (two significant digits)
    expect(findOutlier(531234.5, [52, 53, 53, 54, 55])).toEqual({ direction: "higher", ratio: 10000 });
  });

  it("questions a value ten times lower, e.g. 5,3 for 53", () => {
    expect(findOutlier(5.3, [53, 53, 53])).toEqual({ direction: "lower", ratio: 10 });
  });

  it("leaves ordinary changes, zeros and thin rows alone", () => {
    expect(findOutlier(120, [53, 53, 53])).toBeNull(); // 2,3 times: a busy week, not a typo
    expect(findOutlier(0, [53, 53, 53])).toBeNull();
    expect(findOutlier(5000, [53, 53])).toBeNull(); // too few neighbours to judge
    expect(findOutlier(5000, [0, 0, 0, 0])).toBeNull();
  });
});

describe("neighbourValues", () => {
  it("takes up to eight filled cells on each side, not the cell itself", () => {
    const row = [1, null, 3, 4, 99, 6, null, 8];
    expect(neighbourValues(row, 4).sort((a, b) => a - b)).toEqual([1, 3, 4, 6, 8]);
  });
});
