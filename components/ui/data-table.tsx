import { clsx } from "clsx";
import type * as React from "react";

/** One column of a `DataTable`. */
export interface DataColumn<Row> {
  key: string;
  header: React.ReactNode;
  /** Numbers: right-aligned in tabular figures (UI.md), header too. */
  isNumeric?: boolean;
  /** The column that names the row (rendered as `<th scope="row">`). */
  isRowHeader?: boolean;
  cell: (row: Row) => React.ReactNode;
  /** Extra classes of the body cell, e.g. a semantic colour for a deficit. */
  cellClassName?: (row: Row) => string | undefined;
  cellTestId?: (row: Row) => string | undefined;
  /** This column's value in the footer row (e.g. the total); the first column holds its label. */
  footer?: React.ReactNode;
}

/**
 * The section tables' one shape: a caption for screen readers, a header row, numbers right-aligned
 * in tabular figures, and an optional footer row labelled e.g. "Summa". Given `maxHeight`, the
 * table scrolls inside its frame with the header and footer sticky; the footer then takes its own
 * space below the last row and scroll padding keeps a focused row clear of it, so it never covers
 * a row.
 */
export function DataTable<Row>({
  caption,
  isCaptionVisible = false,
  columns,
  rows,
  rowKey,
  rowClassName,
  rowTestId,
  footerLabel,
  maxHeight,
  testId,
  className,
}: {
  caption: string;
  isCaptionVisible?: boolean;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  rowTestId?: (row: Row) => string | undefined;
  /** Shows a footer row with this label in the first column and each column's `footer`. */
  footerLabel?: string;
  /** A CSS length (e.g. "24rem"): scroll inside the frame with sticky header and footer. */
  maxHeight?: string;
  testId?: string;
  className?: string;
}) {
  const isScrolling = maxHeight !== undefined;
  return (
    <div
      className={clsx(
        "overflow-x-auto rounded-lg border border-slate-200 bg-white",
        isScrolling && "overflow-y-auto scroll-pt-10 scroll-pb-12",
        className,
      )}
      style={isScrolling ? { maxHeight } : undefined}
      // A scrolling table must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable).
      {...(isScrolling
        ? { tabIndex: 0, role: "region", "aria-label": typeof caption === "string" ? caption : undefined }
        : {})}
    >
      <table className="w-full text-sm" data-testid={testId}>
        <caption className={isCaptionVisible ? "px-3 py-2 text-left font-semibold text-slate-900" : "sr-only"}>
          {caption}
        </caption>
        <thead className={clsx("bg-slate-50 text-slate-700", isScrolling && "sticky top-0 z-10")}>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={clsx("px-3 py-2 font-medium", column.isNumeric ? "text-right" : "text-left")}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={clsx("border-t border-slate-100", rowClassName?.(row))}
              data-testid={rowTestId?.(row)}
            >
              {columns.map((column) => (
                <DataCell key={column.key} column={column} row={row} />
              ))}
            </tr>
          ))}
        </tbody>
        {footerLabel !== undefined && (
          <tfoot
            className={clsx(
              "border-t-2 border-slate-300 bg-slate-50 font-semibold text-slate-900",
              isScrolling && "sticky bottom-0 z-10",
            )}
          >
            <tr data-testid={testId ? `${testId}-footer` : undefined}>
              {columns.map((column, i) => (
                <td
                  key={column.key}
                  className={clsx("px-3 py-2", column.isNumeric ? "tabular text-right" : "text-left")}
                >
                  {i === 0 ? footerLabel : column.footer}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function DataCell<Row>({ column, row }: { column: DataColumn<Row>; row: Row }) {
  const className = clsx(
    "px-3 py-2",
    column.isNumeric && "tabular text-right",
    column.isRowHeader && "text-left font-medium",
    column.cellClassName?.(row),
  );
  const testId = column.cellTestId?.(row);
  if (column.isRowHeader) {
    return (
      <th scope="row" className={className} data-testid={testId}>
        {column.cell(row)}
      </th>
    );
  }
  return (
    <td className={className} data-testid={testId}>
      {column.cell(row)}
    </td>
  );
}
