import type { Page } from "@playwright/test";
import { type BoardOverrides, contextAs, createBoard, DEMO, expect, test } from "./fixtures";

const shots = process.env.PKS_SCREENSHOTS_DIR;

/** Daily acute demand [10, 12, 8, 15, 9] at 80 %: 12 a day on 5 days; the plan schedules 10 a day. */
function rulesBoard(): BoardOverrides {
  const acuteRow = (weekday: number) => ({
    resourceId: "lak",
    weekday,
    session: "am" as const,
    planningObjectId: "akut",
    slots: 10,
  });
  return {
    horizon: { start: "2027-W01", weeks: 8 },
    calendar: { lowProductionWeeks: [] },
    measures: [],
    outcomes: {},
    actualCapacity: {},
    resources: [
      { id: "lak", name: "Läkare", kind: "staff" as const, count: 8, hoursPerWeek: 40 },
      { id: "rum", name: "Mottagningsrum", kind: "room" as const, count: 3, hoursPerWeek: 40 },
    ],
    planningObjects: [
      {
        id: "akut",
        service: "Akuta besök",
        annualVolume: 2600,
        timePerActivity: { lak: 0.5 },
        acute: { dailyDemand: [10, 12, 8, 15, 9], coveragePct: 80, daysPerWeek: 5 },
      },
      { id: "nyb", service: "Nybesök", annualVolume: 520, timePerActivity: { lak: 1, rum: 1 } },
    ],
    schedule: [1, 2, 3, 4, 5].map(acuteRow),
  };
}

async function setParam(page: Page, label: string, value: string) {
  const field = page.getByLabel(label).first();
  await field.fill(value);
  await field.blur();
}

test("rules: administration on Tuesday morning is flagged, acute rows short of the dimension are flagged, a meeting rule lowers doctors' capacity once", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await contextAs(browser, DEMO.taktisk);
  const board = await createBoard(context.request, { name: `Spelregler-e2e ${Date.now()}`, ...rulesBoard() });

  // An administration row on Tuesday morning in the activity plan (behovsmatris).
  await page.goto(`/boards/${board.id}/produktionsplan`);
  await page.getByRole("button", { name: "Lägg till annan aktivitet tis fm" }).click();
  await page.getByLabel("Typ av aktivitet tis fm").selectOption("administration");
  await expect(page.getByTestId("activity-row")).toHaveAttribute("data-type", "administration");

  // Rule 1: ingen administration måndag–tisdag; weekday 8 is refused in place.
  await page.goto(`/boards/${board.id}/spelregler`);
  await page.getByRole("button", { name: "Börja skriva spelregler" }).click();
  await page.getByRole("button", { name: "Lägg till regel" }).click();
  await page.getByLabel("Område, regel 1").selectOption("administration");
  await setParam(page, "Regeltext, regel 1", "ingen administration måndag–tisdag");
  await setParam(page, "Dagar med administration till ett minimum (t.ex. mån–tis)", "8");
  await expect(page.getByRole("alert").filter({ hasText: "Veckodag 8 finns inte" })).toBeVisible();
  await setParam(page, "Dagar med administration till ett minimum (t.ex. mån–tis)", "mån–tis");
  const findings = page.getByTestId("rule-findings");
  await expect(findings).toContainText(
    "Administration tisdag fm bryter mot regel 1: ingen administration måndag–tisdag",
  );
  await expect(findings).toContainText(
    "Akuta besök: akut- och jourraderna täcker inte det dimensionerade akuta behovet — 50 av 60 tider per vecka",
  );
  await expect(findings).toContainText("Akuta besök: måndag 10 akuta tider mot dimensionerat behov 12 per dag");

  // Rule 2: at most 4 h of meetings a week; "12 veckor" is refused in place.
  await page.getByRole("button", { name: "Lägg till regel" }).click();
  await setParam(page, "Regeltext, regel 2", "Högst 4 timmar möten per vecka");
  const meetingHours = page.getByTestId("rule").nth(1).getByLabel("Högst mötestid per person och vecka (h)");
  await meetingHours.fill("12 veckor");
  await meetingHours.blur();
  await expect(page.getByRole("alert").filter({ hasText: "”12 veckor” är inte ett tal" })).toBeVisible();
  await meetingHours.fill("4");
  await meetingHours.blur();

  // The share for doctors with its breakdown: the rule's 4 h of meetings and the plan's Tuesday
  // administration (1 h × 8 persons / 8 doctors = 1 h): (40 − 4 − 1) / 40 = 87,5 %; 8 × 40 h: 320 → 280 h.
  const breakdown = page.getByTestId("share-breakdown");
  await expect(breakdown).toContainText("Regel 2: Högst 4 timmar möten per vecka (Möte)");
  await expect(breakdown).toContainText("Aktivitetsplanen: Administration");
  await expect(page.getByTestId("share-change")).toHaveText("100 % → 87,5 %");
  await expect(page.getByTestId("available-change")).toHaveText("320 h → 280 h");
  if (shots) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole("heading", { name: "Spelregler", exact: true }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${shots}/spelregler.png` });
    await page.getByRole("heading", { name: "Kontroll mot aktivitetsplanen" }).evaluate((h) => h.scrollIntoView());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shots}/spelregler-check.png` });
  }
  await page.getByRole("button", { name: "Tillämpa på Läkare" }).click();
  await expect(page.getByText("Andelen är tillämpad.")).toBeVisible();
  // Applied once: the share is 87,5 %, and recomputing leaves 280 h (not 245 h), also after a reload.
  for (const round of ["applied", "reloaded"]) {
    if (round === "reloaded") await page.reload();
    await expect(page.getByTestId("share-change")).toHaveText("87,5 % → 87,5 %");
    await expect(page.getByTestId("available-change")).toHaveText("280 h → 280 h");
    await expect(page.getByTestId("share-same")).toBeVisible();
  }
  await context.close();
});
