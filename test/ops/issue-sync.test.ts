// The issue plan and the laws.yml edit, without HTTP: applying a plan and planning again gives an
// empty plan, whatever the starting issues; laws.yml keeps every byte but the dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyWithMarker, type DesiredIssue, type ExistingIssue } from "../../bot/ops/issues/desired-issue.ts";
import { planIssueSync, type SyncAction } from "../../bot/ops/issues/plan-sync.ts";
import { writeEffective } from "../../bot/ops/laws/write-effective.ts";

const KIND = "due";

/** What GitHub would hold after the actions (the store's semantics, in memory). */
function apply(existing: ExistingIssue[], actions: SyncAction[]): ExistingIssue[] {
  const issues = existing.map((i) => ({ ...i }));
  let next = Math.max(0, ...issues.map((i) => i.number)) + 1;
  for (const action of actions) {
    if (action.kind === "create") issues.push({ number: next++, state: "open", title: action.title, body: action.body, labels: action.labels, assignees: action.assignees });
    else {
      const issue = issues.find((i) => i.number === action.number)!;
      if (action.kind === "close") issue.state = "closed";
      else Object.assign(issue, { title: action.title, body: action.body, labels: action.labels, assignees: action.assignees, state: "open" });
    }
  }
  return issues;
}

const key = fc.constantFrom("tax", "cleaning", "parking");
const desiredIssue = fc.record({ key, title: fc.constantFrom("a", "b"), body: fc.constantFrom("x", "y"), labels: fc.constant<string[]>(["검토기한"]), assignees: fc.subarray(["kim", "lee", "park"]) });
const existingIssue = fc.record({
  number: fc.integer({ min: 1, max: 30 }),
  state: fc.constantFrom("open" as const, "closed" as const),
  title: fc.constantFrom("a", "old"),
  body: fc.oneof(key.map((k) => bodyWithMarker(KIND, { key: k, title: "", body: "x", labels: [], assignees: [] })), fc.constant("someone's issue")),
  labels: fc.subarray(["검토기한", "우선"]),
  assignees: fc.subarray(["kim", "lee"]),
});

describe("planIssueSync", () => {
  it("converges in one pass: exactly one open issue per desired key, none for the others, and nothing left to do", () => {
    fc.assert(
      fc.property(fc.uniqueArray(desiredIssue, { selector: (d) => d.key }), fc.uniqueArray(existingIssue, { selector: (e) => e.number }), (desired: DesiredIssue[], existing: ExistingIssue[]) => {
        const input = { kind: KIND, desired, closingComment: "done" };
        const after = apply(existing, planIssueSync({ ...input, existing }));
        expect(planIssueSync({ ...input, existing: after })).toEqual([]);
        for (const want of desired) {
          const open = after.filter((i) => i.state === "open" && i.body.startsWith(`<!-- work-manuals:${KIND}:${want.key} -->`));
          expect(open).toHaveLength(1);
          expect(open[0]).toMatchObject({ title: want.title, assignees: want.assignees });
        }
        const others = after.filter((i) => i.state === "open" && i.body.startsWith("<!-- work-manuals:") && !desired.some((d) => i.body.startsWith(`<!-- work-manuals:${KIND}:${d.key} -->`)));
        expect(others).toEqual([]);
        // Issues without the marker are never touched.
        expect(after.filter((i) => i.body === "someone's issue")).toEqual(existing.filter((i) => i.body === "someone's issue"));
      }),
    );
  });

  it("reopens the latest closed issue of a key rather than creating one", () => {
    const body = bodyWithMarker(KIND, { key: "tax", title: "", body: "x", labels: [], assignees: [] });
    const existing: ExistingIssue[] = [
      { number: 3, state: "closed", title: "t", body, labels: ["검토기한"], assignees: [] },
      { number: 9, state: "closed", title: "t", body, labels: ["검토기한"], assignees: [] },
    ];
    const actions = planIssueSync({ kind: KIND, existing, desired: [{ key: "tax", title: "t", body: "x", labels: ["검토기한"], assignees: [] }], closingComment: "done" });
    expect(actions).toEqual([{ kind: "update", key: "tax", number: 9, reopen: true, title: "t", body, labels: ["검토기한"], assignees: [] }]);
  });
});

describe("writeEffective", () => {
  const text = [
    "# 법령 목록",
    "a-act:",
    "  name: 가법   # 주석은 그대로",
    "  effective: 2025-01-31",
    "  url: https://www.law.go.kr/법령/가법",
    "b-act:",
    "  name: 나법",
    '  effective: "2024-01-01"',
    "  url: https://www.law.go.kr/법령/나법",
    "",
  ].join("\r\n");

  it("changes only the dates asked for, keeping comments, quotes and line endings", () => {
    const result = writeEffective(text, [
      { key: "b-act", effective: "2026-01-01" },
      { key: "a-act", effective: "2026-07-14" },
      { key: "missing", effective: "2026-01-01" },
    ]);
    expect(result.changed).toEqual(["a-act", "b-act"]);
    expect(result.text).toBe(text.replace("effective: 2025-01-31", "effective: 2026-07-14").replace('effective: "2024-01-01"', 'effective: "2026-01-01"'));
  });

  it("leaves a date already current alone", () => {
    expect(writeEffective(text, [{ key: "a-act", effective: "2025-01-31" }])).toEqual({ text, changed: [] });
  });
});
