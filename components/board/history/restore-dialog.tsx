"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ui } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import { ActionForm, CloseWhenSaved, FieldError, SubmitButton } from "./action-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * "Återställ" with a confirm dialog in words: the whole version, or one removed item (`item`)
 * from it. The restore is a new change on top; the current state is kept as a version first.
 */
export function RestoreDialog({
  boardId,
  versionId,
  versionName,
  when,
  item,
  action,
  triggerLabel,
}: {
  boardId: string;
  versionId: string;
  versionName: string;
  when: string;
  item?: { kind: string; id: string; name: string };
  action: Action;
  triggerLabel: string;
}) {
  const t = useTranslations("versions");
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className={`${ui.buttonSecondary} min-h-8 px-2 py-1`}>{triggerLabel}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 w-[min(32rem,92vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
          <Dialog.Title className={ui.h2}>
            {item ? t("restoreThis", { what: item.name }) : t("restoreTitle")}
          </Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-700">
            {item
              ? t("restoreItemBody", { what: item.name, name: versionName })
              : t("restoreBody", { name: versionName, when })}
          </Dialog.Description>
          <ActionForm action={action} className="mt-4">
            <CloseWhenSaved onSaved={() => setOpen(false)} />
            <input type="hidden" name="boardId" value={boardId} />
            <input type="hidden" name="versionId" value={versionId} />
            <input type="hidden" name="itemKind" value={item?.kind ?? ""} />
            <input type="hidden" name="itemId" value={item?.id ?? ""} />
            <FieldError name="versionId" />
            <FieldError name="item" />
            <div className="mt-4 flex justify-end gap-2">
              <Dialog.Close className={ui.buttonSecondary}>{t("cancel")}</Dialog.Close>
              <SubmitButton>{t("restoreConfirm")}</SubmitButton>
            </div>
          </ActionForm>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
