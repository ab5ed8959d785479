import { NextResponse } from "next/server";
import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

/** POST { ids: string[] | "all" }: marks one's own notifications read. */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const result = await markNotificationsRead(await getDb(), user, await request.json().catch(() => null));
  return result.ok ? NextResponse.json(result.value) : presentApiError(result.error);
}
