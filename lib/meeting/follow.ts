/**
 * The follow state machine of meeting mode (docs/meeting.md), modelled on tldraw's
 * `startFollowingUser` and excalidraw's follow mode: participants follow the presenter by default,
 * stop following when they navigate themselves, and can follow again. Who presents is the
 * server's word (`meeting.changed` push); this machine only decides what this tab does with it.
 */

/** The meeting as the server announced it (null: no meeting on the board). */
export interface MeetingInfo {
  id: string;
  presenterId: string | null;
  presenterName: string;
  startedAt: string;
}

export type FollowState =
  | { kind: "none" }
  | { kind: "presenting"; meeting: MeetingInfo }
  | { kind: "following"; meeting: MeetingInfo }
  | { kind: "detached"; meeting: MeetingInfo };

export type FollowEvent =
  /** The server's current meeting (on load, on reconnect and on every `meeting.changed` push). */
  | { type: "meeting"; meeting: MeetingInfo | null; selfId: string }
  /** This person changed their own view (section, scroll, selection) in a way the presenter did not. */
  | { type: "navigate" }
  /** "Följ igen". */
  | { type: "refollow" };

export const NO_MEETING: FollowState = { kind: "none" };

function onMeeting(state: FollowState, meeting: MeetingInfo | null, selfId: string): FollowState {
  if (!meeting) return NO_MEETING;
  if (meeting.presenterId === selfId) return { kind: "presenting", meeting };
  // A new meeting, or the presenter handed over to someone else: follow by default. Someone who
  // had stopped following in this meeting stays where they are, now with the new presenter.
  if (state.kind === "detached" && state.meeting.id === meeting.id) return { kind: "detached", meeting };
  return { kind: "following", meeting };
}

/** The next state after `event`. */
export function nextFollowState(state: FollowState, event: FollowEvent): FollowState {
  switch (event.type) {
    case "meeting":
      return onMeeting(state, event.meeting, event.selfId);
    case "navigate":
      return state.kind === "following" ? { kind: "detached", meeting: state.meeting } : state;
    case "refollow":
      return state.kind === "detached" ? { kind: "following", meeting: state.meeting } : state;
  }
}

/** A value of the shared view: a mode, a grain, a selected id, a scrolled-to week. */
export type ViewValue = string | number | null;

/** What a presenter shows: the page below the board (`""`, `balansering` …) and the view values. */
export interface MeetingView {
  path: string;
  values: Record<string, ViewValue>;
}

/**
 * True when a change this person made takes their view away from the presenter's: a different
 * section, or a view value that differs from the presenter's. Re-selecting what the presenter
 * shows (or the echo of applying it) is not a departure.
 */
export function isDeparture(
  presenter: MeetingView | null,
  change: { path: string } | { key: string; value: ViewValue },
): boolean {
  if (!presenter) return false;
  if ("path" in change) return change.path !== presenter.path;
  return (presenter.values[change.key] ?? null) !== change.value;
}
