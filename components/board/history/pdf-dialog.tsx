"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ui } from "@/components/ui/styles";

type Phase =
  | { kind: "idle" }
  | { kind: "rendering" }
  | { kind: "downloading"; percent: number | null }
  | { kind: "done" }
  | { kind: "cancelled" }
  | { kind: "failed"; reason: string };

function fileNameOf(response: Response): string {
  const header = response.headers.get("content-disposition") ?? "";
  const match = /filename\*=UTF-8''([^;]+)/.exec(header);
  return match ? decodeURIComponent(match[1]) : "fastställd.pdf";
}

async function readWithProgress(response: Response, onProgress: (percent: number | null) => void): Promise<Blob> {
  const total = Number(response.headers.get("content-length")) || 0;
  const reader = response.body?.getReader();
  if (!reader) return response.blob();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    onProgress(total > 0 ? Math.min(100, Math.round((received / total) * 100)) : null);
  }
  return new Blob(parts as BlobPart[], { type: "application/pdf" });
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Ladda ner PDF": renders the fastställd version's sealed PDF with progress and a cancel button. */
export function PdfDialog({ boardId, roundId, subject }: { boardId: string; roundId: string; subject: string }) {
  const t = useTranslations("pdf.dialog");
  const [open, setOpen] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const busy = phase.kind === "rendering" || phase.kind === "downloading";

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setPhase({ kind: "rendering" });
    try {
      const response = await fetch(`/api/boards/${boardId}/pdf/${roundId}`, { signal: abort.signal });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setPhase({
          kind: "failed",
          reason: response.status === 503 ? t("busy") : (body.error ?? String(response.status)),
        });
        return;
      }
      setPhase({ kind: "downloading", percent: 0 });
      const blob = await readWithProgress(response, (percent) => setPhase({ kind: "downloading", percent }));
      save(blob, fileNameOf(response));
      setPhase({ kind: "done" });
    } catch (error) {
      if (abort.signal.aborted) setPhase({ kind: "cancelled" });
      else setPhase({ kind: "failed", reason: (error as Error).message });
    } finally {
      controller.current = null;
    }
  }

  function change(next: boolean) {
    if (!next) controller.current?.abort();
    if (next) setPhase({ kind: "idle" });
    setOpen(next);
  }

  const status =
    phase.kind === "rendering"
      ? t("rendering")
      : phase.kind === "downloading"
        ? t("downloading", { percent: phase.percent === null ? "" : `${phase.percent} %` })
        : phase.kind === "done"
          ? t("done")
          : phase.kind === "cancelled"
            ? t("cancelled")
            : phase.kind === "failed"
              ? t("failed", { reason: phase.reason })
              : "";
  return (
    <Dialog.Root open={open} onOpenChange={change}>
      <Dialog.Trigger className={ui.buttonSecondary}>{t("open")}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Dialog.Content
          className="fixed top-1/2 left-1/2 w-[min(32rem,92vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
          data-testid="pdf-dialog"
        >
          <Dialog.Title className={ui.h2}>{t("title")}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-700">{t("body", { subject })}</Dialog.Description>
          {busy && (
            <progress
              className="mt-4 h-2 w-full"
              aria-label={status}
              max={100}
              value={phase.kind === "downloading" && phase.percent !== null ? phase.percent : undefined}
            />
          )}
          <p role="status" className="mt-2 min-h-5 text-sm" data-testid="pdf-status">
            {status}
          </p>
          <div className="mt-4 flex justify-end gap-2">
            {busy ? (
              <button type="button" className={ui.buttonSecondary} onClick={() => controller.current?.abort()}>
                {t("cancel")}
              </button>
            ) : (
              <Dialog.Close className={ui.buttonSecondary}>{t("close")}</Dialog.Close>
            )}
            {!busy && phase.kind !== "done" && (
              <button type="button" className={ui.button} onClick={start}>
                {t("start")}
              </button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
