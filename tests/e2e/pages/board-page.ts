import { expect, type Locator, type Page } from "@playwright/test";
import { WeekGridPage } from "./grid";

const SECTIONS = {
  overview: { path: "", heading: "Översikt" },
  behov: { path: "/behov", heading: "Behov" },
  kapacitet: { path: "/kapacitet", heading: "Kapacitet" },
  balansering: { path: "/balansering", heading: "Balansering" },
  produktionsplan: { path: "/produktionsplan", heading: "Produktionsplan" },
  uppfoljning: { path: "/uppfoljning", heading: "Uppföljning" },
} as const;

export type BoardSection = keyof typeof SECTIONS;

/** Grid names, as the sections label them for screen readers. */
export const GRIDS = {
  history: "Historik per planeringsobjekt och vecka",
  availability: "Tillgänglighet i procent per resurs och vecka",
  availableHours: "Tillgänglig kapacitet i timmar per resurs och vecka",
  timePerActivity: "Timmar per aktivitet per planeringsobjekt och resurs",
} as const;

/** One board in one browser: its sections, save status, grids, alert dialogs and toasts. */
export class BoardPage {
  constructor(
    readonly page: Page,
    readonly boardId: string,
  ) {}

  /** Opens a section and waits for its heading (the board's document has loaded). */
  async open(section: BoardSection, query = ""): Promise<void> {
    const { path, heading } = SECTIONS[section];
    await this.page.goto(`/boards/${this.boardId}${path}${query}`);
    if (section !== "overview") await expect(this.page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }

  saveStatus(): Locator {
    return this.page.getByTestId("save-status");
  }

  async expectSaved(timeout?: number): Promise<void> {
    await expect(this.saveStatus()).toHaveAttribute("data-status", "saved", timeout ? { timeout } : undefined);
  }

  grid(name: keyof typeof GRIDS | RegExp): WeekGridPage {
    return new WeekGridPage(this.page, typeof name === "string" ? GRIDS[name] : name);
  }

  /** The open alert dialog (a question before a destructive action). */
  alertDialog(): Locator {
    return this.page.getByRole("alertdialog");
  }

  /** Answers the open alert dialog with its confirming button ("Ta bort" by default). */
  async confirm(question: string, button = "Ta bort"): Promise<void> {
    const dialog = this.alertDialog();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading")).toHaveText(question);
    await dialog.getByRole("button", { name: button, exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** The toast whose text matches, in the notifications region. */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole("region", { name: /Aviseringar/ }).locator("[data-sonner-toast]", { hasText: text });
  }

  /** Presses "Ångra" in the toast that matches `text`. */
  async undoFromToast(text: string | RegExp): Promise<void> {
    await this.toast(text).getByRole("button", { name: "Ångra" }).click();
  }
}
