import type { BoardOverrides } from "./fixtures";

/** A small board whose planning object "Nybesök läkare" has something in every place a removal touches. */
export function smallBoard(): BoardOverrides {
  return {
    horizon: { start: "2027-W01", weeks: 12 },
    calendar: { lowProductionWeeks: [] },
    resources: [
      { id: "lak", name: "Läkare", kind: "staff", count: 4, hoursPerWeek: 40, utilization: 0.7 },
      { id: "rum", name: "Mottagningsrum", kind: "room", count: 3, hoursPerWeek: 40 },
    ],
    planningObjects: [
      {
        id: "nyb",
        service: "Nybesök",
        providerCategory: "Läkare",
        contactType: "besök",
        priority: "P60",
        growthPct: 2,
        history: { "2026-W01": 11, "2026-W02": 12, "2026-W03": 13, "2026-W04": 14 },
        timePerActivity: { lak: 0.75, rum: 0.5 },
        adjustments: [{ from: "2027-W04", to: "2027-W08", perWeek: 3 }],
        waitingList: { current: 120, target: 60, targetWeek: "2027-W10" },
      },
      {
        id: "ater",
        service: "Återbesök",
        providerCategory: "Läkare",
        history: { "2026-W01": 21, "2026-W02": 22, "2026-W03": 23, "2026-W04": 24 },
        timePerActivity: { lak: 0.5 },
        waitingList: { current: 80, target: 40, targetWeek: "2027-W12" },
      },
    ],
    measures: [
      {
        id: "farre",
        title: "Färre nybesök via remissgranskning",
        status: "decided",
        kind: "need",
        planningObjectId: "nyb",
        volumePct: -10,
      },
      { id: "hyr", title: "Hyrläkare", status: "proposed", kind: "capacity", resourceId: "lak", hoursPerWeek: 20 },
    ],
    outcomes: { nyb: { "2027-W01": { produced: 9, inflow: 12, waiting: 118 } } },
    actualCapacity: {},
    schedule: [
      { resourceId: "lak", weekday: 2, session: "am", planningObjectId: "nyb", slots: 8 },
      { resourceId: "lak", weekday: 4, session: "pm", planningObjectId: "ater", slots: 5 },
    ],
  };
}
