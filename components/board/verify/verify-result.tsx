"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { VerifyOutcome } from "@/lib/pdf/verify-pdf";

function SealLine({ seal }: { seal: NonNullable<VerifyOutcome["seal"]> }) {
  const t = useTranslations("verify");
  if (seal.status === "valid" && seal.ours)
    return <p className="rounded-md bg-surplus-soft px-3 py-2 font-semibold text-surplus">✓ {t("sealValid")}</p>;
  if (seal.status === "valid")
    return (
      <p className="rounded-md bg-amber-50 px-3 py-2 font-semibold">{t("sealForeign", { name: seal.signer ?? "?" })}</p>
    );
  return (
    <p className="rounded-md bg-deficit-soft px-3 py-2 font-semibold text-deficit">
      ✗ {seal.status === "missing" ? t("sealMissing") : t("sealInvalid")}
    </p>
  );
}

/** The verify page's answer: the seal (for a file), the version, its status and who signed. */
export function VerifyResult({ outcome, kind }: { outcome: VerifyOutcome; kind: "file" | "hash" }) {
  const t = useTranslations("verify");
  const tp = useTranslations("pdf");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
  const { record, version, seal } = outcome;
  return (
    <div className="space-y-3 text-sm" data-testid="verify-result" role="status">
      {seal && <SealLine seal={seal} />}
      {record && (
        <div className="space-y-2">
          <p>
            {t("recognised", {
              subject: record.documentTitle ?? tp("certificate.plan"),
              name: record.versionName ?? when(record.versionCreatedAt),
              status: tp(`certificate.statuses.${record.status}` as never),
            })}
          </p>
          <h3 className="font-semibold">{t("signers")}</h3>
          <ul className="list-disc pl-5">
            {record.signers.map((s) => (
              <li key={`${s.name}-${s.signedAt}`}>
                {s.withdrawnAt
                  ? t("withdrawnSigner", { name: s.name, level: tp(`levels.${s.level}` as never) })
                  : t("signer", {
                      name: s.title ? `${s.name}, ${s.title}` : s.name,
                      level: tp(`levels.${s.level}` as never),
                      when: when(s.signedAt),
                    })}
              </li>
            ))}
          </ul>
          <p className="font-mono text-xs break-all text-slate-600">
            {t("contentHash")}: {record.contentHash}
          </p>
        </div>
      )}
      {!record && version && <p>{t("versionOnly", { name: version.name ?? "–", when: when(version.createdAt) })}</p>}
      {!record && !version && <p>{kind === "file" ? t("notRecognised") : t("hashNotFound")}</p>}
    </div>
  );
}
