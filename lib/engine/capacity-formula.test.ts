import { describe, expect, it } from "vitest";
import { capacityFormula, computeCapacityFormula } from "./capacity-formula";

describe("capacity formula K = P_res · t_res · N / t_med", () => {
  it("computes activities per period", () => {
    // 4 rooms × 30 h × 0.75 / 1.5 h = 60 operations
    expect(capacityFormula({ resources: 4, availableTime: 30, utilization: 0.75, meanTime: 1.5 })).toBe(60);
    // 8 doctors × 40 h × 0.5 / 0.5 h = 320 visits
    expect(computeCapacityFormula({ resources: 8, availableTime: 40, utilization: 0.5, meanTime: 0.5 })).toEqual({
      ok: true,
      capacity: 320,
    });
  });

  it.each([
    [{ resources: -1, availableTime: 30, utilization: 0.75, meanTime: 1 }, "resources (P_res): must be ≥ 0"],
    [{ resources: 1, availableTime: -30, utilization: 0.75, meanTime: 1 }, "availableTime (t_res): must be ≥ 0"],
    [{ resources: 1, availableTime: 30, utilization: 0, meanTime: 1 }, "utilization (N): must be in (0, 1]"],
    [{ resources: 1, availableTime: 30, utilization: 1.2, meanTime: 1 }, "utilization (N): must be in (0, 1]"],
    [{ resources: 1, availableTime: 30, utilization: 1, meanTime: 0 }, "meanTime (t_med): must be > 0"],
    [
      { resources: Number.NaN, availableTime: 30, utilization: 1, meanTime: 1 },
      "resources (P_res): must be a finite number",
    ],
  ])("rejects %o", (input, error) => {
    expect(computeCapacityFormula(input)).toEqual({ ok: false, error });
    expect(() => capacityFormula(input)).toThrow(error);
  });
});
