"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { ui } from "@/components/ui/styles";
import { setRanks } from "@/lib/board/doc-edit-v2";
import { hasPriorityOrder, type ProposedRank, proposePriorityOrder } from "@/lib/board/priority-order";
import type { PksBoard } from "@/lib/engine";
import { formatDateTime } from "@/lib/format";
import { objectLabel } from "./object-label";

async function recordDecision(boardId: string, body: object): Promise<{ decidedBy: string; decidedAt: string }> {
  const response = await fetch(`/api/boards/${boardId}/priority-order`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(typeof json.error === "string" ? json.error : String(response.status));
  return json;
}

function ProposalTable({ board, proposal }: { board: PksBoard; proposal: ProposedRank[] }) {
  const t = useTranslations("demand.allocation");
  const byId = new Map(board.planningObjects.map((o) => [o.id, o]));
  const sorted = [...proposal].sort((a, b) => a.rank - b.rank);
  return (
    <table className="mt-2 w-full max-w-3xl text-sm" data-testid="priority-proposal">
      <thead className="text-left text-slate-700">
        <tr>
          <th scope="col" className="py-1 pr-3">
            {t("object")}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t("priority")}
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            {t("proposedRank")}
          </th>
          <th scope="col" className="py-1">
            <span className="sr-only">{t("queried")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((p) => {
          const object = byId.get(p.id);
          return (
            <tr key={p.id} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-3 text-left font-medium">
                {object ? [objectLabel(object), object.contactType].filter(Boolean).join(", ") : p.id}
              </th>
              <td className="py-1 pr-3">{object?.priority ?? "–"}</td>
              <td className="tabular py-1 pr-3 text-right">{p.rank}</td>
              <td className="py-1 text-amber-900">{p.isQueried ? t("queriedNote") : ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * "Föreslå prioritetsordning utifrån medicinsk prioritet": shows the proposal; only when a person
 * accepts it are the ranks written to the board and the decision recorded in the audit log.
 */
export function PriorityOrderControl({ board }: { board: PksBoard }) {
  const t = useTranslations("demand.allocation");
  const room = useBoardRoom();
  const [proposal, setProposal] = useState<ProposedRank[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const isDecided = hasPriorityOrder(board.planningObjects);
  if (!room.canEdit) return null;

  const decide = async (decision: "accept" | "clear") => {
    const ranks: Record<string, number | null> = {};
    for (const o of board.planningObjects) if (!o.acute) ranks[o.id] = null;
    if (decision === "accept") for (const p of proposal ?? []) ranks[p.id] = p.rank;
    setBusy(true);
    try {
      const queried = (proposal ?? []).filter((p) => p.isQueried).map((p) => p.id);
      const audited = Object.fromEntries(Object.entries(ranks).filter((e): e is [string, number] => e[1] !== null));
      const who = await recordDecision(room.boardId, { decision, ranks: audited, queried });
      setRanks(room.doc, ranks, room.origin);
      setProposal(null);
      setStatus(
        t(decision === "accept" ? "decided" : "cleared", { name: who.decidedBy, at: formatDateTime(who.decidedAt) }),
      );
    } catch (error) {
      setStatus(t("failed", { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const propose = () => {
    const next = proposePriorityOrder(board.planningObjects);
    setProposal(next);
    setStatus(next.length === 0 ? t("noPriorities") : null);
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={ui.buttonSecondary} onClick={propose} disabled={isBusy}>
          {t("propose")}
        </button>
        {isDecided && (
          <button type="button" className={ui.buttonSecondary} onClick={() => decide("clear")} disabled={isBusy}>
            {t("clear")}
          </button>
        )}
      </div>
      {proposal && proposal.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="priority-proposal-box">
          <p className="text-sm text-slate-800">{t("proposalHelp")}</p>
          <ProposalTable board={board} proposal={proposal} />
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className={ui.button} onClick={() => decide("accept")} disabled={isBusy}>
              {t("accept")}
            </button>
            <button type="button" className={ui.buttonSecondary} onClick={() => setProposal(null)} disabled={isBusy}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="text-sm text-slate-700" data-testid="priority-status">
        {status}
      </p>
    </div>
  );
}
