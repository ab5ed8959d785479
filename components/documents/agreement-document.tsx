"use client";

import { useTranslations } from "next-intl";
import type * as Y from "yjs";
import { useAnnounceSection, useBoardData, useBoardRoom } from "@/components/board/board-room";
import { DocumentEditor, type PlaceholderFor } from "@/components/editor/document-editor";
import type { MentionMember } from "@/components/editor/mention-suggestion";
import { useDocumentRoom, useDocVersion } from "@/components/editor/use-document-room";
import { ui } from "@/components/ui/styles";
import { META_MAP } from "@/lib/documents/doc-content";
import { readTemplate } from "@/lib/documents/templates";
import {
  START_AGREEMENT_CHANGE_EXAMPLES,
  START_AGREEMENT_CHANGE_PROMPT,
  START_AGREEMENT_GOAL_EXAMPLES,
  START_AGREEMENT_GOAL_PROMPT,
  START_AGREEMENT_SOURCE,
} from "@/lib/templates/start-agreement";
import { CareCataloguePanel } from "./care-catalogue-panel";
import { GoalRows } from "./goal-rows";
import { ProductionGoalsGuidance } from "./production-goals-guidance";
import { ProductionGoalsPanel } from "./production-goals-panel";
import { useStatusRefresh } from "./use-status-refresh";

const bulleted = (items: readonly string[]) => items.map((i) => `• ${i}`).join("\n");

/** The seed's prompts as placeholder text of the empty paragraph under their heading. */
const startAgreementPlaceholder: PlaceholderFor = (node, headingAbove) => {
  if (node.type.name !== "paragraph") return "";
  if (headingAbove === START_AGREEMENT_CHANGE_PROMPT) return bulleted(START_AGREEMENT_CHANGE_EXAMPLES);
  if (headingAbove === START_AGREEMENT_GOAL_PROMPT) return bulleted(START_AGREEMENT_GOAL_EXAMPLES);
  return "";
};

function Parties({ doc, source }: { doc: Y.Doc; source: string | null }) {
  const t = useTranslations("agreements");
  const parties = (doc.getMap(META_MAP).get("parties") as string[] | undefined) ?? [];
  if (parties.length === 0) return null;
  return (
    <section aria-labelledby="parties" className="text-sm">
      <h3 id="parties" className="font-semibold text-slate-800">
        {t("parties")}
      </h3>
      <p data-testid="parties">{parties.join(" · ")}</p>
      {source && <p className="text-xs text-slate-600">{source}</p>}
    </section>
  );
}

/**
 * An agreement written together: its parties, the rich text in the document's own room and the
 * structured goal rows. Read-only once fastställd, and for those who may not edit.
 */
export function AgreementDocument(props: {
  docId: string;
  title: string;
  decided: boolean;
  members: MentionMember[];
  /** On a strategic board a vårdtjänstkatalog lists its linked units' rows. */
  strategic?: boolean;
}) {
  useAnnounceSection("agreements");
  const t = useTranslations("agreements");
  const tEditor = useTranslations("documents.editor");
  const room = useDocumentRoom(props.docId);
  const board = useBoardRoom();
  const data = useBoardData();
  const version = useDocVersion(room?.doc);
  useStatusRefresh(room);
  if (!room) return <p role="status">{tEditor("loading")}</p>;
  const objects = (data?.planningObjects ?? []).map((o) => ({ id: o.id, name: o.service }));
  const template = readTemplate(room.doc);
  const isProductionGoals = template === "production-goals";
  return (
    <div className="space-y-4" data-version={version}>
      <Parties doc={room.doc} source={template === "start-agreement" || !template ? START_AGREEMENT_SOURCE : null} />
      {isProductionGoals && <ProductionGoalsGuidance />}
      {/* The figures come first where they are the substance; the free text follows them. */}
      {template === "care-catalogue" && (
        <CareCataloguePanel
          doc={room.doc}
          version={version}
          decided={props.decided}
          strategic={props.strategic === true}
        />
      )}
      {isProductionGoals && <ProductionGoalsPanel doc={room.doc} version={version} decided={props.decided} />}
      <DocumentEditor
        room={room}
        label={props.title}
        members={props.members}
        placeholderFor={startAgreementPlaceholder}
        readOnly={props.decided}
        readOnlyNote={tEditor("decided")}
      />
      {!isProductionGoals && template !== "care-catalogue" && (
        <section aria-labelledby="goals" className={ui.card}>
          <h3 id="goals" className={ui.h2}>
            {t("goals")}
          </h3>
          <GoalRows doc={room.doc} version={version} disabled={props.decided || !board.canEdit} objects={objects} />
        </section>
      )}
    </div>
  );
}
