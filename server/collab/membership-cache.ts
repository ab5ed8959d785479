/**
 * A short-lived cache of board memberships for WebSocket upgrades. A board page opens several
 * sockets at once (the board and its documents), every tab does, and after a restart every
 * client reconnects within seconds: one query per board loads all its members, concurrent
 * upgrades share it, and the answer is reused for `ttlMs`. A membership change signalled on the
 * push seam (`members.changed`, from this process or another through pubsub) drops the board's
 * entry at once, and an answer still in flight when that happens is not kept, so a removed member
 * or a changed role is never served from the cache. Changes no event announces are seen within
 * `ttlMs`, as open connections see them within the role re-check period.
 */
import type { BoardRole } from "@/lib/auth/roles";

/** One member as an upgrade needs it. */
export interface BoardMember {
  name: string;
  role: BoardRole;
}

/** Members of a board by user id, or null when the board does not exist. */
export type BoardMembers = Map<string, BoardMember> | null;

export interface MembershipCache {
  /** The board's members, from the cache when fresh, else from one shared load. */
  get(boardId: string): Promise<BoardMembers>;
  /** Forgets the board's members (the next upgrade loads them again). */
  invalidate(boardId: string): void;
}

interface Entry {
  members: Promise<BoardMembers>;
  /** When the load started (ms, performance.now()); the entry expires ttlMs later. */
  loadedAt: number;
}

/** Creates the cache around `load`; `ttlMs` 0 turns caching off (every upgrade loads). */
export function createMembershipCache(
  load: (boardId: string) => Promise<BoardMembers>,
  ttlMs: number,
  now: () => number = () => performance.now(),
): MembershipCache {
  const entries = new Map<string, Entry>();

  function sweep(at: number): void {
    for (const [boardId, entry] of entries) if (at - entry.loadedAt >= ttlMs) entries.delete(boardId);
  }

  return {
    get(boardId) {
      const at = now();
      const cached = entries.get(boardId);
      if (cached && at - cached.loadedAt < ttlMs) return cached.members;
      if (entries.size >= 1000) sweep(at);
      const entry: Entry = { members: load(boardId), loadedAt: at };
      if (ttlMs > 0) entries.set(boardId, entry);
      // A failed load is not remembered; neither is one that an invalidation has replaced.
      entry.members.catch(() => {
        if (entries.get(boardId) === entry) entries.delete(boardId);
      });
      return entry.members;
    },
    invalidate(boardId) {
      entries.delete(boardId);
    },
  };
}
