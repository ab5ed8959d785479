"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel } from "@/components/ui/error-panel";

/** A page (or a board's top bar) that failed outside any section: back to the board list. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("sectionError");
  return (
    <main id="main" className="mx-auto max-w-3xl px-6 py-10">
      <ErrorPanel error={error} retry={retry} backHref="/" backLabel={t("toBoards")} />
    </main>
  );
}
