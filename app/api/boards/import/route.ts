import { NextResponse } from "next/server";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { createBoard, findOrCreateUnit } from "@/lib/db/queries/boards";
import { parseBoardText, weekYear } from "@/lib/engine";
import { readBodyCapped } from "@/lib/http/read-body-capped";
import { checkBoardImportLimits } from "@/lib/import/board-import-limits";

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * POST a `pks-board` v1 document: creates a new board owned by the caller in the caller's
 * organisation (the unit is matched by name, created when missing). Invalid input gets 400 with
 * every error line (path and reason) and nothing is stored. The body is read with a byte cap
 * (413 before reading when Content-Length is over it) and the import limits apply
 * (lib/import/board-import-limits.ts: history window, text lengths).
 */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const body = await readBodyCapped(request, MAX_BYTES);
  if (!body.ok)
    return body.status === 413
      ? jsonError(413, "Filen är större än 20 MB / The document is larger than 20 MB")
      : jsonError(400, body.reason);
  const { text } = body;
  const parsed = parseBoardText(text);
  if (!parsed.ok) return jsonError(400, parsed.errors[0] ?? "invalid document", parsed.errors);
  const refused = checkBoardImportLimits(parsed.board);
  if (refused.length > 0) return jsonError(400, refused[0], refused);
  const data = parsed.board;
  const db = await getDb();
  const unit = await findOrCreateUnit(db, user.organisationId, data.board?.unit?.trim() || "Okänd verksamhet");
  const board = await createBoard(db, {
    organisationId: user.organisationId,
    unitId: unit.id,
    name: data.board?.name?.trim() || "Importerad tavla",
    period: String(weekYear(data.horizon.start)),
    level: data.board?.level ?? "tactical",
    data,
    ownerId: user.id,
  });
  await recordAudit(db, {
    organisationId: user.organisationId,
    userId: user.id,
    action: "board.imported",
    targetType: "board",
    targetId: board.id,
    details: { name: board.name, bytes: body.bytes },
  });
  return NextResponse.json({ id: board.id, name: board.name, url: `/boards/${board.id}` }, { status: 201 });
}
