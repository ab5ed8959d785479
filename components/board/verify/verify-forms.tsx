"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ui } from "@/components/ui/styles";
import type { VerifyOutcome } from "@/lib/pdf/verify-pdf";
import { VerifyResult } from "./verify-result";

type Answer = { kind: "file" | "hash"; outcome: VerifyOutcome } | { kind: "error"; message: string } | null;

/** Upload a PDF or paste a hash; the answer replaces the one the page was opened with. */
export function VerifyForms({ boardId, initialHash }: { boardId: string; initialHash: string }) {
  const t = useTranslations("verify");
  const [answer, setAnswer] = useState<Answer>(null);
  const [pending, setPending] = useState(false);

  async function submit(kind: "file" | "hash", form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get("file");
    if (kind === "file" && (!(file instanceof File) || file.size === 0)) {
      setAnswer({ kind: "error", message: t("notPdf") });
      return;
    }
    setPending(true);
    try {
      const response = await fetch(`/api/boards/${boardId}/verify`, { method: "POST", body: data });
      const body = await response.json();
      setAnswer(response.ok ? { kind, outcome: body as VerifyOutcome } : { kind: "error", message: body.error });
    } catch {
      setAnswer({ kind: "error", message: t("failed") });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <form
          className={`${ui.card} space-y-2`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit("file", e.currentTarget);
          }}
        >
          <label htmlFor="verify-file" className={ui.label}>
            {t("file")}
          </label>
          <input id="verify-file" name="file" type="file" accept="application/pdf,.pdf" className="block text-sm" />
          <button type="submit" className={ui.button} disabled={pending}>
            {pending ? t("checking") : t("upload")}
          </button>
        </form>
        <form
          className={`${ui.card} space-y-2`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit("hash", e.currentTarget);
          }}
        >
          <label htmlFor="verify-hash" className={ui.label}>
            {t("hash")}
          </label>
          <input
            id="verify-hash"
            name="hash"
            defaultValue={initialHash}
            required
            pattern="[0-9a-fA-F]{64}"
            title={t("hashInvalid")}
            className={`${ui.input} font-mono text-xs`}
          />
          <button type="submit" className={ui.buttonSecondary} disabled={pending}>
            {t("check")}
          </button>
        </form>
      </div>
      {answer?.kind === "error" && (
        <p role="alert" className="text-sm text-deficit">
          {answer.message}
        </p>
      )}
      {answer && answer.kind !== "error" && <VerifyResult outcome={answer.outcome} kind={answer.kind} />}
    </div>
  );
}
