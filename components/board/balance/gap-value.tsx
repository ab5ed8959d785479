import { formatNumber } from "@/lib/format";

/** A gap (available − need) with sign, arrow and colour, never colour alone. */
export function GapValue({
  value,
  deficitLabel,
  surplusLabel,
  decimals = 0,
  testId,
}: {
  value: number;
  deficitLabel: string;
  surplusLabel: string;
  decimals?: number;
  testId?: string;
}) {
  const isDeficit = value < -1e-9;
  return (
    <span className={`tabular font-medium ${isDeficit ? "text-deficit" : "text-surplus"}`} data-testid={testId}>
      <span aria-hidden>{isDeficit ? "▼ " : "▲ "}</span>
      {value > 1e-9 ? "+" : ""}
      {formatNumber(value, decimals)}
      <span className="sr-only"> {isDeficit ? deficitLabel : surplusLabel}</span>
    </span>
  );
}
