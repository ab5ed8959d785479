import { describe, expect, it } from "vitest";
import { type FollowState, isDeparture, type MeetingInfo, NO_MEETING, nextFollowState } from "./follow";
import { formatMeetingName } from "./meeting-name";

const meeting = (presenterId: string, id = "m1"): MeetingInfo => ({
  id,
  presenterId,
  presenterName: presenterId,
  startedAt: "2027-03-12T09:00:00.000Z",
});
const run = (state: FollowState, ...events: Parameters<typeof nextFollowState>[1][]) =>
  events.reduce(nextFollowState, state);

describe("nextFollowState", () => {
  it("a participant follows the presenter by default when a meeting starts", () => {
    expect(run(NO_MEETING, { type: "meeting", meeting: meeting("anna"), selfId: "bo" })).toEqual({
      kind: "following",
      meeting: meeting("anna"),
    });
  });

  it("the presenter presents, and follows after handing over", () => {
    const presenting = run(NO_MEETING, { type: "meeting", meeting: meeting("anna"), selfId: "anna" });
    expect(presenting.kind).toBe("presenting");
    const handedOver = run(presenting, { type: "meeting", meeting: meeting("bo"), selfId: "anna" });
    expect(handedOver).toEqual({ kind: "following", meeting: meeting("bo") });
  });

  it("navigating away stops following; Följ igen follows again", () => {
    const following = run(NO_MEETING, { type: "meeting", meeting: meeting("anna"), selfId: "bo" });
    const detached = run(following, { type: "navigate" });
    expect(detached.kind).toBe("detached");
    expect(run(detached, { type: "refollow" }).kind).toBe("following");
  });

  it("the presenter's own navigation never detaches them", () => {
    const presenting = run(NO_MEETING, { type: "meeting", meeting: meeting("anna"), selfId: "anna" });
    expect(run(presenting, { type: "navigate" }).kind).toBe("presenting");
    expect(run(presenting, { type: "refollow" }).kind).toBe("presenting");
  });

  it("someone who stopped following stays detached over a hand-over, but follows a new meeting", () => {
    const detached = run(NO_MEETING, { type: "meeting", meeting: meeting("anna"), selfId: "bo" }, { type: "navigate" });
    expect(run(detached, { type: "meeting", meeting: meeting("cecilia"), selfId: "bo" })).toEqual({
      kind: "detached",
      meeting: meeting("cecilia"),
    });
    expect(run(detached, { type: "meeting", meeting: meeting("anna", "m2"), selfId: "bo" }).kind).toBe("following");
  });

  it("the meeting ending ends following and presenting", () => {
    const following = run(NO_MEETING, { type: "meeting", meeting: meeting("anna"), selfId: "bo" });
    expect(run(following, { type: "meeting", meeting: null, selfId: "bo" })).toEqual(NO_MEETING);
    expect(run(NO_MEETING, { type: "navigate" }, { type: "refollow" })).toEqual(NO_MEETING);
  });
});

describe("isDeparture", () => {
  const view = { path: "balansering", values: { "balance.mode": "scenario", "scroll.available": "2027-W10" } };

  it("another section or another value is a departure", () => {
    expect(isDeparture(view, { path: "behov" })).toBe(true);
    expect(isDeparture(view, { key: "balance.mode", value: "plan" })).toBe(true);
    expect(isDeparture(view, { key: "scroll.available", value: "2027-W20" })).toBe(true);
    expect(isDeparture(view, { key: "balance.resource", value: "lak" })).toBe(true);
  });

  it("what the presenter shows, and no presenter view yet, are not", () => {
    expect(isDeparture(view, { path: "balansering" })).toBe(false);
    expect(isDeparture(view, { key: "balance.mode", value: "scenario" })).toBe(false);
    expect(isDeparture(null, { path: "behov" })).toBe(false);
  });
});

describe("formatMeetingName", () => {
  it("names the record with the Swedish date in Stockholm time", () => {
    expect(formatMeetingName(new Date("2027-03-12T08:00:00Z"))).toBe("Protokoll balanseringsmöte 12 mars");
    // 23:30 UTC on 31 Dec is already 1 January in Stockholm.
    expect(formatMeetingName(new Date("2027-12-31T23:30:00Z"))).toBe("Protokoll balanseringsmöte 1 januari");
  });
});
