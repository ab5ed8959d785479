/**
 * Names of the shared types inside a document's room (`board:<boardId>/doc:<docId>`): the rich
 * text, and the structured parts some kinds add beside it (goal rows of an agreement, answers
 * of a self-assessment round). Shared by the browser and the server.
 */
export const DOCUMENT_FRAGMENT = "content";
/** Y.Array of Y.Map: the goal rows of a start agreement. */
export const GOALS_ARRAY = "goals";
/** Y.Map: the parties and other single fields of a document. */
export const META_MAP = "meta";
/** Y.Map statementId → answer of a self-assessment round. */
export const ANSWERS_MAP = "answers";
/** Y.Map areaId → Y.XmlFragment key, the "Egen analys/reflektion" notes of a self-assessment. */
export const areaNoteFragment = (areaId: string) => `note:${areaId}`;
/**
 * Y.Map of figures frozen into a document when it is decided (key `productionGoals`: the
 * production-goals table as plain JSON). Written only by the server (`withRoom`), part of the
 * document's signed content.
 */
export const FROZEN_MAP = "frozen";
/** The META_MAP key naming the template a document was made from (absent: the start agreement). */
export const TEMPLATE_KEY = "template";
/** Y.Array of Y.Map: the action items of a reflection session (reflection.ts). */
export const ACTIONS_ARRAY = "actions";
