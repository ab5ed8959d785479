/**
 * Part 8: role changes reach open sockets. Every `roleRecheckMs` (and at once when the members
 * page signals a change in-process) the server reads the members of each loaded board — one
 * query per board — and applies them: a removed member is closed with 4403, a board that is gone
 * closes everyone with 4404, a downgraded editor turns read-only (MESSAGE_READ_ONLY), an upgraded
 * viewer turns writable and is asked for what it has (sync step 1).
 */
import { canEditBoard } from "@/lib/auth/roles";
import { onMembershipChanged } from "@/lib/board/membership-events";
import { CloseCode, encodeReadOnlyMessage } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";
import { encodeSyncStep1 } from "./message";
import type { Room } from "./room";
import type { CollabContext, CollabPart, LoadMemberRoles } from "./types";

function applyRole(conn: CollabConnection, room: Room, role: CollabConnection["role"]): void {
  if (role === conn.role) return;
  const wasReadOnly = conn.isReadOnly;
  conn.role = role;
  if (wasReadOnly === conn.isReadOnly) return;
  conn.send(encodeReadOnlyMessage(conn.isReadOnly));
  if (canEditBoard(role)) conn.send(encodeSyncStep1(room.doc));
}

export function createRoleRecheckPart(context: CollabContext, loadMemberRoles: LoadMemberRoles): CollabPart {
  const inFlight = new Map<string, Promise<void>>();
  const again = new Set<string>();

  async function recheck(room: Room): Promise<void> {
    if (room.connections.size === 0 || room.isDestroyed) return;
    // Connections that joined after the query started were authorized on data at least as new.
    const startedAt = performance.now();
    let roles: Awaited<ReturnType<LoadMemberRoles>>;
    try {
      roles = await loadMemberRoles(room.boardId);
    } catch (error) {
      context.logger.warn("collab: membership re-check failed", {
        board: room.boardId,
        error: (error as Error).message,
      });
      return;
    }
    for (const conn of [...room.connections]) {
      if (conn.isClosed || conn.connectedAt > startedAt) continue;
      if (roles === null) {
        conn.close(CloseCode.NotFound, "board deleted");
        continue;
      }
      const role = roles.get(conn.user.id);
      if (!role) conn.close(CloseCode.Forbidden, "no longer a member");
      else applyRole(conn, room, role);
    }
  }

  /** Runs a re-check for the room; a request during a running one queues exactly one more. */
  function request(room: Room): void {
    if (inFlight.has(room.boardId)) {
      again.add(room.boardId);
      return;
    }
    const run = recheck(room).finally(() => {
      inFlight.delete(room.boardId);
      if (again.delete(room.boardId)) request(room);
    });
    inFlight.set(room.boardId, run);
  }

  const timer = setInterval(() => {
    for (const room of context.rooms()) request(room);
  }, context.settings.roleRecheckMs);
  timer.unref();

  const unsubscribe = onMembershipChanged((boardId) => {
    for (const room of context.rooms()) if (room.boardId === boardId) request(room);
  });

  return {
    name: "role-recheck",
    async close() {
      clearInterval(timer);
      unsubscribe();
      await Promise.all(inFlight.values());
    },
  };
}
