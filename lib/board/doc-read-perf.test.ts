import { expect, it } from "vitest";
import * as Y from "yjs";
import { generateSampleBoard } from "@/lib/engine";
import { readBoardFromDoc, setHistoryValue, writeBoardToDoc } from "./doc-model";

it("re-reads a 500-object board after a cell edit in well under a frame", () => {
  const board = generateSampleBoard({ planningObjects: 500, resources: 20, weeks: 52 });
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board);
  let start = performance.now();
  const first = readBoardFromDoc(doc);
  const fullMs = performance.now() - start;
  const id = first.planningObjects[250].id;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    setHistoryValue(doc, id, "2025-W10", i);
    start = performance.now();
    readBoardFromDoc(doc);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[10];
  console.info(`readBoardFromDoc: full ${fullMs.toFixed(1)} ms, after one edit median ${median.toFixed(2)} ms`);
  expect(median).toBeLessThan(8);
  expect(readBoardFromDoc(doc).planningObjects[0]).toBe(first.planningObjects[0]);
});
