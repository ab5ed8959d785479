// `npm start`: builds the production bundle when it is missing or older than the sources, then serves it.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const stampFile = path.join(root, ".next", "pks-source-stamp");
const sourceDirs = ["app", "components", "lib", "messages", "public"];
const sourceFiles = ["next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const stamp = String(Math.max(...[...sourceDirs, ...sourceFiles].map((p) => newestMtime(path.join(root, p)))));
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stampFile);
if (!built || fs.readFileSync(stampFile, "utf8") !== stamp) {
  console.log("Building the production bundle (next build)…");
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(stampFile, stamp);
}

// Serve in a child that receives our signals, so Ctrl+C and SIGTERM shut it down cleanly.
const server = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
