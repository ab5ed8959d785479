import { forbidden, notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { type BoardAccess, findBoardForUser } from "@/lib/db/queries/boards";
import { findUserById } from "@/lib/db/queries/users";
import type { User } from "@/lib/db/schema";
import { isSetupDone } from "@/lib/server/setup/setup-state";
import { authOptions } from "./options";
import { type BoardRole, hasRole } from "./roles";

// React `cache` memoises per server request: the layout, the page and its metadata all ask for the
// session user and the board access, and each is read from the database once per request.

/**
 * The signed-in user, re-read from the database: a deleted or deactivated user's session stops
 * working at their next request.
 */
export const getSessionUser = cache(async (): Promise<User | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await findUserById(await getDb(), id);
  return user && !user.deactivatedAt ? user : null;
});

/** The board with the user's role on it (memoised per request), or undefined for non-members. */
export const getBoardAccess = cache(
  async (boardId: string, userId: string): Promise<BoardAccess | undefined> =>
    findBoardForUser(await getDb(), boardId, userId),
);

/**
 * For pages: the signed-in user, or a redirect to the login page. Before first-run setup every
 * page says so; a person with a temporary password is sent to change it first.
 */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<User> {
  if (!(await isSetupDone(await getDb()))) redirect("/setup");
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/password");
  return user;
}

/** For pages of the organisation administration: an active organisationsadministratör, else 403. */
export async function requireOrgAdmin(): Promise<User> {
  const user = await requireUser();
  if (!user.isOrgAdmin) forbidden();
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
  const access = await getBoardAccess(boardId, user.id);
  if (!access) notFound();
  if (!hasRole(access.role, needed)) forbidden();
  return { ...access, user };
}
