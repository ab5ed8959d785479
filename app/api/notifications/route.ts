import { NextResponse } from "next/server";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listNotifications } from "@/lib/db/queries/notifications";

/** GET: the signed-in person's latest notifications and unread count. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const { items, unread } = await listNotifications(await getDb(), user.id);
  return NextResponse.json({
    unread,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: n.text,
      link: n.link,
      boardId: n.boardId,
      createdAt: n.createdAt.toISOString(),
      isRead: n.readAt !== null,
    })),
  });
}
