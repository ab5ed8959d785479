import type { NextResponse } from "next/server";
import { jsonError } from "@/lib/auth/api";
import type { CommandError } from "@/lib/server/command";

/** Presents a command's refusal to an API client: 404, 403, or 400 naming the field. */
export function presentApiError(error: CommandError): NextResponse {
  if (error.kind === "not-found") return jsonError(404, "Tavlan finns inte / Board not found");
  if (error.kind === "forbidden") return jsonError(403, "Behörighet saknas / Forbidden");
  if (error.details) return jsonError(400, error.details[0] ?? error.message, error.details);
  return jsonError(400, `${error.field}: ${error.message}`);
}
