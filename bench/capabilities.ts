/**
 * Benchmarks of the newer capabilities through the project's own code paths, each a named case:
 *   diff         diff of two versions of the 200 × 104 generated board (bench/engine.ts's board)
 *   aggregate    strategic aggregation of 20 unit boards (aggregateUnits; and loadStrategicView)
 *   restore      restore of a version with 50 editors connected, until all 50 see it
 *   comments     comment fan-out to 100 connections (createThread → MESSAGE_PUSH received)
 *   agreement    opening a 50-page agreement: first sync, then its ProseMirror document
 *   pdf          the sealed PDF of a signed agreement (createSignedPdf with Chromium)
 * Run: npm run bench:capabilities [-- --case=diff,restore] [--runs=N] [--quick]
 * Prints the load average with every case; live cases use a real collaboration server on the
 * embedded database (server/collab/test-harness.ts).
 */
import { loadavg } from "node:os";
import * as Y from "yjs";
import { setHistoryValue, writeBoardToDoc } from "../lib/board/doc-model";
import { addMember, createBoard, createUser, openTestDatabase } from "../lib/db/test-factories";
import { aggregateUnits, computeBoard, generateSampleBoard, weekRange } from "../lib/engine";
import { linkBoard } from "../lib/server/strategic/link-board";
import { loadStrategicView } from "../lib/server/strategic/load-view";
import { docFromState, readVersionContent, snapshotDoc } from "../lib/versions/content";
import { diffVersions } from "../lib/versions/diff";
import { benchAgreement, benchComments, benchRestore } from "./capabilities-live";
import { benchPdf } from "./capabilities-pdf";
import { type CaseResult, formatCase, timeRuns } from "./capabilities-stats";

const argValue = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const QUICK = process.argv.includes("--quick");
const RUNS = Number(argValue("runs") ?? (QUICK ? 3 : 20));

/** Two versions of the generated board: the second with 500 history cells changed (doc-model edits). */
async function benchDiff(): Promise<CaseResult> {
  const board = generateSampleBoard();
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board);
  const before = snapshotDoc(doc);
  for (let i = 0; i < 500; i++) {
    const object = board.planningObjects[(i * 7) % board.planningObjects.length];
    const weeks = Object.keys(object.history ?? {});
    setHistoryValue(doc, object.id, weeks[(i * 13) % weeks.length], 1000 + i);
  }
  const after = snapshotDoc(doc);
  doc.destroy();
  const changes = diffVersions(before.content, after.content).length;
  const contentOnly = await timeRuns(RUNS, () => diffVersions(before.content, after.content));
  const fromState = await timeRuns(Math.max(3, RUNS / 4), () => {
    const a = docFromState(before.yjsState);
    const b = docFromState(after.yjsState);
    diffVersions(readVersionContent(a), readVersionContent(b));
    a.destroy();
    b.destroy();
  });
  return {
    name: "diff",
    note: `200 × 104 board, 500 history cells changed → ${changes} changes listed`,
    rows: [
      { metric: "diffVersions of the stored contents (the history page's path)", ...contentOnly, target: 300 },
      { metric: "from the two Yjs states: decode, read contents, diff", ...fromState },
    ],
  };
}

/** 20 unit boards (generated, seeds 1–20) linked to one strategic board. */
async function benchAggregate(): Promise<CaseResult> {
  const units = Array.from({ length: 20 }, (_, i) => {
    const board = generateSampleBoard({ seed: i + 1 });
    return { id: `unit-${i}`, name: `Enhet ${i + 1}`, board, result: computeBoard(board, { mode: "plan" }) };
  });
  const weeks = weekRange(units[0].board.horizon.start, units[0].board.horizon.weeks);
  const pure = await timeRuns(RUNS, () => aggregateUnits(units, weeks, "month"));
  const database = await openTestDatabase();
  try {
    const { db } = database;
    const owner = await createUser(db, { level: "strategisk" });
    const strategic = await createBoard(db, {
      organisationId: owner.organisationId,
      level: "strategic",
      data: generateSampleBoard({ planningObjects: 1, resources: 1, measures: 0 }),
    });
    await addMember(db, strategic.id, owner.id, "owner");
    for (const unit of units) {
      const row = await createBoard(db, { organisationId: owner.organisationId, name: unit.name, data: unit.board });
      const linked = await linkBoard(db, owner, { boardId: strategic.id, unitBoardId: row.id });
      if (!linked.ok) throw new Error(JSON.stringify(linked.error));
    }
    const view = await timeRuns(Math.max(3, RUNS / 4), async () => {
      const loaded = await loadStrategicView(db, owner, strategic.id, "month");
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    });
    return {
      name: "aggregate",
      note: "20 unit boards of 200 objects × 12 resources × 104 weeks, by month",
      rows: [
        { metric: "aggregateUnits (results computed beforehand)", ...pure, target: 100 },
        { metric: "loadStrategicView: load 20 boards, compute each, aggregate, goals", ...view },
      ],
    };
  } finally {
    await database.remove();
  }
}

const CASES: Record<string, () => Promise<CaseResult>> = {
  diff: benchDiff,
  aggregate: benchAggregate,
  restore: () => benchRestore(QUICK ? 10 : 50, QUICK ? 1 : 3),
  comments: () => benchComments(QUICK ? 20 : 100, QUICK ? 5 : 30),
  agreement: () => benchAgreement(QUICK ? 10 : 50, QUICK ? 2 : 5),
  pdf: () => benchPdf(QUICK ? 1 : 3),
};

async function main(): Promise<void> {
  process.setMaxListeners(0); // every provider listens for the process's exit
  const names = argValue("case")?.split(",") ?? Object.keys(CASES);
  const unknown = names.filter((n) => !CASES[n]);
  if (unknown.length > 0)
    throw new Error(`unknown case ${unknown.join(", ")}; cases: ${Object.keys(CASES).join(", ")}`);
  for (const name of names) {
    const load = loadavg().map((n) => n.toFixed(2));
    const result = await CASES[name]();
    const after = loadavg().map((n) => n.toFixed(2));
    console.log(
      `\n${formatCase(result)}\nload average (1/5/15 min): before ${load.join(" / ")}, after ${after.join(" / ")}`,
    );
  }
}

await main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error);
    process.exit(1);
  },
);
