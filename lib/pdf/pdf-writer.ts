/**
 * A small top-to-bottom text writer over pdf-lib pages (A4, standard fonts): lines, wrapped
 * paragraphs, label–value rows and a page break when the page is full. Characters the standard
 * fonts cannot encode (WinAnsi) are replaced by "?" so a name can never break the file.
 */
import { type PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const INK = rgb(0.12, 0.16, 0.22);
const MUTED = rgb(0.35, 0.4, 0.47);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

/** Embeds the three standard fonts the certificate uses. */
export async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
  return {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    mono: await pdf.embedFont(StandardFonts.Courier),
  };
}

/** `text` with every character `font` cannot encode replaced by "?". */
export function encodable(font: PDFFont, text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/[\r\n\t]+/g, " ")) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += "?";
    }
  }
  return out;
}

/** Splits `text` into lines no wider than `width` at `size` (long words are cut). */
export function wrapText(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of encodable(font, text).split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** Writes downwards from the top margin, adding pages as needed. */
export class PdfWriter {
  page: PDFPage;
  y: number;
  readonly width = A4[0] - 2 * MARGIN;
  readonly left = MARGIN;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = pdf.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Makes room for `height` points, starting a new page when this one is full. */
  ensure(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.pdf.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** A wrapped paragraph at `x` (offset from the margin) within `width`. */
  text(text: string, options: { size?: number; font?: PDFFont; muted?: boolean; x?: number; width?: number } = {}) {
    const size = options.size ?? 10;
    const font = options.font ?? this.fonts.regular;
    const x = this.left + (options.x ?? 0);
    for (const line of wrapText(font, text, size, options.width ?? this.width - (options.x ?? 0))) {
      this.ensure(size * 1.4);
      this.y -= size * 1.4;
      this.page.drawText(line, { x, y: this.y, size, font, color: options.muted ? MUTED : INK });
    }
  }

  /** A heading with space above it. */
  heading(text: string, size = 13): void {
    this.ensure(size * 3);
    this.y -= size * 0.6;
    this.text(text, { size, font: this.fonts.bold });
    this.y -= 2;
  }

  /** A row of cells at fixed column offsets; the row is as tall as its tallest wrapped cell. */
  row(cells: string[], columns: number[], options: { bold?: boolean; size?: number } = {}): void {
    const size = options.size ?? 9;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const widths = columns.map((c, i) => (columns[i + 1] ?? this.width) - c - 6);
    const wrapped = cells.map((cell, i) => wrapText(font, cell, size, widths[i]));
    const height = Math.max(...wrapped.map((w) => w.length)) * size * 1.35 + 4;
    this.ensure(height);
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) => {
        this.page.drawText(line, {
          x: this.left + columns[i],
          y: this.y - size * 1.35 * (n + 1),
          size,
          font,
          color: INK,
        });
      });
    });
    this.y -= height;
    this.page.drawLine({
      start: { x: this.left, y: this.y + 2 },
      end: { x: this.left + this.width, y: this.y + 2 },
      thickness: 0.4,
      color: rgb(0.8, 0.83, 0.87),
    });
  }
}
