/** The name of a meeting's record in Historik: "Protokoll balanseringsmöte 12 mars" (Swedish date, Stockholm time). */
export function formatMeetingName(startedAt: Date): string {
  const day = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", timeZone: "Europe/Stockholm" });
  return `Protokoll balanseringsmöte ${day.format(startedAt)}`;
}
