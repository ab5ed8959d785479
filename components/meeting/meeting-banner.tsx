"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useOptionalBoardRoom, usePresence } from "@/components/board/board-room";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ui } from "@/components/ui/styles";
import { hasRole } from "@/lib/auth/roles";
import type { FollowState } from "@/lib/meeting/follow";
import { useMeeting } from "./meeting-provider";

const BAR = "no-print flex flex-wrap items-center gap-x-3 gap-y-1 border-b px-4 py-1.5 text-sm";
const SMALL = "min-h-8 py-1";

/** A refusal of the server in the reader's language (its `meeting.errors.*` key, else its text). */
function ErrorText({ error }: { error: string | null }) {
  const t = useTranslations();
  if (!error) return null;
  return (
    <span role="alert" className="text-sm text-deficit">
      {t.has(error) ? t(error) : error}
    </span>
  );
}

/** "Starta möte" in the board's top bar, for editors and owners when no meeting is open. */
export function StartMeetingButton() {
  const t = useTranslations("meeting");
  const room = useOptionalBoardRoom();
  const meeting = useMeeting();
  const [error, setError] = useState<string | null>(null);
  if (!room || !meeting || meeting.state.kind !== "none" || !hasRole(room.role, "editor")) return null;
  const { act } = meeting;
  return (
    <>
      <button
        type="button"
        className={`${ui.buttonSecondary} ${SMALL}`}
        onClick={async () => setError(await act({ action: "start" }))}
      >
        {t("start")}
      </button>
      <ErrorText error={error} />
    </>
  );
}

/** The meeting banner under the top bar: who presents, whether this tab follows, and the presenter's controls. */
export function MeetingBanner() {
  const t = useTranslations("meeting");
  const meeting = useMeeting();
  if (!meeting) return null;
  const { state, boardId, endedVersionId, refollow, act } = meeting;
  if (state.kind === "none") {
    if (!endedVersionId) return null;
    return (
      <div role="status" className={`${BAR} border-slate-200 bg-slate-50`} data-testid="meeting-ended">
        {t("ended")}{" "}
        <Link className="font-medium text-accent-strong underline" href={`/boards/${boardId}/history`}>
          {t("recordLink")}
        </Link>
      </div>
    );
  }
  return (
    <section
      aria-label={t("label")}
      className={`${BAR} border-violet-200 bg-violet-50`}
      data-testid="meeting-banner"
      data-follow={state.kind}
    >
      <span className="font-semibold text-violet-900">{t("inMeeting")}</span>
      <span className="text-slate-800" role="status">
        {statusText(t, state)}
      </span>
      {state.kind === "detached" && (
        <button type="button" className={`${ui.button} ${SMALL}`} onClick={refollow}>
          {t("refollow")}
        </button>
      )}
      {state.kind === "presenting" && <PresenterControls act={act} />}
    </section>
  );
}

function statusText(t: ReturnType<typeof useTranslations>, state: Exclude<FollowState, { kind: "none" }>): string {
  const name = state.meeting.presenterName;
  if (state.kind === "presenting") return t("presenting");
  return state.kind === "following" ? t("following", { name }) : t("detached", { name });
}

function PresenterControls({ act }: { act: NonNullable<ReturnType<typeof useMeeting>>["act"] }) {
  const t = useTranslations("meeting");
  const room = useOptionalBoardRoom();
  const presence = usePresence();
  const selectId = useId();
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string | null>(null);
  const candidates = new Map<string, string>();
  for (const { state } of presence)
    if (state.user.id !== room?.userId && hasRole(state.user.role, "editor"))
      candidates.set(state.user.id, state.user.name);
  const chosen = candidates.has(target) ? target : ([...candidates.keys()][0] ?? "");
  return (
    <div className="ml-auto flex flex-wrap items-center gap-2">
      {candidates.size > 0 && (
        <>
          <label htmlFor={selectId} className="text-slate-700">
            {t("handOverTo")}
          </label>
          <select
            id={selectId}
            className="min-h-8 rounded-md border border-slate-300 bg-white px-2 text-sm"
            value={chosen}
            onChange={(e) => setTarget(e.target.value)}
          >
            {[...candidates].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={`${ui.buttonSecondary} ${SMALL}`}
            onClick={async () => setError(await act({ action: "hand-over", toUserId: chosen }))}
          >
            {t("handOver")}
          </button>
        </>
      )}
      <ConfirmButton
        question={t("endQuestion")}
        description={t("endDescription")}
        confirmLabel={t("end")}
        className={`${ui.buttonSecondary} ${SMALL}`}
        onConfirm={async () => setError(await act({ action: "end" }))}
      >
        {t("end")}
      </ConfirmButton>
      <ErrorText error={error} />
    </div>
  );
}
