/**
 * The board's shared document model: one Y.Doc per board holding the `pks-board` data as
 * fine-grained Y types (layout and reasons: docs/board-model.md), the conversions to and from
 * plain data, the edits the UI makes, and per-user undo. Used by the browser and by the
 * collaboration server alike; imports no Node or DOM APIs.
 */
import * as Y from "yjs";
import { boardTypeList, MEASURE_META_MAP } from "./doc-layout";

export {
  type BoardContent,
  canonicalJson,
  contentHash,
  type RichTextNode,
  readBoardContent,
  readRichText,
} from "./board-content";
export { type CellEdit, setCells } from "./doc-cells";
export {
  addMeasure,
  addScheduleRow,
  type MeasurePatch,
  moveMeasure,
  removeMeasure,
  removeScheduleRow,
  setActualCapacity,
  setCalendar,
  setHorizon,
  setMeasureStatus,
  setMeta,
  setOutcomeValue,
  toggleLowProductionWeek,
  updateMeasure,
  updateScheduleRow,
} from "./doc-edit-board";
export {
  addAdjustment,
  addPlanningObject,
  addResource,
  movePlanningObject,
  moveResource,
  type PlanningObjectPatch,
  type ResourcePatch,
  removeAdjustment,
  removePlanningObject,
  removeResource,
  setAcute,
  setHistoryValue,
  setResourceAvailability,
  setTimePerActivity,
  setWaitingList,
  updateAdjustment,
  updatePlanningObject,
  updateResource,
} from "./doc-edit-entities";
export {
  BOARD_TYPE_NAMES,
  type BoardTypes,
  boardTypeList,
  boardTypes,
  MEASURE_META_MAP,
  type OutcomeField,
} from "./doc-layout";
export { adjustmentIds, readBoardFromDoc, scheduleRowIds } from "./doc-read";
export { isBoardDocInitialized, writeBoardToDoc } from "./doc-write";
export { normalizeBoard } from "./normalize";

/** Prefix of the rich-text fragments (agreements, rules, reflections) in a board's Y.Doc. */
export const RICH_TEXT_PREFIX = "rt:";

/**
 * The Y.XmlFragment of one rich-text field of the board, for tiptap's Collaboration extension
 * (`field: richTextFragment(doc, key)`). Keys are app-defined, e.g. "agreement:<id>:mal".
 */
export function richTextFragment(doc: Y.Doc, key: string): Y.XmlFragment {
  return doc.getXmlFragment(RICH_TEXT_PREFIX + key);
}

export interface BoardUndoOptions {
  /** Merge edits closer in time than this many ms into one undo step. Default 0: every edit is a step. */
  captureTimeout?: number;
}

/**
 * An UndoManager over the board's data types that tracks only transactions with `origin`, so a
 * user's undo never reverts another person's edit. Give every edit of this user the same origin
 * (e.g. a per-tab object). Rich text has its own undo in the editor.
 */
export function createUndoManager(doc: Y.Doc, origin: unknown, options: BoardUndoOptions = {}): Y.UndoManager {
  // Undoing the removal of a measure brings back its lever, owner and description too.
  return new Y.UndoManager([...boardTypeList(doc), doc.getMap(MEASURE_META_MAP)], {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.captureTimeout ?? 0,
  });
}
