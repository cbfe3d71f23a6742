// Comments on issues and pull requests. Two writers posting at once get two comments, as on GitHub:
// nothing here deduplicates, so a test can watch an app converge to one.
import { issueOrPull } from "./issues.ts";
import { notFound } from "./github-error.ts";
import type { AppIdentity, CommentRecord } from "./records.ts";
import type { StateContext } from "./state-context.ts";

/** The comments on issue or pull request `number`, oldest first. */
export function comments(state: StateContext, fullName: string, number: number): CommentRecord[] {
  return [...state.repository(fullName).comments.values()].filter((comment) => comment.issueNumber === number);
}

export function addComment(state: StateContext, fullName: string, number: number, input: { body: string; user: string; app?: AppIdentity | null }): CommentRecord {
  const record = issueOrPull(state, fullName, number);
  const now = state.now();
  const comment: CommentRecord = { id: state.nextId(), issueNumber: record.number, body: input.body, user: input.user, app: input.app ?? null, createdAt: now, updatedAt: now };
  state.userId(input.user);
  state.repository(fullName).comments.set(comment.id, comment);
  return comment;
}

export function updateComment(state: StateContext, fullName: string, id: number, body: string): CommentRecord {
  const comment = state.repository(fullName).comments.get(id);
  if (!comment) throw notFound();
  comment.body = body;
  comment.updatedAt = state.now();
  return comment;
}

/** Deletes a comment; 404 when it is gone already (a second writer deleting the same duplicate). */
export function deleteComment(state: StateContext, fullName: string, id: number): void {
  if (!state.repository(fullName).comments.delete(id)) throw notFound();
}
