"use client";

import { AlertTriangle, RotateCcw } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ui } from "./styles";

/**
 * What an error boundary shows instead of a blank page: what happened in plain Swedish, "Försök
 * igen" (re-fetches and re-renders the failed part) and a link back to safe ground. Focus moves
 * to the heading so keyboard and screen-reader users learn of it at once.
 */
export function ErrorPanel({
  error,
  retry,
  backHref,
  backLabel,
}: {
  error: unknown;
  retry: () => void;
  backHref: string;
  backLabel: string;
}) {
  const t = useTranslations("sectionError");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  useEffect(() => {
    console.error(error);
    headingRef.current?.focus();
  }, [error]);
  return (
    <section role="alert" aria-labelledby="section-error-title" className={`${ui.card} max-w-2xl space-y-3`}>
      <h2
        id="section-error-title"
        ref={headingRef}
        tabIndex={-1}
        className="flex items-center gap-2 text-lg font-semibold text-slate-900"
      >
        <AlertTriangle aria-hidden className="size-5 text-deficit" />
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("body")}</p>
      {digest && <p className="text-xs text-slate-600">{t("reference", { digest })}</p>}
      <div className="flex flex-wrap gap-3">
        <button type="button" className={ui.button} onClick={() => retry()}>
          <RotateCcw aria-hidden className="size-4" />
          {t("retry")}
        </button>
        <Link href={backHref} className={ui.buttonSecondary}>
          {backLabel}
        </Link>
      </div>
    </section>
  );
}
