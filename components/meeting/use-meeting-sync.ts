"use client";

import type { PrefetchOptions } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { AwarenessUserState } from "@/lib/board/protocol";
import type { BoardConnection } from "@/lib/board/provider";
import { type FollowEvent, type FollowState, isDeparture, type MeetingView } from "@/lib/meeting/follow";
import type { ViewStore } from "@/lib/meeting/view-store";

/** The page below the board: "" (overview), "balansering", "history" … */
export function boardPathOf(pathname: string, boardId: string): string {
  const base = `/boards/${boardId}`;
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1) : "";
}

/** The view the presenter publishes in their awareness state (any of their tabs), or null. */
export function readPresenterView(connection: BoardConnection, presenterId: string | null): MeetingView | null {
  if (!presenterId) return null;
  let view: MeetingView | null = null;
  connection.awareness.getStates().forEach((state) => {
    const s = state as Partial<AwarenessUserState>;
    if (s.user?.id === presenterId && s.view) view = s.view;
  });
  return view;
}

/** While presenting: publishes this tab's path and view values in its awareness state. */
export function usePublishView(connection: BoardConnection | null, store: ViewStore, path: string, isOn: boolean) {
  useEffect(() => {
    if (!connection) return;
    const awareness = connection.awareness;
    if (!isOn) {
      if ((awareness.getLocalState() as Partial<AwarenessUserState> | null)?.view)
        awareness.setLocalStateField("view", null);
      return;
    }
    const publish = () => awareness.setLocalStateField("view", { path, values: { ...store.getSnapshot() } });
    publish();
    return store.subscribe(publish);
  }, [connection, store, path, isOn]);
}

/**
 * While following: applies the presenter's view (path by navigation, values into the store) as
 * it changes; a change this person makes that departs from it dispatches `navigate`.
 */
export function useFollowView(
  connection: BoardConnection | null,
  store: ViewStore,
  boardId: string,
  state: FollowState,
  dispatch: (event: FollowEvent) => void,
) {
  const router = useRouter();
  const path = boardPathOf(usePathname(), boardId);
  const presenterId = state.kind === "none" ? null : state.meeting.presenterId;
  const following = state.kind === "following";
  const presenterView = useRef<MeetingView | null>(null);
  const pendingPath = useRef<string | null>(null);
  const pathRef = useRef(path);
  pathRef.current = path;

  useEffect(() => {
    if (!connection || !following) return;
    // Navigates only when the presenter's path changed (or following just began): an awareness
    // change of someone else, or this tab's own, must not pull a person back who just left.
    let appliedPath: string | null = null;
    const apply = () => {
      const view = readPresenterView(connection, presenterId);
      presenterView.current = view;
      if (!view) return;
      store.apply(view.values);
      if (view.path === appliedPath) return;
      appliedPath = view.path;
      if (view.path !== pathRef.current) {
        pendingPath.current = view.path;
        router.push(view.path ? `/boards/${boardId}/${view.path}` : `/boards/${boardId}`);
      }
    };
    apply();
    connection.awareness.on("change", apply);
    const stopWatching = store.subscribe((change) => {
      if (change?.source === "user" && isDeparture(presenterView.current, change)) dispatch({ type: "navigate" });
    });
    return () => {
      connection.awareness.off("change", apply);
      stopWatching();
    };
  }, [connection, following, presenterId, store, router, boardId, dispatch]);

  // The sections are fetched ahead (fully), so following the presenter to one takes no round trip.
  useEffect(() => {
    if (!following) return;
    const links = document.querySelectorAll<HTMLAnchorElement>(`nav a[href^="/boards/${boardId}"]`);
    for (const link of links) router.prefetch(link.pathname, { kind: "full" as PrefetchOptions["kind"] });
  }, [following, router, boardId]);

  useEffect(() => {
    if (pendingPath.current === path) {
      pendingPath.current = null;
      return;
    }
    if (following && pendingPath.current === null && isDeparture(presenterView.current, { path }))
      dispatch({ type: "navigate" });
  }, [path, following, dispatch]);
}
