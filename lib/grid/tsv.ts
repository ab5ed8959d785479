/**
 * Tab-separated values as spreadsheets put them on the clipboard: cells separated by tabs, rows
 * by newlines (LF or CRLF), a cell holding a tab, newline or quote wrapped in double quotes with
 * inner quotes doubled. Excel ends the text with a newline, which is not an extra empty row.
 */

/** Parses clipboard TSV into rows of cells. Empty text gives no rows. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      const end = readQuoted(text, i);
      if (end) {
        cell = end.value;
        i = end.next;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  // A trailing newline ends the last row; anything after the last newline is one more row.
  if (!atCellStart || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A quoted cell from `start` (at the opening quote) up to its closing quote, if well-formed. */
function readQuoted(text: string, start: number): { value: string; next: number } | null {
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = text[i + 1];
      // Only a quote followed by a separator (or the end) closes the cell; else it was literal.
      if (after === undefined || after === "\t" || after === "\n" || after === "\r") return { value, next: i + 1 };
      return null;
    }
    value += text[i];
    i++;
  }
  return null;
}

function quoteCell(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Formats rows of cells as TSV for the clipboard (rows joined by "\n", no trailing newline). */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join("\t")).join("\n");
}
