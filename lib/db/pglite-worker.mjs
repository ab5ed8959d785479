// The embedded database (PGlite) in a worker thread, so its queries and commits never hold up the
// collaboration server's event loop. Plain JavaScript: it runs without a TypeScript loader, under
// tsx, vitest and the production server alike. The other side is pglite-worker-client.ts; the
// protocol is one request { id, op, ... } and one reply { id, ok, result | error } per message.
// A transaction is a real PGlite transaction held open in this thread between "begin" and "end":
// PGlite's own lock keeps every other query waiting until it ends, exactly as in one thread.
import { parentPort } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const BYTEA_OID = 17;

// PGlite's own bytea hex conversion goes byte by byte in JS (~75 ms for a 1 MB board snapshot);
// Buffer's native hex codec does the same in a few milliseconds.
// A value gets its own buffer: posting a view of Buffer's shared pool would copy the whole pool.
const parseBytea = (text) => {
  const bytes = Buffer.from(text.slice(2), "hex");
  return bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
};
const serializeBytea = (value) => {
  if (!(value instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
};

const ROLLBACK = Symbol("rollback");
const identity = (value) => value;
/** Query options by their list of raw (unparsed) type OIDs: drizzle asks for the same few. */
const optionsByRaw = new Map();
/** Open transactions: id → { tx, finish(commit) }. */
const transactions = new Map();
let pg = null;

function queryOptions(rowMode, raw) {
  const key = `${rowMode}:${raw.join(",")}`;
  let options = optionsByRaw.get(key);
  if (!options) {
    options = { rowMode, parsers: Object.fromEntries(raw.map((oid) => [oid, identity])) };
    optionsByRaw.set(key, options);
  }
  return options;
}

function errorFields(error) {
  const fields = { message: error?.message ?? String(error), name: error?.name ?? "Error" };
  for (const [key, value] of Object.entries(error ?? {})) {
    if (value === undefined || typeof value === "function" || typeof value === "object") continue;
    fields[key] = value;
  }
  return fields;
}

const reply = (id, result) => parentPort.postMessage({ id, ok: true, result });
const fail = (id, error) => parentPort.postMessage({ id, ok: false, error: errorFields(error) });

async function open({ dataDir }) {
  pg = await PGlite.create(dataDir, {
    // PostgreSQL's defaults size the WASM heap for a server (128 MB of shared buffers, all
    // touched at start); the embedded database of one app needs far less (docs/benchmarks.md).
    startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB", "-c", "maintenance_work_mem=16MB"],
    parsers: { [BYTEA_OID]: parseBytea },
    serializers: { [BYTEA_OID]: serializeBytea },
  });
}

async function migrate({ migrationsFolder }) {
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(drizzle({ client: pg }), { migrationsFolder });
}

const operations = { open, migrate, query, close: () => pg?.close() };

async function query({ sql, params, rowMode, raw, tx }) {
  const target = tx === undefined ? pg : transactions.get(tx)?.tx;
  if (!target) throw new Error(`transaction ${tx} is not open`);
  const { rows, fields, affectedRows } = await target.query(sql, params, queryOptions(rowMode, raw));
  return { rows, fields, affectedRows };
}

/** Starts the transaction; replies to `id` once it holds the connection, to "end" when it is over. */
function begin(id, txId) {
  let endId = null;
  const done = pg
    .transaction(
      (tx) =>
        new Promise((resolve, reject) => {
          transactions.set(txId, {
            tx,
            finish(commit, requestId) {
              endId = requestId;
              if (commit) resolve();
              else reject(ROLLBACK);
            },
          });
          reply(id);
        }),
    )
    .then(
      () => reply(endId),
      (error) => (error === ROLLBACK ? reply(endId) : endId === null ? fail(id, error) : fail(endId, error)),
    )
    .finally(() => transactions.delete(txId));
  return done;
}

function end(id, { tx, commit }) {
  const entry = transactions.get(tx);
  if (!entry) fail(id, new Error(`transaction ${tx} is not open`));
  else entry.finish(commit, id);
}

parentPort.on("message", (message) => {
  const { id, op } = message;
  if (op === "begin") return void begin(id, message.tx);
  if (op === "end") return end(id, message);
  const operation = operations[op];
  if (!operation) return fail(id, new Error(`unknown operation ${op}`));
  operation(message).then(
    (result) => reply(id, result),
    (error) => fail(id, error),
  );
});
