import { NextResponse } from "next/server";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { createBoard, findOrCreateUnit } from "@/lib/db/queries/boards";
import { parseBoardText, weekYear } from "@/lib/engine";

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * POST a `pks-board` document (version 1 or 2): creates a new board owned by the caller in the caller's
 * organisation (the unit is matched by name, created when missing). Invalid input gets 400 with
 * every error line (path and reason) and nothing is stored.
 */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BYTES)
    return jsonError(413, "Filen är större än 20 MB / The document is larger than 20 MB");
  const parsed = parseBoardText(text);
  if (!parsed.ok) return jsonError(400, parsed.errors[0] ?? "invalid document", parsed.errors);
  const data = parsed.board;
  const db = await getDb();
  const unit = await findOrCreateUnit(db, user.organisationId, data.board?.unit?.trim() || "Okänd verksamhet");
  const board = await createBoard(db, {
    organisationId: user.organisationId,
    unitId: unit.id,
    name: data.board?.name?.trim() || "Importerad tavla",
    period: String(weekYear(data.horizon.start)),
    // The boards table has no "political" level yet; the document keeps it.
    level: data.board?.level === "political" ? "strategic" : (data.board?.level ?? "tactical"),
    data,
    ownerId: user.id,
  });
  await recordAudit(db, {
    organisationId: user.organisationId,
    userId: user.id,
    action: "board.imported",
    targetType: "board",
    targetId: board.id,
    details: { name: board.name, bytes: Buffer.byteLength(text) },
  });
  return NextResponse.json({ id: board.id, name: board.name, url: `/boards/${board.id}` }, { status: 201 });
}
