"use client";

import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorPanel } from "@/components/ui/error-panel";

/** A failing board section: the board's top bar and rail stay, the section shows a way back. */
export default function BoardSectionError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("sectionError");
  const { boardId } = useParams<{ boardId: string }>();
  return <ErrorPanel error={error} retry={retry} backHref={`/boards/${boardId}`} backLabel={t("toOverview")} />;
}
