import { broadcastToBoard, getLiveRooms } from "@/lib/board/live-rooms";
import type { PushMessage } from "@/lib/board/protocol";
import type { Queryable } from "@/lib/db/client";
import { insertNotifications, type NotificationKind } from "@/lib/db/queries/notifications";
import type { Notification } from "@/lib/db/schema";

export interface NotifyInput {
  boardId: string | null;
  kind: NotificationKind;
  /** Who caused it; never notified about their own act. */
  actorId: string | null;
  /** The line shown in the bell ("Anna nämnde dig: …"). */
  text: string;
  /** Where the notification leads ("/boards/<id>/behov?thread=<id>"). */
  link: string;
}

/**
 * Stores one notification per person (the actor and duplicates left out) in the caller's
 * transaction — comments, sign-off requests, signatures and deviations all call this. After the
 * transaction commits, pass the result to `deliverNotifications` so open tabs hear of it at once.
 */
export async function notifyUsers(tx: Queryable, userIds: string[], input: NotifyInput): Promise<Notification[]> {
  const recipients = [...new Set(userIds)].filter((id) => id !== input.actorId);
  return insertNotifications(
    tx,
    recipients.map((userId) => ({ userId, ...input })),
  );
}

/** Pushes `notification.created` to each recipient's open connections of the board (after commit). */
export function deliverNotifications(rows: Notification[]): void {
  for (const row of rows) {
    if (!row.boardId) continue;
    pushIfLive(row.boardId, { v: 1, type: "notification.created", notificationId: row.id }, { userId: row.userId });
  }
}

/**
 * Sends a push when the collaboration server runs in this process (the app server always has it;
 * scripts and unit tests do not, and then there is nobody connected to tell).
 */
export function pushIfLive(boardId: string, message: PushMessage, target?: { userId?: string }): void {
  try {
    getLiveRooms();
  } catch {
    return;
  }
  broadcastToBoard(boardId, message, target);
}
