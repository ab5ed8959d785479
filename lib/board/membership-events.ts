// In-process signal from the members page to the collaboration server, so a changed role takes
// effect on open connections at once (the server also re-checks periodically, which covers
// changes made by other processes).
const KEY = Symbol.for("planeringstavlan.membershipListeners");
type Listener = (boardId: string) => void;
type GlobalWithListeners = typeof globalThis & { [KEY]?: Set<Listener> };

function listeners(): Set<Listener> {
  const g = globalThis as GlobalWithListeners;
  g[KEY] ??= new Set();
  return g[KEY];
}

/** Tells listeners (the collaboration server) that a board's memberships changed. */
export function notifyMembershipChanged(boardId: string): void {
  for (const listener of listeners()) listener(boardId);
}

/** Subscribes to membership changes; returns the unsubscribe function. */
export function onMembershipChanged(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}
