/**
 * The peers of `bench/collab.ts`, each in its own process and in memory: the reference
 * `@y/websocket-server` (setupWSConnection in a plain http server) and Hocuspocus 4
 * (`@hocuspocus/server` with no extensions). `node --import tsx bench/collab-peers.ts <name>`
 * serves one and prints `listening <port>`.
 */
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type PeerName = "y-websocket" | "hocuspocus";
export const PEER_NAMES: PeerName[] = ["y-websocket", "hocuspocus"];

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface PeerProcess {
  name: PeerName;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

async function serveYWebsocket(): Promise<number> {
  const { setupWSConnection } = await import("@y/websocket-server/utils");
  const { WebSocketServer } = await import("ws");
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

async function serveHocuspocus(): Promise<number> {
  const { Server } = await import("@hocuspocus/server");
  const server = new Server({ port: 0, address: "127.0.0.1", quiet: true, stopOnSignals: false });
  await server.listen();
  return server.address.port;
}

/** Starts one peer in a child process and resolves once it listens. */
export async function startPeer(name: PeerName): Promise<PeerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(HERE, "collab-peers.ts"), name], {
    cwd: path.resolve(HERE, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`${name} server exited (${code})`)));
  });
  return {
    name,
    pid: child.pid!,
    url: `ws://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

const requested = process.argv[2];
if (process.argv[1] === fileURLToPath(import.meta.url) && PEER_NAMES.includes(requested as PeerName)) {
  const port = requested === "hocuspocus" ? await serveHocuspocus() : await serveYWebsocket();
  console.log(`listening ${port}`);
}
