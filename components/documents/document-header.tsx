import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ui } from "@/components/ui/styles";
import { type BoardRole, hasRole } from "@/lib/auth/roles";
import type { BoardDocument } from "@/lib/db/schema";
import type { FormState } from "@/lib/forms/form-state";
import { STATUS_TRANSITIONS } from "@/lib/server/documents/set-document-status";
import { DocumentStatusForm, PrintButton, ReopenDocumentForm } from "./document-forms";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A document page's head: the way back, the title and status, the status buttons an editor may
 * press next, "Ny revision" of a fastställd document (when `reopen` is given) and print.
 */
export async function DocumentHeader(props: {
  doc: BoardDocument;
  role: BoardRole;
  back: { href: string; label: string };
  printLabel: string;
  statusAction: FormAction;
  reopen?: FormAction;
}) {
  const { doc } = props;
  const t = await getTranslations();
  const canEdit = hasRole(props.role, "editor");
  const next = canEdit ? STATUS_TRANSITIONS[doc.status] : [];
  return (
    <>
      <Link href={props.back.href} className="no-print text-sm text-accent-strong hover:underline">
        ← {props.back.label}
      </Link>
      <header className="flex flex-wrap items-center gap-3">
        <h2 className={ui.h1} data-testid="document-title">
          {doc.title}
        </h2>
        <span
          className="rounded bg-slate-100 px-2 py-0.5 text-sm font-semibold text-slate-800"
          data-testid="document-status"
        >
          {t(`documents.status.${doc.status}`)}
        </span>
        <div className="ml-auto flex items-center gap-2">
          <DocumentStatusForm action={props.statusAction} boardId={doc.boardId} docId={doc.id} next={next} />
          {props.reopen && doc.status === "active" && canEdit && (
            <ReopenDocumentForm action={props.reopen} boardId={doc.boardId} docId={doc.id} />
          )}
          <PrintButton label={props.printLabel} />
        </div>
      </header>
    </>
  );
}
