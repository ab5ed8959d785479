import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { loadSignoffStatus } from "@/lib/db/queries/signoff";
import { DRAFT, loadDraft } from "@/lib/server/versions/load-history";

/**
 * On a board's pages: "Fastställd" when the plan's signed version is the draft, otherwise the
 * banner "Utkastet skiljer sig från fastställd version" with a link to the diff. Nothing when the
 * plan has never been signed.
 */
export async function SignoffBanner({ boardId }: { boardId: string }) {
  const db = await getDb();
  const { signed } = await loadSignoffStatus(db, boardId);
  if (!signed) return null;
  const t = await getTranslations("signoff");
  const draft = await loadDraft(db, boardId);
  if (draft?.contentHash === signed.round.contentHash)
    return (
      <p
        className="no-print mb-4 inline-block rounded bg-surplus-soft px-3 py-1 text-sm font-semibold text-surplus"
        data-testid="signoff-state"
      >
        {t("status.signed")} · {signed.versionName ?? ""}
      </p>
    );
  return (
    <p
      role="status"
      className="no-print mb-4 rounded-md bg-deficit-soft px-3 py-2 text-sm"
      data-testid="signoff-banner"
    >
      {t("banner")} —{" "}
      <Link
        className="font-semibold underline"
        href={`/boards/${boardId}/history?from=${signed.round.versionId}&to=${DRAFT}`}
      >
        {t("bannerLink")}
      </Link>
    </p>
  );
}
