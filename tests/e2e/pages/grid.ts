import { expect, type Locator, type Page } from "@playwright/test";

/**
 * A week grid (components/grid/week-grid.tsx) as a user meets it: cells by 0-based data row and
 * column (headers excluded), or a row by its header's name; typing, pasting and copying.
 */
export class WeekGridPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    label: string | RegExp,
  ) {
    this.root = page.getByRole("grid", { name: label });
  }

  /** A data cell by 0-based row and column. */
  cell(row: number, col: number): Locator {
    return this.root.locator(`[role="row"][aria-rowindex="${row + 2}"] [role="gridcell"][aria-colindex="${col + 2}"]`);
  }

  /** The row whose header is `name`. */
  row(name: string | RegExp): Locator {
    return this.root.locator('[role="row"]', { has: this.page.getByRole("rowheader", { name }) });
  }

  /** A data cell of the row named `name`, by 0-based column. */
  cellOf(name: string | RegExp, col: number): Locator {
    return this.row(name).locator(`[role="gridcell"][aria-colindex="${col + 2}"]`);
  }

  /** The row headers (planning objects, resources) in display order. */
  rowHeaders(): Locator {
    return this.root.getByRole("rowheader");
  }

  /** A cell's text with any kind of space made plain ("1 234" is written with U+00A0 by Intl). */
  async text(row: number, col: number): Promise<string> {
    return plain(await this.cell(row, col).textContent());
  }

  /** The texts of the first `count` data cells of the row named `name`. */
  async rowTexts(name: string | RegExp, count: number): Promise<string[]> {
    const texts: string[] = [];
    for (let col = 0; col < count; col++) texts.push(plain(await this.cellOf(name, col).textContent()));
    return texts;
  }

  /** Clicks a cell, types `text` and presses Enter. */
  async setCell(row: number, col: number, text: string): Promise<void> {
    await this.cell(row, col).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }

  /** Like `setCell` on the row named `name`. */
  async setCellOf(name: string | RegExp, col: number, text: string): Promise<void> {
    await this.cellOf(name, col).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }

  /** Fires a paste event carrying TSV, as Excel puts it on the clipboard, at the grid. */
  async pasteTsv(text: string): Promise<void> {
    await this.root.evaluate((element, tsv) => {
      const data = new DataTransfer();
      data.setData("text/plain", tsv);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** What a copy event at the grid puts on the clipboard (TSV). */
  async copyTsv(): Promise<string> {
    return this.root.evaluate((element) => {
      const data = new DataTransfer();
      element.dispatchEvent(new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData("text/plain");
    });
  }

  async expectVisible(): Promise<void> {
    await expect(this.cell(0, 0)).toBeVisible();
  }
}

function plain(text: string | null): string {
  return (text ?? "").replace(/\s/g, " ").trim();
}
