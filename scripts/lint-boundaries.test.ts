/**
 * The layer rules of biome.json fail the lint on a deliberate violation: probe files with one
 * import each are linted with the project's configuration in a temporary folder, and each bad
 * import must be reported with its explaining message while the allowed ones pass.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const biome = path.join(root, "node_modules", ".bin", "biome");

/** [probe file, imported specifier, expected message fragment or null when allowed] */
const cases: [string, string, string | null][] = [
  ["lib/board/probe-db.ts", "../db/client", "lib/db → lib/board, never the reverse"],
  ["lib/board/probe-db-alias.ts", "@/lib/db/queries/board-docs", "lib/db → lib/board, never the reverse"],
  ["lib/board/probe-components.ts", "../../components/board/board-room", "lib/ is shared by app/"],
  ["lib/db/queries/probe-app.ts", "../../../app/boards/new/actions", "lib/ is shared by app/"],
  ["lib/engine/probe-relative.ts", "../board/doc-model", "lib/engine is the pure planning engine"],
  ["components/probe-app.tsx", "../app/boards/new/actions", "components/ must not import from app/"],
  ["components/board/plan/probe-app.tsx", "@/app/profile/actions", "components/ must not import from app/"],
  ["components/board/probe-lib.tsx", "../../lib/format", "Import lib/ as @/lib/…"],
  ["components/grid/probe-server.tsx", "../../server/collab/server", "components/ must not import server/"],
  ["app/boards/probe-server.ts", "../../server/collab/rooms", "app/ runs inside Next.js"],
  ["server/collab/probe-components.ts", "../../components/board/board-room", "server/ runs as plain Node"],
  // Allowed: inside a folder, @/lib from any layer, lib/db → lib/board, next/server in lib.
  ["components/board/plan/probe-ok.tsx", "../board-room", null],
  ["lib/db/queries/probe-ok.ts", "@/lib/board/doc-model", null],
  ["lib/auth/probe-ok.ts", "next/server", null],
  ["app/boards/probe-ok.ts", "@/lib/server/boards/create-board", null],
  ["server/collab/probe-ok.ts", "../config", null],
];

type Diagnostic = { category: string; message: string; location: { path: string } };
let diagnostics: Diagnostic[] = [];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pks-lint-"));
  await copyFile(path.join(root, "biome.json"), path.join(dir, "biome.json"));
  for (const [file, specifier] of cases) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), `import { x } from "${specifier}";\n\nexport const y = x;\n`);
  }
  const args = ["lint", "--vcs-enabled=false", "--reporter=json", "--max-diagnostics=none", ...cases.map((c) => c[0])];
  const output = await promisify(execFile)(biome, args, { cwd: dir }).catch((error: { stdout: string }) => error);
  const json = output.stdout.split("\n").find((line) => line.startsWith("{"));
  diagnostics = (JSON.parse(json ?? "{}") as { diagnostics?: Diagnostic[] }).diagnostics ?? [];
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("layer boundaries in biome.json", () => {
  it.each(cases)("%s importing %s", (file, _specifier, expected) => {
    const found = diagnostics.filter(
      (d) => d.location.path === file && d.category === "lint/style/noRestrictedImports",
    );
    if (expected === null) expect(found).toEqual([]);
    else expect(found.map((d) => d.message)).toEqual([expect.stringContaining(expected)]);
  });
});
