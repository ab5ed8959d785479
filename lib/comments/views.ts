import type { CommentAnchor } from "./anchor";

/** A comment as the API returns it. */
export interface CommentView {
  id: string;
  authorId: string | null;
  authorName: string;
  body: string;
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  isDeleted: boolean;
}

/** A thread as the API returns it, comments oldest first. */
export interface ThreadView {
  id: string;
  anchor: CommentAnchor;
  anchorKey: string;
  section: string;
  placeLabel: string;
  createdBy: string | null;
  createdAt: string;
  resolvedAt: string | null;
  comments: CommentView[];
}
