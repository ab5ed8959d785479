import { NextResponse } from "next/server";
import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readBodyCapped } from "@/lib/http/read-body-capped";
import { importBoard } from "@/lib/server/boards/import-board";

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * POST a `pks-board` document (version 1 or 2): creates a new board owned by the caller in the caller's
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
  const result = await importBoard(await getDb(), user, { text: body.text });
  if (!result.ok) return presentApiError(result.error);
  const board = result.value;
  return NextResponse.json({ id: board.id, name: board.name, url: `/boards/${board.id}` }, { status: 201 });
}
