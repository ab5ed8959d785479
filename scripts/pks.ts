/**
 * Command line for the planning engine:
 *   npm run pks -- compute board.json [--mode plan|scenario] [--out result.json]
 * Reads a `pks-board` document of version 1 or 2 (a path, or `-` for stdin) and writes the
 * `pks-result` version 2 JSON.
 * Exit 0 on success; exit 2 with exactly one line on stderr for any bad input or usage, because
 * regions run this from scripts that log stderr and should never see a stack trace.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { computeBoard } from "../lib/engine/compute";
import type { PksMode } from "../lib/engine/schema";
import { parseBoardText } from "../lib/engine/validate";

const USAGE = "usage: pks compute <board.json|-> [--mode plan|scenario] [--out result.json]";

class CliError extends Error {}

interface ComputeArgs {
  input: string;
  mode: PksMode;
  out?: string;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** Parses `compute` arguments; accepts `--flag value` and `--flag=value`. */
export function parseArgs(argv: readonly string[]): ComputeArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError(`missing command (${USAGE})`);
  if (command !== "compute") throw new CliError(`unknown command ${JSON.stringify(command)} (${USAGE})`);
  let input: string | undefined;
  let mode: PksMode = "plan";
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (name !== "--mode" && name !== "--out")
        throw new CliError(`unknown option ${JSON.stringify(name)} (${USAGE})`);
      const value = eq === -1 ? rest[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "") throw new CliError(`${name} needs a value (${USAGE})`);
      if (name === "--mode") {
        if (value !== "plan" && value !== "scenario")
          throw new CliError(`--mode must be "plan" or "scenario", got ${JSON.stringify(value)}`);
        mode = value;
      } else out = value;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new CliError(`unknown option ${JSON.stringify(arg)} (${USAGE})`);
    } else if (input === undefined) {
      input = arg;
    } else {
      throw new CliError(`unexpected argument ${JSON.stringify(arg)} (${USAGE})`);
    }
  }
  if (input === undefined) throw new CliError(`missing input file (${USAGE})`);
  return { input, mode, out };
}

function readInput(input: string): string {
  try {
    const text = input === "-" ? readFileSync(0, "utf8") : readFileSync(input, "utf8");
    // Files saved by Windows tools often start with a byte order mark, which JSON.parse rejects.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : oneLine((error as Error).message);
    throw new CliError(`cannot read ${input === "-" ? "stdin" : JSON.stringify(input)}: ${reason}`);
  }
}

/** Runs the CLI; returns the exit code. Output goes through the given writers (tests, main). */
export function runCli(
  argv: readonly string[],
  io = { stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text) },
): number {
  try {
    if (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const args = parseArgs(argv);
    const parsed = parseBoardText(readInput(args.input));
    if (!parsed.ok) throw new CliError(parsed.errors[0]);
    const json = `${JSON.stringify(computeBoard(parsed.board, { mode: args.mode }), null, 2)}\n`;
    if (args.out === undefined) io.stdout(json);
    else {
      try {
        writeFileSync(args.out, json);
      } catch (error) {
        throw new CliError(`cannot write ${JSON.stringify(args.out)}: ${oneLine((error as Error).message)}`);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${oneLine(error.message)}\n`);
      return 2;
    }
    io.stderr(`internal error: ${oneLine(String((error as Error)?.message ?? error))}\n`);
    return 1;
  }
}

// Set exitCode rather than calling process.exit so that a large result piped to stdout is flushed.
if (process.argv[1] && /pks\.[cm]?[jt]s$/.test(process.argv[1])) {
  process.exitCode = runCli(process.argv.slice(2));
}
