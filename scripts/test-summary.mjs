// Adds up the vitest and Playwright JSON reports into one line: "Tests: N passed, M failed".
import fs from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    missing.push(file);
    return null;
  }
}

const [unitFile, e2eFile] = process.argv.slice(2);
const unit = readJson(unitFile);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTests ?? 0);
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  // Suites that failed to load count as failures even when no test ran.
  failed += (unit.testResults ?? []).filter(
    (r) => r.status === "failed" && (r.assertionResults ?? []).length === 0,
  ).length;
}
const e2e = readJson(e2eFile);
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
  skipped += e2e.stats.skipped ?? 0;
  failed += (e2e.errors ?? []).length;
}
for (const file of missing) console.log(`(no report at ${file}: that stage did not run to the end)`);
console.log();
console.log(`Tests: ${passed} passed, ${failed + missing.length} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed + missing.length > 0 ? 1 : 0);
