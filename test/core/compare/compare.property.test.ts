// Properties of compare and route over the sample manuals: formatting noise is never a legal change,
// a change to a law entry always is, edits outside the legal sections never are, and neither the
// order of the files nor formatting changes what route decides.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareManuals, type ManualPair } from "../../../bot/core/compare/compare-manuals.ts";
import { lawEntriesOf } from "../../../bot/core/compare/legal-content.ts";
import { parseFrontMatter } from "../../../bot/core/parse/front-matter.ts";
import { route, type RouteInput } from "../../../bot/core/route/route.ts";
import { document, edited, render, style, type Style } from "../../support/markdown-arbitraries.ts";
import { addLaw, editSection, removeLaw, setArticle, setFrontMatter, setVersion } from "../../support/manual-edits.ts";
import { registryOf, sample, sampleManualFiles, sampleRepository, spec } from "../../support/samples.ts";
import { legalStatements } from "../../support/legal-statements.ts";
import { runs as propertyRuns } from "../../support/property-runs.ts";

// Each comparison parses two manuals (~10 ms each); these counts keep the file within a few seconds.
const SUITE = "compare.property";
const runs = propertyRuns(SUITE, 40);
const { registry, config } = registryOf(sampleRepository());
const lawKeys = Object.keys(registry!.laws);
const departmentKeys = Object.keys(registry!.departments);

const manualFile = fc.constantFrom(...sampleManualFiles);
const article = fc.tuple(fc.integer({ min: 1, max: 300 }), fc.option(fc.integer({ min: 2, max: 9 }), { nil: null })).map(([n, sub]) => `제${n}조${sub === null ? "" : `의${sub}`}`);
const version = fc.date({ min: new Date("2000-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function compareOne(file: string, before: string, after: string) {
  return compareManuals([{ base: { file, text: before }, head: { file, text: after } }], spec);
}

function routeOf(changes: RouteInput["changes"], adminFiles: RouteInput["adminFiles"] = []) {
  return route({ changes, adminFiles, registry, config });
}

const withLaws = (file: string, body: string) => editSection(sample(file), "관련법령", () => body);

/** Front-matter articles written with other YAML quoting: the same strings. */
function requoteArticles(text: string, quote: "" | "'" | '"'): string {
  return text.replace(/^( {4}article: )"([^"\n]*)"$/gm, (_, key: string, value: string) => `${key}${quote}${value}${quote}`);
}

const unchanged = (file: string) => [{ file, kind: "modified", legal: false, laws: [], sections: [] }];
const summary = (changes: ReturnType<typeof compareManuals>) => changes.map((c) => ({ file: c.file, kind: c.kind, legal: c.legal, laws: c.laws, sections: c.sections }));

describe("compare(x, x)", () => {
  it("finds no change in any sample manual, whatever its legal section says", () => {
    fc.assert(
      fc.property(manualFile, fc.option(fc.tuple(document, style), { nil: null }), (file, laws) => {
        const text = laws === null ? sample(file) : withLaws(file, render(...laws));
        const changes = compareOne(file, text, text);
        expect(summary(changes)).toEqual(unchanged(file));
        expect(routeOf(changes)).toEqual([]);
      }),
      runs,
    );
  });
});

describe("formatting noise in 관련법령 is never a legal change", () => {
  const kinds: Record<string, (keyof Style)[]> = {
    whitespace: ["wordGap", "trailingSpaces", "paragraphIndent", "blankLines", "blankAfterHeading", "spacesAfterMarker", "looseLists"],
    "line wrapping": ["wrap"],
    "list markers (-, *, +; 1. and 1); numbering)": ["bullet", "delimiter", "renumber"],
    "table padding": ["cellPadding", "delimiterRow"],
    emphasis: ["emphasis", "emphasisEvery"],
  };
  // The statements compare diffs, many cases at once; the whole comparison follows below.
  it.each(Object.entries(kinds))("%s only: the same statements", (_kind, fields) => {
    fc.assert(
      fc.property(document, style, style, (doc, a, b) => {
        const noisy: Style = { ...a, ...Object.fromEntries(fields.map((field) => [field, b[field]])) };
        expect(legalStatements(render(doc, noisy))).toEqual(legalStatements(render(doc, a)));
      }),
      propertyRuns(SUITE, 300),
    );
  });

  it("all of it at once, with the front matter's articles quoted differently", () => {
    fc.assert(
      fc.property(manualFile, document, style, style, fc.constantFrom("", "'", '"') as fc.Arbitrary<"" | "'" | '"'>, (file, doc, a, b, quote) => {
        const changes = compareOne(file, withLaws(file, render(doc, a)), requoteArticles(withLaws(file, render(doc, b)), quote));
        expect(summary(changes)).toEqual(unchanged(file));
        expect(routeOf(changes)).toEqual([]);
      }),
      runs,
    );
  });
});

describe("any change to a law entry is legal", () => {
  const entriesOf = (file: string) => lawEntriesOf(parseFrontMatter(sample(file).split("\n")).data);
  const operation = manualFile.chain((file) => {
    const entries = entriesOf(file);
    const entry = fc.constantFrom(...entries);
    return fc.oneof(
      // Not to an article the manual already lists for the same law: that merges two entries into one.
      fc.tuple(entry, article).filter(([e, a]) => !entries.some((other) => other.law === e.law && other.article === a)).map(([e, a]) => ({ file, law: e.law, change: "changed" as const, edit: (t: string) => setArticle(t, e.law, e.article, a) })),
      fc.tuple(entry, version).filter(([e, v]) => e.version !== v).map(([e, v]) => ({ file, law: e.law, change: "changed" as const, edit: (t: string) => setVersion(t, e.law, e.article, v) })),
      fc
        .tuple(fc.constantFrom(...lawKeys), article, version)
        .filter(([law, a]) => !entries.some((e) => e.law === law && e.article === a))
        .map(([law, a, v]) => ({ file, law, change: "added" as const, edit: (t: string) => addLaw(t, law, a, v) })),
      entry.map((e) => ({ file, law: e.law, change: "removed" as const, edit: (t: string) => removeLaw(t, e.law, e.article) })),
    );
  });

  it("article, version, added or removed: legal, naming the law, and routed to the department", () => {
    fc.assert(
      fc.property(operation, ({ file, law, change, edit }) => {
        const before = sample(file);
        const changes = compareOne(file, before, edit(before));
        expect(changes.map((c) => [c.kind, c.legal])).toEqual([["modified", true]]);
        expect(changes[0]!.laws.map((l) => [l.law, l.change])).toContainEqual([law, change]);
        const department = changes[0]!.head!.department!;
        expect(routeOf(changes).map((r) => r.id)).toEqual([`department:${department}`]);
      }),
      runs,
    );
  });
});

describe("an edit confined to 업무 팁 or 업무개요 is never legal", () => {
  it("whatever the section is rewritten to", () => {
    fc.assert(
      fc.property(manualFile, fc.constantFrom("업무 팁", "업무개요"), document, style, (file, title, doc, s) => {
        const changes = compareOne(file, sample(file), editSection(sample(file), title, () => render(doc, s)));
        expect(summary(changes)).toEqual(unchanged(file));
        expect(routeOf(changes)).toEqual([]);
      }),
      runs,
    );
  });
});

describe("route is independent of file order", () => {
  type Operation = "legal" | "tips" | "move" | "delete" | "rename" | "copy";
  const operations = fc.uniqueArray(fc.tuple(manualFile, fc.constantFrom<Operation>("legal", "tips", "move", "delete", "rename", "copy"), fc.constantFrom(...departmentKeys)), {
    minLength: 1,
    maxLength: 4,
    selector: ([file]) => file,
  });
  const adminFiles = fc.subarray([
    { file: "manuals/laws.yml", text: "# changed\n" },
    { file: ".github/manuals.yml", text: "# changed\n" },
    { file: "schemas/sections.schema.json", text: "{}\n" },
  ]);

  function pairsOf(ops: [string, Operation, string][]): ManualPair[] {
    return ops.flatMap(([file, op, department]): ManualPair[] => {
      const text = sample(file);
      const base = { file, text };
      const dir = file.slice(0, file.lastIndexOf("/"));
      const name = file.slice(file.lastIndexOf("/") + 1, -3);
      const id = /\nid: (\S+)\n/.exec(text)![1]!;
      switch (op) {
        case "legal":
          return [{ base, head: { file, text: editSection(text, "관련법령", (body) => body + "\n- 「행정절차법」 제21조: 처분의 사전 통지\n") } }];
        case "tips":
          return [{ base, head: { file, text: editSection(text, "업무 팁", (body) => body + "\n- 월요일 오전에는 대기 인원이 많습니다.\n") } }];
        case "move": {
          const from = /\ndepartment: (\S+)\n/.exec(text)![1]!;
          const institution = registry!.departments[department]!.institution;
          return [{ base, head: { file: `manuals/${institution}/${department}/${name}.md`, text: from === department ? text : setFrontMatter(text, "department", from, department) } }];
        }
        case "delete":
          return [{ base, head: null }];
        case "rename":
          return [
            { base, head: null },
            { base: null, head: { file: `${dir}/${name}-renamed.md`, text } },
          ];
        case "copy":
          return [{ base: null, head: { file: `${dir}/${name}-copy.md`, text: setFrontMatter(text, "id", id, `${id}-copy`) } }];
      }
    });
  }

  it("gives the same changes and the same required approvals in any order", () => {
    fc.assert(
      fc.property(
        fc.tuple(operations, adminFiles).chain(([ops, admin]) => {
          const pairs = pairsOf(ops);
          return fc.tuple(fc.constant(pairs), fc.constant(admin), fc.shuffledSubarray(pairs, { minLength: pairs.length }), fc.shuffledSubarray(admin, { minLength: admin.length }));
        }),
        ([pairs, admin, shuffledPairs, shuffledAdmin]) => {
          const inOrder = compareManuals(pairs, spec);
          const shuffled = compareManuals(shuffledPairs, spec);
          expect(shuffled).toEqual(inOrder);
          expect(routeOf(shuffled, shuffledAdmin)).toEqual(routeOf(inOrder, admin));
        },
      ),
      propertyRuns(SUITE, 15),
    );
  });
});

describe("fingerprints are stable under formatting noise", () => {
  it("the same legal change written two ways routes identically; another change does not", () => {
    fc.assert(
      fc.property(
        manualFile,
        document.chain((doc) => fc.tuple(fc.constant(doc), edited(doc))).filter(([, changed]) => changed !== null),
        style,
        style,
        style,
        fc.nat(),
        (file, [doc, changed], a, b, c, seed) => {
          const base = withLaws(file, render(doc, a));
          const headB = routeOf(compareOne(file, base, withLaws(file, render(changed!, b))));
          const headC = routeOf(compareOne(file, base, requoteArticles(withLaws(file, render(changed!, c)), seed % 2 ? "'" : "")));
          expect(headB).toHaveLength(1);
          expect(headC).toEqual(headB);
          const other = routeOf(compareOne(file, base, setVersion(withLaws(file, render(changed!, b)), ...firstEntry(file), "2099-01-01")));
          expect(other[0]!.fingerprint).not.toBe(headB[0]!.fingerprint);
        },
      ),
      propertyRuns(SUITE, 20),
    );
  });
});

function firstEntry(file: string): [string, string] {
  const [entry] = lawEntriesOf(parseFrontMatter(sample(file).split("\n")).data);
  return [entry!.law, entry!.article];
}
