import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./lock";

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pks-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("lockDataDir", () => {
  it("refuses a second lock while the first is held, and allows it after release", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/is in use by another Planeringstavlan process \(pid \d+\)/);
    release();
    const again = lockDataDir(dir);
    again();
  });

  it("refuses a lock held by another live process", () => {
    const dir = tempDir();
    // The parent of this test is alive for sure: use its pid as the holder.
    fs.writeFileSync(path.join(dir, "pks.lock"), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`pid ${process.ppid}`));
  });

  it("takes over a stale lock left by a process that died (kill -9)", () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    fs.writeFileSync(path.join(dir, "pks.lock"), dead.stdout.trim());
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "pks.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "pks.lock"))).toBe(false);
  });
});
