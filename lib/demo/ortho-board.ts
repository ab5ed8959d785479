/**
 * Demo board: "Ortopedkliniken — produktionsplan 2027".
 *
 * A deterministic, credible tactical-level production plan for a mid-sized Swedish orthopaedic
 * clinic (magnitudes from docs/DOMAIN.md, "Realistic magnitudes for demo data"), in the
 * `pks-board` version 2 exchange format (docs/ENGINE.md). Same options → identical output.
 *
 * The story the numbers tell:
 *  - Two years of weekly inflow history (the full ISO years before the plan year) with summer
 *    weeks 27–32 at ≈ 70–85 % of a normal week while capacity falls to 40–50 % (the typical
 *    summer problem), Christmas / New Year at ≈ 50 %, a post-summer peak in weeks 33–38, a
 *    weekly forecast error of about 10–15 % and a small year-over-year growth. Acute daily
 *    demand is Poisson-distributed.
 *  - Läkare (physicians) are the limiting resource: the Eksjö-like waiting-list goal for nybesök
 *    (600 → 165 by week 24) and the summer weeks do not fit in plan mode. The decided measure
 *    "Hyrläkare v10–52" helps; the proposed evening clinic covers the year's sum, but the summer
 *    weeks stay short (balance is judged per week on a tactical board).
 *  - Acute objects come first (in the object list and the activity plan) and reserve their
 *    dimensioned capacity; elective objects share a shortage evenly (no prioritetsordning).
 *  - Operating rooms are short only in the summer closure (one of three rooms open, v28–31);
 *    nurses, assistant nurses and clinic rooms have room to spare over the year.
 */
import {
  addWeeks,
  formatWeek,
  type PksBoard,
  weekNumber,
  weekRange,
  weeksInIsoYear,
  weekThursdayDate,
} from "@/lib/engine";

export type { PksBoard };

export interface OrthoBoardOptions {
  /**
   * The plan year (horizon = its weeks 1–52; history = the two ISO years before). Default: the
   * ISO year of `today`, else 2027.
   */
  startYear?: number;
  /**
   * The seeding day: outcomes exist only for the plan year's weeks that ended before it. Without
   * it, the first six weeks have outcomes (a fixed board for tests).
   */
  today?: Date;
  /** Seed of the pseudo-random noise. Default 2027. */
  seed?: number;
}

export const ORTHO_DEFAULT_SEED = 2027;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ISO week-numbering year of a date (the year of its week's Thursday). */
export function isoYearOf(date: Date): number {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  return thursday.getUTCFullYear();
}

/**
 * The demo's seeding day: `PKS_DEMO_TODAY` (YYYY-MM-DD; tests pin it so the board is the same on
 * every run), else today.
 */
export function demoSeedDay(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.PKS_DEMO_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T12:00:00Z`);
  return new Date();
}

/** How many of weeks 1–52 of `year` ended (Sunday 24:00) on or before `today`. */
export function passedWeeks(year: number, today: Date): number {
  let count = 0;
  for (let k = 1; k <= 52; k++) {
    const end = weekThursdayDate(formatWeek(year, k)).getTime() + 4 * DAY_MS; // next Monday 00:00 UTC
    if (end <= today.getTime()) count = k;
  }
  return count;
}

/** mulberry32: a tiny, fast, deterministic 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draw (Box–Muller), clamped to ±2 so no week looks absurd. */
function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.max(-2, Math.min(2, z));
}

type Profile = "elective" | "acute" | "inpatient";

/** Share of a normal week's volume, by ISO week number. */
export function seasonFactor(profile: Profile, week: number): number {
  const summer = [0.84, 0.76, 0.72, 0.72, 0.76, 0.82]; // weeks 27–32: inflow dips less than capacity
  const peak = [1.12, 1.2, 1.22, 1.18, 1.13, 1.08]; // weeks 33–38
  if (profile === "acute") {
    // Acute orthopaedics: slippery-pavement winter, somewhat fewer patients in the holidays.
    if (week >= 52 || week === 1) return 0.9;
    if (week >= 27 && week <= 32) return 0.92;
    if (week <= 10 || week >= 47) return 1.08;
    return 1;
  }
  if (profile === "inpatient") {
    // Admissions follow planned surgery (summer/Christmas closure) plus acute fractures.
    if (week >= 52 || week === 1) return 0.6;
    if (week >= 27 && week <= 32) return 0.55 + 0.3 * summer[week - 27];
    if (week >= 33 && week <= 38) return 1 + 0.6 * (peak[week - 33] - 1);
    return 1;
  }
  if (week >= 52 || week === 1) return 0.5; // jul och nyår
  if (week === 2) return 0.9;
  if (week >= 27 && week <= 32) return summer[week - 27];
  if (week >= 33 && week <= 38) return peak[week - 33];
  if (week === 8) return 0.93; // sportlov
  if (week === 15) return 0.9; // påsk (approximately)
  if (week === 25) return 0.9; // midsommar
  if (week === 26) return 0.85;
  if (week === 51) return 0.92;
  return 1;
}

interface ObjectSpec {
  id: string;
  service: string;
  providerCategory: string;
  /** Kontakttyp (besök, telefon, video); absent for operations and stays, whose care form is in the service. */
  contactType?: string;
  priority: string;
  /** Inflow of a normal (non-holiday) week in the plan year, before growthPct and adjustments. */
  normalWeek: number;
  profile: Profile;
  /** Growth from history year 1 to history year 2. */
  yoy: number;
  growthPct?: number;
  timePerActivity: Record<string, number>;
}

/** Planning objects (planeringsobjekt): vårdtjänst × vårdgivarkategori × kontakttyp × prioritet. */
const OBJECTS: ObjectSpec[] = [
  {
    id: "akut-bedomning",
    service: "Akut ortopedisk bedömning",
    providerCategory: "Läkare",
    contactType: "besök",
    priority: "Akut",
    normalWeek: 63,
    profile: "acute",
    yoy: 0.02,
    growthPct: 1,
    // Physician assessment; nurse triage, pain relief and plaster; assistant nurse.
    timePerActivity: { lak: 0.75, ssk: 1, usk: 0.5 },
  },
  {
    id: "frakturkirurgi",
    service: "Operation frakturkirurgi (slutenvård)",
    providerCategory: "Läkare",
    priority: "Akut",
    normalWeek: 9,
    profile: "acute",
    yoy: 0.02,
    growthPct: 2,
    timePerActivity: { opsal: 2, lak: 3, ssk: 4, usk: 2 },
  },
  {
    id: "nyb-lak-besok",
    service: "Nybesök",
    providerCategory: "Läkare",
    contactType: "besök",
    priority: "P60",
    normalWeek: 60,
    profile: "elective",
    yoy: 0.03,
    growthPct: 2,
    timePerActivity: { lak: 0.75, mottrum: 0.75, usk: 0.25 },
  },
  {
    id: "ater-lak-besok",
    service: "Återbesök",
    providerCategory: "Läkare",
    contactType: "besök",
    priority: "P90",
    normalWeek: 90,
    profile: "elective",
    yoy: 0.02,
    growthPct: 1,
    timePerActivity: { lak: 0.33, mottrum: 0.33, usk: 0.17 },
  },
  {
    id: "ater-lak-video",
    service: "Återbesök",
    providerCategory: "Läkare",
    contactType: "video",
    priority: "P90",
    normalWeek: 22,
    profile: "elective",
    yoy: 0.15,
    growthPct: 3,
    timePerActivity: { lak: 0.33 },
  },
  {
    id: "ssk-besok",
    service: "Återbesök",
    providerCategory: "Sjuksköterska",
    contactType: "besök",
    priority: "P30",
    normalWeek: 40,
    profile: "elective",
    yoy: 0.02,
    timePerActivity: { ssk: 0.5, mottrum: 0.5 },
  },
  {
    id: "preop-ssk",
    service: "Preoperativt inskrivningssamtal",
    providerCategory: "Sjuksköterska",
    contactType: "besök",
    priority: "P90",
    normalWeek: 22,
    profile: "elective",
    yoy: 0.03,
    growthPct: 2,
    timePerActivity: { ssk: 1, mottrum: 1 },
  },
  {
    id: "ssk-telefon",
    service: "Rådgivning",
    providerCategory: "Sjuksköterska",
    contactType: "telefon",
    priority: "P7",
    normalWeek: 120,
    profile: "elective",
    yoy: 0.04,
    growthPct: 2,
    timePerActivity: { ssk: 0.17 },
  },
  {
    id: "hoftprotes",
    service: "Operation höftprotes (slutenvård)",
    providerCategory: "Läkare",
    priority: "P90",
    normalWeek: 8,
    profile: "elective",
    yoy: 0.03,
    growthPct: 2,
    // 2,5 h sal; two surgeons; operation + anaesthesia nurses; one assistant nurse.
    timePerActivity: { opsal: 2.5, lak: 5, ssk: 5, usk: 2.5 },
  },
  {
    id: "knaprotes",
    service: "Operation knäprotes (slutenvård)",
    providerCategory: "Läkare",
    priority: "P90",
    normalWeek: 6,
    profile: "elective",
    yoy: 0.03,
    growthPct: 1,
    timePerActivity: { opsal: 2.5, lak: 5, ssk: 5, usk: 2.5 },
  },
  {
    id: "artroskopi",
    service: "Operation artroskopi (dagkirurgi)",
    providerCategory: "Läkare",
    priority: "P90",
    normalWeek: 12,
    profile: "elective",
    yoy: 0.01,
    timePerActivity: { opsal: 1, lak: 1, ssk: 2, usk: 1 },
  },
  {
    id: "ovrig-ortopedi",
    service: "Operation fot, hand och axel (dagkirurgi)",
    providerCategory: "Läkare",
    priority: "P90",
    normalWeek: 10,
    profile: "elective",
    yoy: 0.02,
    timePerActivity: { opsal: 1.5, lak: 2, ssk: 3, usk: 1.5 },
  },
  {
    id: "gips-usk",
    service: "Gipsbehandling",
    providerCategory: "Undersköterska",
    contactType: "besök",
    priority: "P7",
    normalWeek: 45,
    profile: "elective",
    yoy: 0.01,
    timePerActivity: { usk: 0.5, mottrum: 0.5 },
  },
  {
    id: "vardtillfalle",
    service: "Vårdtillfälle slutenvård",
    providerCategory: "Läkare",
    priority: "Akut och planerad",
    normalWeek: 38,
    profile: "inpatient",
    yoy: 0.02,
    // Physician: admission, ward rounds over ≈ 4 days, discharge and epikris. Nurses and assistant
    // nurses: admission interview, care planning, medication review and discharge (the 24/7 ward
    // staffing itself is budgeted separately).
    timePerActivity: { lak: 1.5, ssk: 3, usk: 1.5 },
  },
];

/** Planning objects with the elective seasonal pattern (summer dip, post-summer peak). */
export const ORTHO_ELECTIVE_IDS: readonly string[] = OBJECTS.filter((o) => o.profile === "elective").map((o) => o.id);

/** Weekday pattern of acute daily demand, Monday first: higher Mon/Tue, lower at weekends. */
const WEEKDAY_FACTOR = [1.22, 1.12, 1.0, 0.98, 1.05, 0.85, 0.78];

/** A weekly volume around `mean` with a relative spread of 12 % (a forecast error of 10–15 %). */
function sampleWeek(rand: () => number, mean: number): number {
  return Math.max(0, Math.round(mean * (1 + 0.12 * gaussian(rand))));
}

/** A Poisson draw (Knuth's method; means here are below 20): daily acute arrivals. */
export function samplePoisson(rand: () => number, mean: number): number {
  const limit = Math.exp(-Math.max(mean, 0));
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Builds the orthopaedic demo board. Deterministic: the same `startYear` and `seed` always give
 * the same document. Conforms to the `pks-board` version 2 format.
 */
export function createOrthoBoard(opts: OrthoBoardOptions = {}): PksBoard {
  const year = opts.startYear ?? (opts.today ? isoYearOf(opts.today) : 2027);
  const rand = mulberry32(opts.seed ?? ORTHO_DEFAULT_SEED);
  const w = (week: number) => formatWeek(year, week);
  const historyYears = [year - 2, year - 1];

  const lowProductionWeeks = [w(1), w(27), w(28), w(29), w(30), w(31), w(32), w(52)];

  // History: two full ISO years of weekly inflow.
  const histories = new Map<string, Record<string, number>>();
  for (const spec of OBJECTS) {
    const growth = 1 + (spec.growthPct ?? 0) / 100;
    const firstYearLevel = spec.normalWeek / ((1 + spec.yoy / 2) * growth);
    const history: Record<string, number> = {};
    historyYears.forEach((y, i) => {
      const level = firstYearLevel * (1 + spec.yoy) ** i;
      const n = weeksInIsoYear(y);
      for (let k = 1; k <= n; k++) {
        // Week 53 (e.g. 2026-W53, 28 Dec – 3 Jan) is a Christmas / New Year week.
        const factor = seasonFactor(spec.profile, k === 53 ? 52 : k);
        history[formatWeek(y, k)] = sampleWeek(rand, level * factor);
      }
    });
    histories.set(spec.id, history);
  }

  // Acute daily demand of the two acute objects: the latest 60 days (≈ 8.5 weeks), Poisson
  // arrivals around the weekday pattern at the winter level (halka).
  const acuteDaily = (id: string) => {
    const spec = OBJECTS.find((o) => o.id === id) as ObjectSpec;
    const perDay = (spec.normalWeek * 1.08) / 7;
    return Array.from({ length: 60 }, (_, d) => samplePoisson(rand, perDay * WEEKDAY_FACTOR[d % 7]));
  };
  const acuteDemand = { "akut-bedomning": acuteDaily("akut-bedomning"), frakturkirurgi: acuteDaily("frakturkirurgi") };

  const planningObjects: PksBoard["planningObjects"] = OBJECTS.map((spec) => {
    const po: PksBoard["planningObjects"][number] = {
      id: spec.id,
      service: spec.service,
      providerCategory: spec.providerCategory,
      priority: spec.priority,
      history: histories.get(spec.id),
    };
    if (spec.contactType) po.contactType = spec.contactType;
    if (spec.growthPct) po.growthPct = spec.growthPct;
    if (spec.id === "nyb-lak-besok") {
      // Ny överenskommelse med primärvården om remisser: +3 nybesök per vecka från v10.
      po.adjustments = [{ from: w(10), to: w(52), perWeek: 3 }];
      po.waitingList = { current: 600, target: 165, targetWeek: w(24) };
    }
    if (spec.id === "hoftprotes") {
      po.waitingList = { current: 190, target: 120, targetWeek: w(26) };
    }
    po.timePerActivity = { ...spec.timePerActivity };
    if (spec.id === "akut-bedomning") {
      po.acute = { dailyDemand: acuteDemand["akut-bedomning"], coveragePct: 85, daysPerWeek: 7 };
    }
    if (spec.id === "frakturkirurgi") {
      // Fractures are operated every day of the week; dimensioned for 90 % of days.
      po.acute = { dailyDemand: acuteDemand.frakturkirurgi, coveragePct: 90, daysPerWeek: 7 };
    }
    return po;
  });

  const summerWeeks = [27, 28, 29, 30, 31, 32];
  const resources: PksBoard["resources"] = [
    {
      id: "lak",
      name: "Läkare",
      kind: "staff",
      count: 14,
      hoursPerWeek: 40,
      utilization: 0.65,
      availability: {
        ...Object.fromEntries(summerWeeks.map((k) => [w(k), 0.45])), // semester, jourkomp
        [w(11)]: 0.8, // utbildningsvecka
        [w(35)]: 0.85, // Ortopedveckan
      },
    },
    {
      id: "ssk",
      name: "Sjuksköterska",
      kind: "staff",
      count: 20,
      hoursPerWeek: 40,
      utilization: 0.7,
      availability: { [w(46)]: 0.9 }, // kompetensutvecklingsdagar
    },
    {
      id: "usk",
      name: "Undersköterska",
      kind: "staff",
      count: 10,
      hoursPerWeek: 40,
      utilization: 0.7,
    },
    {
      id: "opsal",
      name: "Operationssal",
      kind: "room",
      count: 3,
      hoursPerWeek: 45, // 07.30–16.30 on weekdays
      utilization: 0.85,
      // Sommarstängning: halva salstiden v28–31 (akuta operationer och de mest angelägna planerade).
      availability: Object.fromEntries([28, 29, 30, 31].map((k) => [w(k), 0.45])),
    },
    {
      id: "mottrum",
      name: "Mottagningsrum",
      kind: "room",
      count: 8,
      hoursPerWeek: 45,
      utilization: 0.8,
    },
  ];

  const measures: NonNullable<PksBoard["measures"]> = [
    {
      id: "kvallsmottagning",
      title: "Utökad mottagning kvällstid (tis och tors)",
      status: "proposed",
      kind: "capacity",
      lever: "resources",
      basis: "decision",
      owner: "Maria Svensson",
      note: "Två läkare två kvällar i veckan enligt överenskommelse om förlängd arbetstid.",
      resourceId: "lak",
      hoursPerWeek: 28, // två kvällar × 4 h × 3–4 läkare
      from: w(14),
      to: w(51),
    },
    {
      id: "hyrlakare",
      title: "Hyrläkare v10–52",
      status: "decided",
      kind: "capacity",
      lever: "resources",
      basis: "decision",
      owner: "Maria Svensson",
      note: "Avtal med bemanningsföretag klart.",
      resourceId: "lak",
      hoursPerWeek: 20,
      from: w(10),
      to: w(52),
    },
    {
      id: "digitala-aterbesok",
      title: "Digitala återbesök ersätter fysiska",
      status: "realized",
      kind: "need",
      lever: "production-need",
      basis: "change",
      owner: "Johan Nilsson",
      note: "Var tionde fysiskt återbesök blir ett videobesök (se nästa åtgärd).",
      planningObjectId: "ater-lak-besok",
      volumePct: -10,
      timePct: 0,
      from: w(1),
      to: w(52),
    },
    {
      // The same patients, now by video: 10 % of 90 a week ≈ 9 more on 22 video visits a week.
      id: "digitala-aterbesok-video",
      title: "Digitala återbesök: fler videobesök",
      status: "realized",
      kind: "need",
      lever: "production-need",
      basis: "change",
      owner: "Johan Nilsson",
      planningObjectId: "ater-lak-video",
      volumePct: 40,
      timePct: 0,
      from: w(1),
      to: w(52),
    },
  ];

  // Behovsmatris: rooms × weekday × am/pm → planning object and slots per session.
  const schedule: NonNullable<PksBoard["schedule"]> = [
    // Acute and on-call first (the build order of an activity plan): the acute assessment room
    // every morning and afternoon, and a fracture slot in an operating room every day.
    ...[1, 2, 3, 4, 5].flatMap((day) => [
      { resourceId: "mottrum", weekday: day, session: "am" as const, planningObjectId: "akut-bedomning", slots: 6 },
      { resourceId: "mottrum", weekday: day, session: "pm" as const, planningObjectId: "akut-bedomning", slots: 5 },
    ]),
    ...[1, 2, 3, 4, 5, 6, 7].map((day) => ({
      resourceId: "opsal",
      weekday: day,
      session: "am" as const,
      planningObjectId: "frakturkirurgi",
      slots: 1,
    })),
    // Mottagningsrum: nybesök läkare (more on Mondays and Tuesdays).
    { resourceId: "mottrum", weekday: 1, session: "am", planningObjectId: "nyb-lak-besok", slots: 12 },
    { resourceId: "mottrum", weekday: 1, session: "pm", planningObjectId: "nyb-lak-besok", slots: 10 },
    { resourceId: "mottrum", weekday: 2, session: "am", planningObjectId: "nyb-lak-besok", slots: 12 },
    { resourceId: "mottrum", weekday: 2, session: "pm", planningObjectId: "nyb-lak-besok", slots: 10 },
    { resourceId: "mottrum", weekday: 3, session: "am", planningObjectId: "nyb-lak-besok", slots: 8 },
    { resourceId: "mottrum", weekday: 4, session: "am", planningObjectId: "nyb-lak-besok", slots: 8 },
    { resourceId: "mottrum", weekday: 5, session: "am", planningObjectId: "nyb-lak-besok", slots: 6 },
    // Mottagningsrum: återbesök läkare.
    { resourceId: "mottrum", weekday: 1, session: "pm", planningObjectId: "ater-lak-besok", slots: 8 },
    { resourceId: "mottrum", weekday: 2, session: "pm", planningObjectId: "ater-lak-besok", slots: 8 },
    { resourceId: "mottrum", weekday: 3, session: "am", planningObjectId: "ater-lak-besok", slots: 10 },
    { resourceId: "mottrum", weekday: 3, session: "pm", planningObjectId: "ater-lak-besok", slots: 14 },
    { resourceId: "mottrum", weekday: 4, session: "am", planningObjectId: "ater-lak-besok", slots: 10 },
    { resourceId: "mottrum", weekday: 4, session: "pm", planningObjectId: "ater-lak-besok", slots: 14 },
    { resourceId: "mottrum", weekday: 5, session: "am", planningObjectId: "ater-lak-besok", slots: 10 },
    // Operationssal: proteser på förmiddagar, artroskopier och knän på eftermiddagar.
    { resourceId: "opsal", weekday: 1, session: "am", planningObjectId: "hoftprotes", slots: 2 },
    { resourceId: "opsal", weekday: 2, session: "am", planningObjectId: "hoftprotes", slots: 2 },
    { resourceId: "opsal", weekday: 3, session: "am", planningObjectId: "hoftprotes", slots: 2 },
    { resourceId: "opsal", weekday: 4, session: "am", planningObjectId: "hoftprotes", slots: 2 },
    { resourceId: "opsal", weekday: 1, session: "pm", planningObjectId: "knaprotes", slots: 2 },
    { resourceId: "opsal", weekday: 2, session: "pm", planningObjectId: "knaprotes", slots: 2 },
    { resourceId: "opsal", weekday: 4, session: "pm", planningObjectId: "knaprotes", slots: 2 },
    { resourceId: "opsal", weekday: 3, session: "pm", planningObjectId: "artroskopi", slots: 4 },
    { resourceId: "opsal", weekday: 5, session: "am", planningObjectId: "artroskopi", slots: 4 },
    { resourceId: "opsal", weekday: 5, session: "pm", planningObjectId: "artroskopi", slots: 4 },
  ];

  // Follow-up: the weeks of the plan year that have passed on the seeding day (the first six
  // without one), close to the plan with realistic deviations.
  const passed = opts.today ? passedWeeks(year, opts.today) : 6;
  const followUpWeeks = Array.from({ length: passed }, (_, i) => addWeeks(w(1), i));
  const lowSet = new Set(lowProductionWeeks);
  const outcomes: NonNullable<PksBoard["outcomes"]> = {};
  for (const id of ["nyb-lak-besok", "ater-lak-besok", "hoftprotes"]) {
    const po = planningObjects.find((p) => p.id === id) as PksBoard["planningObjects"][number];
    const hist = po.history as Record<string, number>;
    const wl = po.waitingList;
    // Eligible weeks for the waiting-list reduction, as the engine counts them.
    const targetIdx = wl?.targetWeek ? weekNumber(wl.targetWeek) : 52;
    let eligible = 0;
    for (let k = 1; k <= targetIdx; k++) if (!lowSet.has(w(k))) eligible++;
    const extraPerWeek = wl ? Math.max(0, wl.current - wl.target) / Math.max(eligible, 1) : 0;
    let waiting = wl?.current ?? 0;
    const rows: Record<string, { produced: number; inflow: number; waiting?: number }> = {};
    for (const week of followUpWeeks) {
      const num = weekNumber(week);
      const same = historyYears.map((y) => hist[formatWeek(y, num)]).filter((v) => v !== undefined);
      let demand = (same.reduce((a, b) => a + b, 0) / same.length) * (1 + (po.growthPct ?? 0) / 100);
      if (id === "ater-lak-besok") demand *= 0.9; // the realised digital measure
      const planned = demand + (lowSet.has(week) ? 0 : extraPerWeek);
      // Inflow around the forecast with the weekly forecast error of 10–15 % planners see.
      const inflow = Math.max(0, Math.round(demand * (1 + 0.12 * gaussian(rand))));
      // Influensa in weeks 4–5 costs some production; otherwise 90–101 % of plan.
      const share = (num === 4 || num === 5 ? 0.84 : 0.9) + 0.11 * rand();
      const produced = Math.max(0, Math.round(planned * share));
      const row: { produced: number; inflow: number; waiting?: number } = { produced, inflow };
      if (wl) {
        waiting = Math.max(0, waiting + inflow - produced);
        row.waiting = waiting;
      }
      rows[week] = row;
    }
    outcomes[id] = rows;
  }

  // Actual physician hours for planned patient work in the same weeks (sick leave in weeks 4–5).
  const lak = resources[0];
  const actualLak: Record<string, number> = {};
  for (const week of followUpWeeks) {
    const num = weekNumber(week);
    const a = lak.availability?.[week] ?? (lowSet.has(week) ? 0.5 : 1);
    const forecast = lak.count * lak.hoursPerWeek * (lak.utilization ?? 1) * a;
    const share = (num === 4 || num === 5 ? 0.88 : 0.94) + 0.06 * rand();
    actualLak[week] = round1(forecast * share);
  }

  return {
    format: "pks-board",
    version: 2,
    board: {
      name: `Ortopedkliniken — produktionsplan ${year}`,
      unit: "Ortopedkliniken",
      level: "tactical",
      deviationThresholdPct: 10,
    },
    horizon: { start: w(1), weeks: 52 },
    calendar: { lowProductionWeeks, lowProductionAvailability: 0.5 },
    resources,
    planningObjects,
    measures,
    outcomes,
    actualCapacity: { lak: actualLak },
    schedule,
  };
}

/** Week keys of the history years used by the demo (handy for tests and UI fixtures). */
export function orthoHistoryWeeks(startYear = 2027): string[] {
  return weekRange(formatWeek(startYear - 2, 1), weeksInIsoYear(startYear - 2) + weeksInIsoYear(startYear - 1));
}
