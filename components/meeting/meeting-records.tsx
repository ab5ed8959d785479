import { getTranslations } from "next-intl/server";
import { ui } from "@/components/ui/styles";
import type { Db } from "@/lib/db/client";
import { formatMeetingName } from "@/lib/meeting/meeting-name";
import { listMeetingRecords } from "@/lib/meeting/queries";

/** Historik's meeting records: per ended meeting its participants, decisions and comments. */
export async function MeetingRecords({ db, boardId }: { db: Db; boardId: string }) {
  const t = await getTranslations("meeting");
  const meetings = await listMeetingRecords(db, boardId);
  if (meetings.length === 0) return null;
  const status = (s: string | null) => t(`status.${s ?? "none"}`);
  return (
    <section aria-labelledby="meeting-records-title" className="space-y-3" data-testid="meeting-records">
      <h3 id="meeting-records-title" className={ui.h2}>
        {t("records.title")}
      </h3>
      {meetings.map((meeting) => {
        const record = meeting.record!;
        return (
          <article
            key={meeting.id}
            className={`${ui.card} space-y-2 text-sm`}
            aria-labelledby={`meeting-${meeting.id}`}
          >
            <h4 id={`meeting-${meeting.id}`} className="font-semibold text-slate-900">
              {formatMeetingName(meeting.startedAt)}
            </h4>
            <p>
              <span className="font-medium">{t("records.participants")}:</span>{" "}
              {record.participants.map((p) => p.name).join(", ")}
            </p>
            <div>
              <p className="font-medium">{t("records.decisions")}</p>
              {record.decisions.length === 0 ? (
                <p className="text-slate-600">{t("records.noDecisions")}</p>
              ) : (
                <ul className="list-disc pl-5">
                  {record.decisions.map((d) => (
                    <li key={d.measureId}>
                      {t("records.decision", { title: d.title, from: status(d.from), to: status(d.to) })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <p className="font-medium">{t("records.comments")}</p>
              {record.comments.length === 0 ? (
                <p className="text-slate-600">{t("records.noComments")}</p>
              ) : (
                <ul className="list-disc pl-5">
                  {record.comments.map((c, i) => (
                    <li key={`${c.threadId}-${i}`}>
                      <span className="font-medium">{c.author}</span> ({c.place}): {c.body}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </article>
        );
      })}
    </section>
  );
}
