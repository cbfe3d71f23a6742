// An issue a scheduled job keeps: identified by a hidden marker in its body (labels can be
// renamed or removed by people; the marker stays), owned by one job (`kind`).
export interface DesiredIssue {
  /** Stable identity within the kind, e.g. "tax" or "resident-registration-act". */
  key: string;
  title: string;
  /** Markdown without the marker; the marker is added when written. */
  body: string;
  labels: string[];
  /** GitHub allows 10 assignees per issue; the first 10 are kept. */
  assignees: string[];
}

export interface ExistingIssue {
  number: number;
  state: "open" | "closed";
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

export const MAX_ASSIGNEES = 10;

export function markerOf(kind: string, key: string): string {
  return `<!-- work-manuals:${kind}:${key} -->`;
}

/** The key in a body's marker for this kind, or null. */
export function keyOf(kind: string, body: string): string | null {
  const match = new RegExp(`<!-- work-manuals:${kind.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:([^\\s>]+) -->`).exec(body);
  return match?.[1] ?? null;
}

export function bodyWithMarker(kind: string, issue: DesiredIssue): string {
  return `${markerOf(kind, issue.key)}\n${issue.body.trim()}\n`;
}

export function assigneesOf(logins: readonly (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const login of logins) if (login && !seen.has(login.toLowerCase())) seen.set(login.toLowerCase(), login);
  return [...seen.values()].sort((a, b) => a.localeCompare(b)).slice(0, MAX_ASSIGNEES);
}

export function duplicateComment(kept: number): string {
  return `같은 내용을 #${kept}에서 관리하므로 이 이슈를 닫습니다. / Closed as a duplicate of #${kept}, which is kept up to date.`;
}
