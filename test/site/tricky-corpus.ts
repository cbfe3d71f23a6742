// A generated repository for the published-text parity test: the bench's realistic manuals
// (test/bench/corpus.ts), each with paragraphs and lists of everyday words and of the characters
// Markdown might take for syntax (ranges with `~`, intraword `_` and `*`, colons before Latin
// letters, entities, braces, bold beside Korean punctuation), written into one legal and one
// non-legal section. Seeded: the same seed gives the same repository.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { createCorpus, generateCorpus } from "../bench/corpus.ts";
import { render, style, word, type Block } from "../support/markdown-arbitraries.ts";

/** Text Korean manuals write that a Markdown renderer could read as syntax. */
export const TRICKY_WORDS = [
  "2~3월", "05~07시", "4~5일", "09:00~18:00", "~까지", "1_4일", "5*만원", "a*b*c", "100%", "\\*별표",
  "`서식 1`", "**신청서**", "_참고_", "~~종전~~", "서식:A4", "비고:note", "[국가법령정보센터](https://www.law.go.kr)",
  "<https://www.gov.kr>", "&amp;", "&lt;신청&gt;", "{중괄호}", "$1,000", "#붙임", "@담당", "**「건축법」**에", "(※",
  "\\_", "x^2", "[[대괄호]]", "H~2~O",
];

const anyWord = fc.oneof({ arbitrary: word, weight: 3 }, { arbitrary: fc.constantFrom(...TRICKY_WORDS), weight: 2 });
const opening = fc.array(anyWord, { minLength: 1, maxLength: 16 }).filter((w) => !/^\d+[.)]$/.test(w[0]!));
const blocks: fc.Arbitrary<Block[]> = fc.array(
  fc.oneof(
    opening.map((words) => ({ kind: "paragraph" as const, words })),
    fc.array(opening, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: "bullets" as const, items })),
  ),
  { minLength: 1, maxLength: 3 },
);
const addition = fc.tuple(blocks, style, blocks, style).map(([legal, legalStyle, tip, tipStyle]) => ({ legal: render(legal, legalStyle), tip: render(tip, tipStyle) }));

/** Writes `count` manuals with tricky text into `dir` as one git commit; returns the manuals' paths. */
export function writeTrickyCorpus(dir: string, count: number, seed: number): string[] {
  generateCorpus({ count, seed, dir });
  const corpus = createCorpus({ count, seed });
  const additions = fc.sample(addition, { seed, numRuns: count });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = corpus.manualPath(i);
    const file = join(dir, path);
    const { legal, tip } = additions[i]!;
    const text = readFileSync(file, "utf8")
      // Replacement functions: the added text holds "$1" and must not be read as a pattern.
      .replace("\n## 관련법령\n\n", (heading) => `${heading}${legal}\n`)
      .replace("\n## 업무 팁\n\n", (heading) => `${heading}${tip}\n`);
    writeFileSync(file, text);
    paths.push(path);
  }
  const identity = { GIT_AUTHOR_NAME: "Corpus", GIT_AUTHOR_EMAIL: "corpus@example.org", GIT_COMMITTER_NAME: "Corpus", GIT_COMMITTER_EMAIL: "corpus@example.org" };
  const git = (...args: string[]) => execFileSync("git", ["-c", "init.defaultBranch=main", ...args], { cwd: dir, env: { ...process.env, ...identity } });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "생성한 매뉴얼");
  return paths;
}
