import { NextResponse } from "next/server";
import { authorizeBoardRequest, jsonError } from "@/lib/auth/api";
import { getDb } from "@/lib/db/client";
import type { PeriodKind } from "@/lib/engine";
import type { CommandResult } from "@/lib/server/command";
import { createStrategicMeasure } from "@/lib/server/strategic/create-measure";
import { decideFlag } from "@/lib/server/strategic/decide-flag";
import { flagGoal } from "@/lib/server/strategic/flag-goal";
import { linkBoard } from "@/lib/server/strategic/link-board";
import { loadStrategicCatalogue } from "@/lib/server/strategic/load-catalogue";
import { loadUnitGoals } from "@/lib/server/strategic/load-unit-goals";
import { loadStrategicView } from "@/lib/server/strategic/load-view";
import { setGoal } from "@/lib/server/strategic/set-goal";
import { setStrategicMeasureStatus } from "@/lib/server/strategic/set-measure-status";
import { unlinkBoard } from "@/lib/server/strategic/unlink-board";

const KINDS: PeriodKind[] = ["quarter", "tertial", "year"];

function present<T>(result: CommandResult<T>): NextResponse {
  if (result.ok) return NextResponse.json({ ok: true, value: result.value });
  if (result.error.kind === "not-found") return jsonError(404, "Tavlan finns inte / Board not found");
  if (result.error.kind === "forbidden") return jsonError(403, "Du har inte behörighet / Not allowed");
  const { field, code, message } = result.error;
  return NextResponse.json({ ok: false, error: message, field, code }, { status: 400 });
}

/**
 * GET ?period=quarter|tertial|year: the strategic board's sums, goals and measures (its members);
 * GET ?view=unit: a unit board's goals from the strategic level (its members);
 * GET ?view=catalogue: the live rows of the strategic vårdtjänstkatalog (its members).
 */
export async function GET(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const search = new URL(request.url).searchParams;
  const auth = await authorizeBoardRequest(boardId, "viewer");
  if (!auth.ok) return auth.response;
  const db = await getDb();
  if (search.get("view") === "unit") return present(await loadUnitGoals(db, auth.user, boardId));
  if (search.get("view") === "catalogue") return present(await loadStrategicCatalogue(db, auth.user, boardId));
  const kind = (search.get("period") ?? "quarter") as PeriodKind;
  if (!KINDS.includes(kind)) return jsonError(400, `period: must be quarter, tertial or year, got "${kind}"`);
  return present(await loadStrategicView(db, auth.user, boardId, kind));
}

type Command = (
  db: Awaited<ReturnType<typeof getDb>>,
  actor: { id: string; organisationId: string },
  input: unknown,
) => Promise<CommandResult<unknown>>;

const COMMANDS: Record<string, Command> = {
  link: linkBoard,
  unlink: unlinkBoard,
  goal: setGoal,
  flag: flagGoal,
  "decide-flag": decideFlag,
  measure: createStrategicMeasure,
  "measure-status": setStrategicMeasureStatus,
};

/** POST { action, …fields }: one strategic command for this board; the command authorizes. */
export async function POST(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const auth = await authorizeBoardRequest(boardId, "viewer");
  if (!auth.ok) return auth.response;
  let body: Record<string, unknown>;
  try {
    body = (await request.json()) as Record<string, unknown>;
  } catch {
    return jsonError(400, "Ogiltig JSON / Invalid JSON");
  }
  const command = Object.hasOwn(COMMANDS, String(body?.action)) ? COMMANDS[String(body.action)] : undefined;
  if (!command) return jsonError(400, `action: must be one of ${Object.keys(COMMANDS).join(", ")}`);
  return present(await command(await getDb(), auth.user, { ...body, boardId }));
}
