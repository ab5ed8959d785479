import { type ChildProcess, execFileSync, spawn } from "node:child_process";

/** A port nobody listens on right now. */
export function freePort(): number {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}

export interface RunningServer {
  process: ChildProcess;
  port: number;
  output: () => string;
}

/** Starts the one-process server (production build) on a port, resolving when it listens. */
export function startServer(env: Record<string, string>, port: number, timeoutMs = 60_000): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const check = setInterval(() => {
      if (output.includes("listening on")) {
        clearInterval(check);
        clearTimeout(timer);
        resolve({ process: child, port, output: () => output });
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(Object.assign(new Error(`server exited with ${code}:\n${output}`), { code, output }));
    });
  });
}

/** Resolves with the exit code and output of a server start that is expected to fail. */
export function startServerExpectingFailure(
  env: Record<string, string>,
  port: number,
): Promise<{ code: number | null; output: string }> {
  return startServer(env, port).then(
    (server) => {
      server.process.kill("SIGKILL");
      throw new Error(`the server started but should have refused:\n${server.output()}`);
    },
    (error: { code: number | null; output: string }) => ({ code: error.code, output: error.output }),
  );
}

/** Stops a server and waits for its exit. */
export async function stopServer(server: RunningServer, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (server.process.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.process.once("exit", () => resolve());
    server.process.kill(signal);
  });
}
