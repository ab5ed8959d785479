import type { Page } from "@playwright/test";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";

const PROPOSED = "Utökad mottagning kvällstid (tis och tors)";
const navLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Avsnitt" }).getByRole("link", { name: new RegExp(`^${name}`) });

test.describe("meeting mode", () => {
  test("a presenter moves a follower's section, scenario and resource within 1 s; navigating away stops following; the record lists the decision", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const presenter = await contextAs(browser, DEMO.taktisk);
    const members = [
      { email: DEMO.strategisk, role: "editor" as const },
      { email: DEMO.operativ, role: "viewer" as const },
    ];
    const { id: boardId } = await createBoard(
      presenter.context.request,
      { name: `Möte-e2e ${Date.now()}`, members },
      presenter.page,
    );
    const follower = await contextAs(browser, DEMO.strategisk);
    await follower.page.setViewportSize({ width: 1280, height: 720 });

    // A viewer is refused by the server and offered no button.
    const viewer = await contextAs(browser, DEMO.operativ);
    await viewer.page.goto(`/boards/${boardId}`);
    await expect(viewer.page.getByTestId("save-status")).toBeVisible();
    await expect(viewer.page.getByRole("button", { name: "Starta möte" })).toHaveCount(0);
    const refused = await viewer.context.request.post(`/api/boards/${boardId}/meeting`, { data: { action: "start" } });
    expect(refused.status()).toBe(403);

    await presenter.page.goto(`/boards/${boardId}`);
    await follower.page.goto(`/boards/${boardId}/kapacitet`);
    await expect(follower.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await presenter.page.getByRole("button", { name: "Starta möte" }).click();
    const banner = follower.page.getByTestId("meeting-banner");
    await expect(banner).toContainText("Du följer Maria Svensson.");
    await expect(presenter.page.getByTestId("meeting-banner")).toContainText("Du presenterar");
    await expect(follower.page).toHaveURL(new RegExp(`/boards/${boardId}$`));

    // Section, plan/scenario and the selected resource follow within 1 s each.
    await navLink(presenter.page, "Balansering").click();
    // Timed from when the presenter's own view is there.
    await expect(presenter.page).toHaveURL(/\/balansering$/);
    let started = Date.now();
    await expect(follower.page).toHaveURL(/\/balansering$/, { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    const scenario = follower.page.getByRole("button", { name: "Scenario", exact: true });
    await expect(scenario).toBeVisible();
    await presenter.page.getByRole("button", { name: "Scenario", exact: true }).click();
    started = Date.now();
    await expect(scenario).toHaveAttribute("aria-pressed", "true", { timeout: 1_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    const resource = (page: Page) => page.getByRole("combobox", { name: "Resurs", exact: true }).first();
    await resource(presenter.page).selectOption("opsal");
    started = Date.now();
    await expect(resource(follower.page)).toHaveValue("opsal", { timeout: 1_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(banner).toHaveAttribute("data-follow", "following");
    await follower.page.screenshot({ path: "docs/screenshots/meeting-follower.png" });

    // The follower goes elsewhere: no longer moved, until Följ igen.
    await navLink(follower.page, "Behov").click();
    await expect(follower.page).toHaveURL(/\/behov$/);
    await expect(banner).toHaveAttribute("data-follow", "detached");
    await expect(banner).toContainText("Du följer inte Maria Svensson just nu.");
    await presenter.page.getByRole("button", { name: "Plan", exact: true }).click();
    await follower.page.waitForTimeout(800);
    await expect(follower.page).toHaveURL(/\/behov$/);
    await banner.getByRole("button", { name: "Följ igen" }).click();
    await expect(follower.page).toHaveURL(/\/balansering$/);
    await expect(follower.page.getByRole("button", { name: "Plan", exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    // A decision in the meeting, then the end: the record in Historik lists it and who took part.
    await presenter.page
      .getByRole("combobox", { name: `Status för ”${PROPOSED}”` })
      .selectOption({ label: "Beslutad" });
    await expect(presenter.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await presenter.page.getByRole("button", { name: "Avsluta mötet" }).click();
    await presenter.page.getByRole("alertdialog").getByRole("button", { name: "Avsluta mötet" }).click();
    await expect(banner).toHaveCount(0);
    await presenter.page.getByRole("link", { name: "Visa protokollet i Historik" }).click();
    const records = presenter.page.getByTestId("meeting-records");
    await expect(records).toContainText(/Protokoll balanseringsmöte \d{1,2} [a-zäö]+/);
    await expect(records).toContainText(`${PROPOSED}: föreslagen → beslutad`);
    // Everyone who had the board open during the meeting took part, the viewer too.
    for (const name of ["Maria Svensson", "Anders Berg", "Johan Nilsson"]) await expect(records).toContainText(name);
    await expect(presenter.page.getByTestId("version-list")).toContainText("Protokoll balanseringsmöte");

    for (const c of [presenter, follower, viewer]) await c.context.close();
  });
});
