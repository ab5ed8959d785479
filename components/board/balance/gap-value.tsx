import { SignedValue } from "@/components/ui/legend";

/** A gap (available − need) with sign, glyph (▼ shortage, ▲ surplus, = none) and colour, never colour alone. */
export function GapValue({
  value,
  deficitLabel,
  surplusLabel,
  zeroLabel,
  kind = "gap",
  decimals = 0,
  testId,
  className,
  glyph,
}: {
  value: number;
  deficitLabel: string;
  surplusLabel: string;
  zeroLabel?: string;
  /** "gap": shortage/surplus (▼/▲); "change": worse/better (↘/↗). */
  kind?: "gap" | "change";
  decimals?: number;
  testId?: string;
  className?: string;
  glyph?: boolean;
}) {
  const words =
    kind === "gap"
      ? { shortage: deficitLabel, surplus: surplusLabel, same: zeroLabel }
      : { worse: deficitLabel, better: surplusLabel, same: zeroLabel };
  return (
    <SignedValue
      value={value}
      kind={kind}
      words={words}
      decimals={decimals}
      testId={testId}
      className={className}
      glyph={glyph}
    />
  );
}
