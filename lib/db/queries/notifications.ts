import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "../client";
import { type Notification, notifications } from "../schema";

/** Kinds of notification: comments now; sign-off and deviation code add theirs through `notifyUsers`. */
export type NotificationKind =
  | "mention"
  | "reply"
  | "signoff-requested"
  | "signed"
  | "signature-withdrawn"
  | "deviation"
  | "goal-flagged";

export interface NewNotification {
  userId: string;
  boardId: string | null;
  kind: NotificationKind;
  actorId: string | null;
  text: string;
  link: string;
}

/** Inserts notifications; returns the rows (for the push after commit). */
export async function insertNotifications(db: Queryable, rows: NewNotification[]): Promise<Notification[]> {
  if (rows.length === 0) return [];
  return db.insert(notifications).values(rows).returning();
}

/** A person's latest notifications (newest first) and how many are unread. */
export async function listNotifications(
  db: Queryable,
  userId: string,
  limit = 30,
): Promise<{ items: Notification[]; unread: number }> {
  const items = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const [{ unread }] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { items, unread };
}

/** Marks the person's notifications read: the given ones, or all. Returns how many changed. */
export async function markNotificationsReadFor(db: Queryable, userId: string, ids: string[] | "all"): Promise<number> {
  const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  const where = ids === "all" ? mine : and(mine, inArray(notifications.id, ids));
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(where)
    .returning({ id: notifications.id });
  return rows.length;
}
