/**
 * Documents whose figures the engine computes live from the plan until they are decided: a
 * production-goals agreement and a vårdtjänstkatalog. "Fastställ" freezes the figures into the
 * document (FROZEN_MAP), and only a version with them frozen can be signed: a signature on the
 * live figures would bind numbers the signed content does not hold.
 */
import { CARE_CATALOGUE_KEY } from "@/lib/documents/care-catalogue";
import { TEMPLATE_KEY } from "@/lib/documents/doc-content";
import { PRODUCTION_GOALS_KEY } from "@/lib/documents/production-goals";
import type { VersionContent } from "./content";

/** The frozen-figures key of each template whose figures are computed live until it is decided. */
const LIVE_FIGURES: Record<string, string> = {
  "production-goals": PRODUCTION_GOALS_KEY,
  "care-catalogue": CARE_CATALOGUE_KEY,
};

/** True for a version of such a document without its frozen figures. */
export function hasLiveFigures(content: VersionContent): boolean {
  const template = content.fields?.meta[TEMPLATE_KEY];
  const key = typeof template === "string" ? LIVE_FIGURES[template] : undefined;
  return key !== undefined && content.frozen?.[key] === undefined;
}
