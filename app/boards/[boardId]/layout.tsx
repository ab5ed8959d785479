import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { BoardNav } from "@/components/board/board-nav";
import { BoardRoomProvider } from "@/components/board/board-room";
import { ConnectionBadge } from "@/components/board/connection-badge";
import { DownloadMenu } from "@/components/board/download-menu";
import { PresenceAvatars } from "@/components/board/presence";
import { CommentsProvider } from "@/components/comments/comments-provider";
import { CommentsLayer, CommentsToggle } from "@/components/comments/comments-toggle";
import { LanguageSwitch } from "@/components/language-switch";
import { MeetingBanner, StartMeetingButton } from "@/components/meeting/meeting-banner";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { SignOutButton } from "@/components/sign-out-button";
import { COLLAB_TOKEN_TTL_SECONDS, mintCollabToken } from "@/lib/auth/collab-token";
import { hasRole } from "@/lib/auth/roles";
import { requireBoardAccess } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listBoardDocuments } from "@/lib/db/queries/board-documents";

export default async function BoardLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ boardId: string }>;
}) {
  const { boardId } = await params;
  const { board, unit, role, memberRole, user } = await requireBoardAccess(boardId);
  const t = await getTranslations();
  // Sections in PKS order; only sections that work are listed.
  const base = `/boards/${board.id}`;
  const documents = await listBoardDocuments(await getDb(), board.id);
  const openOf = (kind: string) =>
    documents.filter((d) => d.kind === kind && (d.status === "draft" || d.status === "review")).length;
  const openDrafts = openOf("agreement") + openOf("care-catalogue");
  const openReflections = openOf("reflection");
  const sections: { href: string; label: string; key: string; count?: { value: number; label: string } }[] = [
    { href: base, label: t("presence.sections.overview"), key: "overview" },
    { href: `${base}/behov`, label: t("presence.sections.demand"), key: "demand" },
    { href: `${base}/kapacitet`, label: t("presence.sections.capacity"), key: "capacity" },
    { href: `${base}/balansering`, label: t("presence.sections.balance"), key: "balance" },
    { href: `${base}/produktionsplan`, label: t("presence.sections.plan"), key: "plan" },
    { href: `${base}/uppfoljning`, label: t("presence.sections.followup"), key: "followup" },
    {
      href: `${base}/reflektion`,
      label: t("reflection.title"),
      key: "reflection",
      count: { value: openReflections, label: t("reflection.openSessions", { count: openReflections }) },
    },
    {
      href: `${base}/agreements`,
      label: t("agreements.title"),
      key: "agreements",
      count: { value: openDrafts, label: t("agreements.openDrafts", { count: openDrafts }) },
    },
    { href: `${base}/spelregler`, label: t("rules.title"), key: "rules" },
    { href: `${base}/self-assessment`, label: t("selfAssessment.title"), key: "self-assessment" },
    {
      href: `${base}/strategi`,
      label: board.level === "strategic" ? t("strategic.title") : t("strategic.unit.nav"),
      key: "strategy",
    },
    { href: `${base}/history`, label: t("versions.title"), key: "history" },
  ];
  if (hasRole(role, "editor"))
    sections.push({ href: `${base}/import`, label: t("presence.sections.import"), key: "import" });
  if (hasRole(role, "owner")) sections.push({ href: `${base}/members`, label: t("board.members"), key: "members" });
  if (hasRole(memberRole, "editor"))
    sections.push({ href: `${base}/installningar`, label: t("admin.boardSettings.title"), key: "settings" });
  if (hasRole(role, "owner")) sections.push({ href: `${base}/settings/bi`, label: t("biTokens.title"), key: "bi" });
  return (
    <BoardRoomProvider
      boardId={board.id}
      role={role}
      userId={user.id}
      userName={user.name}
      collabToken={{
        token: mintCollabToken({ boardId: board.id, userId: user.id }),
        issuedAt: Date.now(),
        expiresIn: COLLAB_TOKEN_TTL_SECONDS,
      }}
    >
      <CommentsProvider boardId={board.id} userId={user.id}>
        <div className="flex min-h-screen flex-col">
          <header className="no-print flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-4 py-2">
            <Link
              href="/"
              className="shrink-0 font-bold text-accent-strong"
              aria-label={`Planeringstavlan – ${t("nav.boards")}`}
            >
              Planeringstavlan
            </Link>
            <span className="text-slate-300" aria-hidden>
              /
            </span>
            {/* The board's name gives way (truncates) so the bar stays one line at 1280 px. */}
            <div className="min-w-32 shrink">
              <h1
                className="truncate text-base font-semibold text-slate-900"
                data-testid="board-name"
                title={board.name}
              >
                {board.name}
              </h1>
              <p className="truncate text-xs text-slate-600">
                {unit.name} · {t("board.period", { period: board.period })}
              </p>
            </div>
            <span
              className="shrink-0 whitespace-nowrap rounded bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-strong"
              data-testid="board-level"
            >
              {t("topBar.level", { level: t(`boardLevels.${board.level}`).toLowerCase() })}
            </span>
            <span
              className="shrink-0 whitespace-nowrap rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700"
              data-testid="board-role"
            >
              {t("board.role", { role: t(`roles.${role}`) })}
            </span>
            <ConnectionBadge />
            <div className="ml-auto flex shrink-0 items-center gap-3">
              <StartMeetingButton />
              <DownloadMenu boardId={board.id} />
              <PresenceAvatars />
              <CommentsToggle />
              <NotificationBell />
              <LanguageSwitch action={setLocaleAction} compact />
              <Link href="/profile" className="max-w-40 truncate rounded px-2 py-1 text-sm hover:bg-slate-100">
                {user.name}
              </Link>
              <SignOutButton label={t("nav.signOut")} />
            </div>
          </header>
          <MeetingBanner />
          <div className="flex flex-1">
            <BoardNav label={t("board.sections")} sections={sections} othersHere={t("board.othersHere")} />
            <main id="main" className="min-w-0 flex-1 px-6 py-6">
              {board.archivedAt && (
                <p
                  className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
                  data-testid="board-archived"
                >
                  {t("admin.boardSettings.archivedBanner")}
                </p>
              )}
              {!hasRole(role, "editor") && (
                <p className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("board.readOnly")}</p>
              )}
              {children}
            </main>
            <CommentsLayer />
          </div>
        </div>
      </CommentsProvider>
    </BoardRoomProvider>
  );
}
