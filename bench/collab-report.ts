/** Tables of `bench/collab.ts`: one row per server and load, and ours / best peer per column. */

export interface Sample {
  cpuPercent: number;
  /** Server CPU time in the sampled span (ms). */
  cpuMs: number;
  rssMb: number;
  /** Peak RSS minus RSS before the clients connected. */
  rssGrowthMb: number;
}

export interface LevelResult {
  propagation: number[];
  savedAck: number[];
  syncMs: number[];
  edits: number;
  bytes: number;
  unsaved: number;
  closeCodes: number[];
  /** Whole level: joins to close (RSS). */
  server: Sample;
  /** The measured window only (CPU per edit). */
  window: Sample;
  /** CPU of each client worker process in the window (% of one core): near 100 means the clients limit. */
  clientCpuPercent: number[];
}

export interface ColdResult {
  runs: number;
  first: number;
  cold: number[];
  warm: number[];
  reference: number[];
  bytes: number;
}

/** Results of one load level by server name ("ours" first, then the peers). */
export type LevelResults = Map<string, LevelResult>;

/** The q-quantile (nearest rank) of `values`, NaN when empty. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** The largest value (NaN when empty); no spread, so long arrays do not overflow the stack. */
export const maxOf = (values: number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);

export const formatNumber = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–";

interface Column {
  title: string;
  digits: number;
  value(r: LevelResult): number;
}

const COLUMNS: Column[] = [
  { title: "prop. p50", digits: 2, value: (r) => quantile(r.propagation, 0.5) },
  { title: "prop. p95", digits: 2, value: (r) => quantile(r.propagation, 0.95) },
  { title: "prop. p99", digits: 2, value: (r) => quantile(r.propagation, 0.99) },
  { title: "saved-ack p95", digits: 2, value: (r) => quantile(r.savedAck, 0.95) },
  { title: "CPU % core", digits: 0, value: (r) => r.window.cpuPercent },
  { title: "CPU µs/edit", digits: 0, value: (r) => (r.edits > 0 ? (r.window.cpuMs * 1000) / r.edits : Number.NaN) },
  { title: "sync p50", digits: 2, value: (r) => quantile(r.syncMs, 0.5) },
  { title: "RSS peak MB", digits: 0, value: (r) => r.server.rssMb },
];

/** The main table: propagation, saved ack, CPU, first sync and RSS, with ours / best peer. */
export function formatMainTable(results: Map<string, LevelResults>): string {
  const lines = [
    `| load | server | ${COLUMNS.map((c) => c.title).join(" | ")} | edits |`,
    `|---|---|${COLUMNS.map(() => "---:|").join("")}---:|`,
  ];
  for (const [load, servers] of results) {
    for (const [name, r] of servers) {
      const cells = COLUMNS.map((c) => formatNumber(c.value(r), c.digits));
      lines.push(`| ${load} | ${name} | ${cells.join(" | ")} | ${r.edits} |`);
    }
    const ours = servers.get("ours");
    const peers = [...servers].filter(([name]) => name !== "ours").map(([, r]) => r);
    if (!ours || peers.length === 0) continue;
    const cells = COLUMNS.map((c) => {
      const best = Math.min(...peers.map((p) => c.value(p)).filter(Number.isFinite));
      return ratio(c.value(ours), best);
    });
    lines.push(`| ${load} | **ours / best peer** | ${cells.join(" | ")} | |`);
  }
  lines.push("", "Times in ms; CPU over the measured window only; saved-ack is ours only (the peers keep memory).");
  return lines.join("\n");
}

/** Close codes as "1006 × 100, 1011 × 2". */
function countCodes(codes: number[]): string {
  const counts = new Map<number, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code} × ${n}`).join(", ");
}

/** Bytes per edit, RSS growth and the end state (unsaved clients, close codes) per server. */
export function formatDetailTable(results: Map<string, LevelResults>): string {
  const lines = [
    "| load | server | prop. max | saved-ack p50 / p99 | sync p95 | RSS growth MB | bytes/edit | client workers CPU % | end state |",
    "|---|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const [load, servers] of results) {
    for (const [name, r] of servers) {
      const closes = r.closeCodes.length === 0 ? "none" : countCodes(r.closeCodes);
      const ack = `${formatNumber(quantile(r.savedAck, 0.5), 2)} / ${formatNumber(quantile(r.savedAck, 0.99), 2)}`;
      lines.push(
        `| ${load} | ${name} | ${formatNumber(maxOf(r.propagation), 1)} | ${ack} | ${formatNumber(quantile(r.syncMs, 0.95), 2)} | ${formatNumber(r.server.rssGrowthMb, 0)} | ${formatNumber(r.bytes / r.edits, 0)} | ${r.clientCpuPercent.map((c) => formatNumber(c, 0)).join(" + ")} | ${r.unsaved} unsaved, closes: ${closes} |`,
      );
    }
  }
  return lines.join("\n");
}

/** The cold-board table (200 planning objects × 104 weeks). */
export function formatColdTable(cold: ColdResult): string {
  const med = (v: number[]) => quantile(v, 0.5);
  return [
    `Cold board: 200 planning objects × 104 weeks (document ${(cold.bytes / 1024).toFixed(0)} KiB), ${cold.runs} runs each.`,
    "",
    "| sync of the big board | ours | y-websocket | ours/ref | target |",
    "|---|---:|---:|---:|---|",
    `| first open ever (snapshot built from boards.data) (ms) | ${formatNumber(cold.first)} | – | – | |`,
    `| cold: not in server memory, median / max (ms) | ${formatNumber(med(cold.cold))} / ${formatNumber(maxOf(cold.cold))} | – | – | ≤ 200 |`,
    `| warm: in server memory, median (ms) | ${formatNumber(med(cold.warm))} | ${formatNumber(med(cold.reference))} | ${ratio(med(cold.warm), med(cold.reference))} | |`,
  ].join("\n");
}
