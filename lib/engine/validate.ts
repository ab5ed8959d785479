/**
 * Strict validation of `pks-board` documents of version 1 and 2. A version 1 document that holds a
 * version 2 field is rejected first, then shape errors come from the zod schema, then
 * whole-document checks (unique ids, references, ISO weeks, week order). Every error is one line
 * `path: reason`, with the path written as in JavaScript (`planningObjects[3].history["2026-W54"]`)
 * so that whoever produced the file can find the field.
 */
import type { z } from "zod";
import { parseWeek, weekToIndex } from "./iso-week";
import {
  CAPACITY_LEVERS,
  NEED_LEVERS,
  type PksBoard,
  type PksResult,
  type PlanningObject,
  pksBoardSchema,
  pksResultSchema,
} from "./schema";

type PathKey = string | number;

export type ParseBoardResult = { ok: true; board: PksBoard } | { ok: false; errors: string[] };

/** Thrown by the throwing parse variants; `errors` holds every one-line message. */
export class BoardValidationError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(errors[0] ?? "invalid pks-board document");
    this.name = "BoardValidationError";
    this.errors = errors;
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a JSON path the way JavaScript would access it: `a[3].b["2026-W54"]`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === "" ? "(document)" : out;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function describeOptions(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length > 2 ? `one of ${quoted.join(", ")}` : quoted.join(" or ");
}

const ARTICLE: Record<string, string> = {
  number: "a number",
  string: "a string",
  object: "an object",
  array: "an array",
  boolean: "true or false",
};

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

// Zod's default texts ("Invalid input: expected number, received undefined") are rewritten into
// the contract's style; messages set in schema.ts already have it and are kept.
function formatIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path as PathKey[];
  const input = valueAt(root, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return `${formatPath([...path, issue.keys[0]])}: unknown field`;
    case "invalid_type":
      if (input === undefined) return `${formatPath(path)}: required`;
      if (issue.expected === "int") return `${formatPath(path)}: must be an integer, got ${describeValue(input)}`;
      return `${formatPath(path)}: expected ${ARTICLE[issue.expected] ?? issue.expected}, got ${describeValue(input)}`;
    case "invalid_value":
      return `${formatPath(path)}: expected ${describeOptions(issue.values)}, got ${describeValue(input)}`;
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        const options = describeOptions(issue.options as unknown[]);
        return input === undefined
          ? `${formatPath(path)}: required (${options})`
          : `${formatPath(path)}: expected ${options}, got ${describeValue(input)}`;
      }
      return `${formatPath(path)}: invalid value`;
    case "too_small":
    case "too_big":
    case "invalid_format":
      // "got an array" would say nothing; the message already tells what the list needs.
      if (Array.isArray(input)) return `${formatPath(path)}: ${issue.message}`;
      return `${formatPath(path)}: ${issue.message}, got ${describeValue(input)}`;
    default:
      return `${formatPath(path)}: ${issue.message}`;
  }
}

/** Collects whole-document errors of a shape-valid board, in document order. */
class Checker {
  readonly errors: string[] = [];

  add(path: PathKey[], reason: string): void {
    this.errors.push(`${formatPath(path)}: ${reason}`);
  }

  /** Checks a week given as a value. */
  weekValue(path: PathKey[], week: string | undefined): void {
    if (week !== undefined && parseWeek(week) === null) this.add(path, `no such ISO week ${JSON.stringify(week)}`);
  }

  /** Checks the week keys of a map; malformed keys are reported differently from missing weeks. */
  weekKeys(path: PathKey[], map: Record<string, unknown> | undefined): void {
    if (!map) return;
    for (const key in map) {
      if (parseWeek(key) !== null) continue;
      const reason = /^\d{4}-W\d{2}$/.test(key) ? "no such ISO week" : 'not a week "YYYY-Www"';
      this.add([...path, key], reason);
    }
  }

  range(path: PathKey[], item: { from?: string; to?: string }): void {
    this.weekValue([...path, "from"], item.from);
    this.weekValue([...path, "to"], item.to);
    if (item.from === undefined || item.to === undefined) return;
    if (parseWeek(item.from) === null || parseWeek(item.to) === null) return;
    if (weekToIndex(item.from) > weekToIndex(item.to)) {
      this.add([...path, "from"], `${JSON.stringify(item.from)} is after to ${JSON.stringify(item.to)}`);
    }
  }

  uniqueIds(list: string, items: readonly { id: string }[]): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) this.add([list, i, "id"], `duplicate id ${JSON.stringify(item.id)}`);
      seen.add(item.id);
    });
    return seen;
  }
}

const LAST_WEEK_INDEX = weekToIndex("9999-W52");

function checkDocument(board: PksBoard): string[] {
  const check = new Checker();
  check.weekValue(["horizon", "start"], board.horizon.start);
  if (parseWeek(board.horizon.start) && weekToIndex(board.horizon.start) + board.horizon.weeks - 1 > LAST_WEEK_INDEX) {
    check.add(["horizon", "weeks"], "the horizon runs past year 9999");
  }
  board.calendar?.lowProductionWeeks?.forEach((week, i) => {
    check.weekValue(["calendar", "lowProductionWeeks", i], week);
  });

  const resourceIds = check.uniqueIds("resources", board.resources);
  board.resources.forEach((resource, i) => {
    check.weekKeys(["resources", i, "availability"], resource.availability);
  });

  const objectIds = check.uniqueIds("planningObjects", board.planningObjects);
  board.planningObjects.forEach((object, i) => {
    const path: PathKey[] = ["planningObjects", i];
    check.weekKeys([...path, "history"], object.history);
    object.adjustments?.forEach((adjustment, j) => {
      check.range([...path, "adjustments", j], adjustment);
    });
    check.weekValue([...path, "waitingList", "targetWeek"], object.waitingList?.targetWeek);
    if (object.acute && object.waitingList && board.version === 2) {
      check.add([...path, "waitingList"], "an acute object has no waiting list");
    }
    if (object.acute && object.rank !== undefined) {
      check.add([...path, "rank"], "an acute object takes no rank (acute care always comes first)");
    }
    for (const key in object.timePerActivity) {
      if (!resourceIds.has(key))
        check.add([...path, "timePerActivity", key], `no resource with id ${JSON.stringify(key)}`);
    }
  });

  const measures = board.measures ?? [];
  check.uniqueIds("measures", measures);
  measures.forEach((measure, i) => {
    if (measure.kind === "capacity" && !resourceIds.has(measure.resourceId)) {
      check.add(["measures", i, "resourceId"], `no resource with id ${JSON.stringify(measure.resourceId)}`);
    }
    if (measure.kind === "need" && !objectIds.has(measure.planningObjectId)) {
      check.add(
        ["measures", i, "planningObjectId"],
        `no planning object with id ${JSON.stringify(measure.planningObjectId)}`,
      );
    }
    const levers: readonly string[] = measure.kind === "capacity" ? CAPACITY_LEVERS : NEED_LEVERS;
    if (measure.lever !== undefined && !levers.includes(measure.lever)) {
      const other = measure.kind === "capacity" ? "need" : "capacity";
      check.add(["measures", i, "lever"], `${JSON.stringify(measure.lever)} is only for ${other} measures`);
    }
    check.range(["measures", i], measure);
  });

  for (const id in board.outcomes) {
    if (!objectIds.has(id)) check.add(["outcomes", id], `no planning object with id ${JSON.stringify(id)}`);
    else check.weekKeys(["outcomes", id], board.outcomes[id]);
  }
  for (const id in board.actualCapacity) {
    if (!resourceIds.has(id)) check.add(["actualCapacity", id], `no resource with id ${JSON.stringify(id)}`);
    else check.weekKeys(["actualCapacity", id], board.actualCapacity[id]);
  }
  board.schedule?.forEach((row, i) => {
    if (!resourceIds.has(row.resourceId)) {
      check.add(["schedule", i, "resourceId"], `no resource with id ${JSON.stringify(row.resourceId)}`);
    }
    if (!objectIds.has(row.planningObjectId)) {
      check.add(
        ["schedule", i, "planningObjectId"],
        `no planning object with id ${JSON.stringify(row.planningObjectId)}`,
      );
    }
  });
  return check.errors;
}

const V2_BOARD_FIELDS = ["deviationThresholdPct"];
const V2_CALENDAR_FIELDS = ["balancePeriod"];
const V2_OBJECT_FIELDS = ["rank"];
const V2_ACUTE_FIELDS = ["daysPerWeek"];
const V2_WAITING_FIELDS = ["targetWaitDays"];
const V2_MEASURE_FIELDS = ["lever", "basis", "owner", "note"];

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Errors for version 2 fields in a raw document that says `"version": 1`. */
function findVersion2Fields(json: unknown): string[] {
  const root = asRecord(json);
  if (root?.version !== 1) return [];
  const errors: string[] = [];
  const scan = (value: unknown, path: PathKey[], fields: readonly string[]) => {
    const record = asRecord(value);
    if (!record) return;
    for (const field of fields) {
      if (Object.hasOwn(record, field)) {
        errors.push(`${formatPath([...path, field])}: a version 2 field in a version 1 document (set "version": 2)`);
      }
    }
  };
  scan(root.board, ["board"], V2_BOARD_FIELDS);
  scan(root.calendar, ["calendar"], V2_CALENDAR_FIELDS);
  asList(root.planningObjects).forEach((object, i) => {
    scan(object, ["planningObjects", i], V2_OBJECT_FIELDS);
    scan(asRecord(object)?.acute, ["planningObjects", i, "acute"], V2_ACUTE_FIELDS);
    scan(asRecord(object)?.waitingList, ["planningObjects", i, "waitingList"], V2_WAITING_FIELDS);
  });
  asList(root.measures).forEach((measure, i) => {
    scan(measure, ["measures", i], V2_MEASURE_FIELDS);
  });
  return errors;
}

/** Reads a valid version 1 board as version 2: an acute object's waiting list is dropped. */
export function upgradeToVersion2(board: PksBoard): PksBoard {
  if (board.version === 2) return board;
  const dropWaitingList = (object: PlanningObject): PlanningObject => {
    if (!object.acute || !object.waitingList) return object;
    const { waitingList: _, ...rest } = object;
    return rest;
  };
  return { ...board, version: 2, planningObjects: board.planningObjects.map(dropWaitingList) };
}

/**
 * Validates a parsed JSON value as a `pks-board` document of version 1 or 2 and returns it as
 * version 2 (ENGINE.md: a version 1 document is read with every new field at its default). On
 * failure `errors` holds one-line messages, most useful first (the CLI prints the first).
 */
export function parseBoard(json: unknown): ParseBoardResult {
  const version2Fields = findVersion2Fields(json);
  if (version2Fields.length > 0) return { ok: false, errors: version2Fields };
  const shape = pksBoardSchema.safeParse(json);
  if (!shape.success) return { ok: false, errors: shape.error.issues.map((issue) => formatIssue(issue, json)) };
  const errors = checkDocument(shape.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, board: upgradeToVersion2(shape.data) };
}

/** Like parseBoard but throws a BoardValidationError (message = first error) on invalid input. */
export function parseBoardOrThrow(json: unknown): PksBoard {
  const result = parseBoard(json);
  if (!result.ok) throw new BoardValidationError(result.errors);
  return result.board;
}

/** Parses and validates JSON text; malformed JSON is reported as one line like any other error. */
export function parseBoardText(text: string): ParseBoardResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`invalid JSON: ${(error as Error).message}`] };
  }
  return parseBoard(json);
}

/**
 * Serializes a board as the exchange format, always version 2 (stable key order as given,
 * two-space indent). A version 1 board is upgraded as parseBoard would read it.
 */
export function serializeBoard(board: PksBoard): string {
  return `${JSON.stringify(upgradeToVersion2(board), null, 2)}\n`;
}

/** Validates a value as a `pks-result` v2 document (for consumers and tests of the output). */
export function parseResult(json: unknown): { ok: true; result: PksResult } | { ok: false; errors: string[] } {
  const shape = pksResultSchema.safeParse(json);
  if (!shape.success) return { ok: false, errors: shape.error.issues.map((issue) => formatIssue(issue, json)) };
  return { ok: true, result: shape.data };
}
