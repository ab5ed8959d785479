/**
 * Part 9: role changes reach open sockets. Every `roleRecheckMs`, and at once when a
 * `members.changed` push arrives (from this process's members page or another process), the
 * server reads the members of each board it has rooms of — one query per board, for all its
 * rooms — and applies them: a removed member is closed with 4403, a board that is gone closes
 * everyone with 4404, a downgraded editor turns read-only (MESSAGE_READ_ONLY), an upgraded viewer
 * turns writable and is asked for what it has (sync step 1). Whoever's role changed is told
 * through the push seam (`member.role-changed`), so their tabs show it at once.
 */
import { canEditBoard } from "@/lib/auth/roles";
import { CloseCode, encodeReadOnlyMessage } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";
import { encodeSyncStep1 } from "./message";
import { sendPush } from "./push";
import type { Room } from "./room";
import type { CollabContext, CollabPart, LoadMemberRoles } from "./types";

function applyRole(conn: CollabConnection, room: Room, role: CollabConnection["role"]): void {
  if (role === conn.role) return;
  const wasReadOnly = conn.isReadOnly;
  conn.role = role;
  sendPush(conn, { v: 1, type: "member.role-changed", userId: conn.user.id, role });
  if (wasReadOnly === conn.isReadOnly) return;
  conn.send(encodeReadOnlyMessage(conn.isReadOnly));
  if (canEditBoard(role)) conn.send(encodeSyncStep1(room.doc));
}

export interface RoleRecheckPart extends CollabPart {
  /** Re-checks the board's connections now (a running check is followed by exactly one more). */
  requestBoard(boardId: string): void;
}

export function createRoleRecheckPart(context: CollabContext, loadMemberRoles: LoadMemberRoles): RoleRecheckPart {
  const inFlight = new Map<string, Promise<void>>();
  const again = new Set<string>();

  const roomsOf = (boardId: string) => [...context.rooms()].filter((room) => room.boardId === boardId);

  async function recheck(boardId: string): Promise<void> {
    if (!roomsOf(boardId).some((room) => room.connections.size > 0)) return;
    // Connections that joined after the query started were authorized on data at least as new.
    const startedAt = performance.now();
    let roles: Awaited<ReturnType<LoadMemberRoles>>;
    try {
      roles = await loadMemberRoles(boardId);
    } catch (error) {
      context.logger.warn("collab: membership re-check failed", { board: boardId, error: (error as Error).message });
      return;
    }
    for (const room of roomsOf(boardId)) {
      if (room.isDestroyed) continue;
      for (const conn of [...room.connections]) {
        if (conn.isClosed || conn.connectedAt > startedAt) continue;
        if (roles === null) {
          conn.close(CloseCode.NotFound, "board deleted");
          continue;
        }
        const role = roles.get(conn.user.id);
        if (role) applyRole(conn, room, role);
        else {
          sendPush(conn, { v: 1, type: "member.role-changed", userId: conn.user.id, role: null });
          conn.close(CloseCode.Forbidden, "no longer a member");
        }
      }
    }
  }

  function requestBoard(boardId: string): void {
    if (inFlight.has(boardId)) {
      again.add(boardId);
      return;
    }
    const run = recheck(boardId).finally(() => {
      inFlight.delete(boardId);
      if (again.delete(boardId)) requestBoard(boardId);
    });
    inFlight.set(boardId, run);
  }

  const timer = setInterval(() => {
    for (const boardId of new Set([...context.rooms()].map((room) => room.boardId))) requestBoard(boardId);
  }, context.settings.roleRecheckMs);
  timer.unref();

  return {
    name: "role-recheck",
    requestBoard,
    async close() {
      clearInterval(timer);
      await Promise.all(inFlight.values());
    },
  };
}
