import { forbidden, notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db/client";
import { type BoardAccess, findBoardForUser } from "@/lib/db/queries/boards";
import { findUserById } from "@/lib/db/queries/users";
import type { User } from "@/lib/db/schema";
import { authOptions } from "./options";
import { type BoardRole, hasRole } from "./roles";

/** The signed-in user, re-read from the database (a deleted user's session stops working). */
export async function getSessionUser(): Promise<User | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return (await findUserById(await getDb(), id)) ?? null;
}

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<User> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For pages: the board and the user's role. Non-members get 404 (the board's existence is not
 * revealed); members below `needed` get 403.
 */
export async function requireBoardAccess(
  boardId: string,
  needed: BoardRole = "viewer",
): Promise<BoardAccess & { user: User }> {
  const user = await requireUser();
  const access = await findBoardForUser(await getDb(), boardId, user.id);
  if (!access) notFound();
  if (!hasRole(access.role, needed)) forbidden();
  return { ...access, user };
}
