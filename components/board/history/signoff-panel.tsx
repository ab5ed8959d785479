import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ui } from "@/components/ui/styles";
import type { RoundView } from "@/lib/db/queries/signoff";
import type { FormState } from "@/lib/forms/form-state";
import { PdfDialog } from "./pdf-dialog";
import { SignDialog } from "./sign-dialog";
import { ShortageDecisionForm, WithdrawForm } from "./signoff-forms";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The version a signer would sign now: the one being signed, else the latest. */
export interface SignCandidate {
  id: string;
  name: string;
  contentHash: string;
  shortageHours: number;
  decision: { text: string; gapHours: number } | null;
  /** A production-goals agreement or catalogue whose figures are not frozen yet: not signable. */
  hasLiveFigures: boolean;
}

export interface SignoffPanelProps {
  boardId: string;
  /** The agreement being signed; absent for the production plan (the board document). */
  docId?: string;
  /** What the PDF holds, for its dialog ("produktionsplanen", "överenskommelsen"). */
  subject: string;
  userId: string;
  userLevel: string;
  canEdit: boolean;
  required: string[];
  open: RoundView | null;
  signed: RoundView | null;
  candidate: SignCandidate | null;
  /** Link to the diff between the signed version and the draft, when they differ. */
  draftDiffHref: string | null;
  actions: { sign: Action; decide: Action; withdraw: Action };
}

async function Signatures({ view }: { view: RoundView }) {
  const t = await getTranslations("signoff");
  const format = await getFormatter();
  const active = view.signatures.filter((s) => !s.withdrawnAt);
  return (
    <ul className="space-y-1 text-sm">
      {active.map((s) => (
        <li key={s.id}>
          ✓{" "}
          {t("signedBy", {
            name: s.name,
            level: t(`levels.${s.level}` as never),
            when: format.dateTime(s.signedAt, { dateStyle: "short", timeStyle: "short" }),
          })}
        </li>
      ))}
      {view.round.requiredLevels
        .filter((level) => !active.some((s) => s.level === level))
        .map((level) => (
          <li key={level} className="text-slate-600">
            ○ {t("missing", { level: t(`levels.${level}` as never) })}
          </li>
        ))}
    </ul>
  );
}

/** Sign-off of the plan: status ("Fastställd"), signatures, the shortage decision, sign and withdraw. */
export async function SignoffPanel(props: SignoffPanelProps) {
  const t = await getTranslations("signoff");
  const { boardId, open, signed, candidate } = props;
  const levelOption = (value: string) => ({ value, label: t(`levels.${value}` as never) });
  const mine = open?.signatures.some((s) => s.userId === props.userId && !s.withdrawnAt) ?? false;
  const needsDecision = candidate !== null && candidate.shortageHours > 0 && candidate.decision === null;
  return (
    <section aria-labelledby="signoff-title" className={`${ui.card} space-y-4`} data-testid="signoff-panel">
      <div className="flex flex-wrap items-center gap-3">
        <h3 id="signoff-title" className={ui.h2}>
          {t("title")}
        </h3>
        {signed && (
          <span
            className="rounded bg-surplus-soft px-2 py-0.5 text-sm font-semibold text-surplus"
            data-testid="signoff-status"
          >
            {t("status.signed")}
          </span>
        )}
        {!signed && (
          <span className="rounded bg-slate-100 px-2 py-0.5 text-sm" data-testid="signoff-status">
            {open ? t("status.open") : t("status.draft")}
          </span>
        )}
        <span className="text-sm text-slate-600">
          {t("required", { levels: props.required.map((l) => t(`levels.${l}` as never)).join(", ") })}
        </span>
      </div>
      {props.draftDiffHref && (
        <p role="status" className="rounded-md bg-deficit-soft px-3 py-2 text-sm" data-testid="signoff-banner">
          {t("banner")} —{" "}
          <Link className="font-semibold underline" href={props.draftDiffHref}>
            {t("bannerLink")}
          </Link>
        </p>
      )}
      {signed && (
        <div>
          <p className="text-sm font-medium">{t("version", { name: signed.versionName ?? "–" })}</p>
          <Signatures view={signed} />
          <p className="mt-1 font-mono text-xs break-all text-slate-500">
            {t("hash")}: {signed.round.contentHash}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <PdfDialog boardId={boardId} roundId={signed.round.id} subject={props.subject} />
            <Link className="text-sm text-accent-strong underline" href={`/boards/${boardId}/verify`}>
              {t("verifyLink")}
            </Link>
          </div>
        </div>
      )}
      {!candidate && <p className="text-sm text-slate-600">{t("noVersion")}</p>}
      {candidate && (!signed || signed.round.versionId !== candidate.id) && (
        <div className="space-y-3 border-t border-slate-100 pt-3">
          <p className="text-sm font-medium">{t("version", { name: candidate.name })}</p>
          {open && <Signatures view={open} />}
          {candidate.shortageHours > 0 && (
            <div className="rounded-md bg-deficit-soft px-3 py-2 text-sm">
              <p className="font-semibold">
                {t("shortage", { hours: candidate.shortageHours.toLocaleString("sv-SE") })}
              </p>
              <p className="italic">”{t("shortageQuote")}”</p>
              {candidate.decision && (
                <p className="mt-1">
                  {t("decisionRecorded", { hours: candidate.decision.gapHours.toLocaleString("sv-SE") })}{" "}
                  {candidate.decision.text}
                </p>
              )}
            </div>
          )}
          {needsDecision && props.canEdit && (
            <ShortageDecisionForm boardId={boardId} versionId={candidate.id} action={props.actions.decide} />
          )}
          {candidate.hasLiveFigures && (
            <p className="rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="signoff-live-figures">
              {t("liveFigures")}
            </p>
          )}
          {!mine && !needsDecision && !candidate.hasLiveFigures && (
            <SignDialog
              boardId={boardId}
              versionId={candidate.id}
              versionName={candidate.name}
              contentHash={candidate.contentHash}
              levels={props.required.map(levelOption)}
              defaultLevel={props.required.includes(props.userLevel) ? props.userLevel : props.required[0]}
              action={props.actions.sign}
            />
          )}
          {mine && <WithdrawForm boardId={boardId} docId={props.docId} action={props.actions.withdraw} />}
        </div>
      )}
    </section>
  );
}
