"use client";

import { Download, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ui } from "@/components/ui/styles";

/** The `pks-board` JSON both ways: export this board, import a file as a new board. */
export function ExchangeJson({ boardId }: { boardId: string }) {
  const t = useTranslations("import.json");
  const router = useRouter();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function upload(file: File) {
    setError(null);
    setIsBusy(true);
    try {
      const response = await fetch("/api/boards/import", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: await file.text(),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string; url?: string; id?: string };
      if (response.status === 201 && (body.url || body.id)) {
        router.push(body.url ?? `/boards/${body.id}`);
        return;
      }
      setError(body.error ?? t("failed", { status: response.status }));
    } catch {
      setError(t("network"));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section aria-labelledby="json-heading" className={`${ui.card} space-y-3`}>
      <h3 id="json-heading" className={ui.h2}>
        {t("title")}
      </h3>
      <p className="text-sm text-slate-600">{t("help")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <a href={`/api/boards/${boardId}/export`} className={ui.buttonSecondary} download>
          <Download aria-hidden className="size-4" />
          {t("export")}
        </a>
        <a
          href={`/api/boards/${boardId}/export.xlsx`}
          className={ui.buttonSecondary}
          download
          data-testid="export-xlsx"
        >
          <Download aria-hidden className="size-4" />
          {t("exportXlsx")}
        </a>
        <label
          htmlFor={inputId}
          className={`${ui.buttonSecondary} cursor-pointer has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent`}
        >
          <Upload aria-hidden className="size-4" />
          {isBusy ? t("importing") : t("import")}
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            disabled={isBusy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void upload(file);
            }}
          />
        </label>
      </div>
      {error && (
        <p
          role="alert"
          className="rounded-md bg-deficit-soft px-3 py-2 text-sm font-medium text-deficit"
          data-testid="json-import-error"
        >
          {error}
        </p>
      )}
    </section>
  );
}
