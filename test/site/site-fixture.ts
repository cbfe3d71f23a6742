// The repository the site tests build: a clone of this repository's committed state (so a
// manual someone is still writing never decides the result) plus a few commits of our own —
// a legal change with a pull request number, a rename, a manual whose review is overdue, and a hostile
// manual that tries to run script — so the pages under test have known content.
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const HOSTILE_MANUAL = "manuals/community-center/dong-civil/hostile-probe.md";
export const LEGAL_CHANGE = {
  file: "manuals/community-center/dong-civil/move-in-report.md",
  message: "전입신고 매뉴얼: 과태료 조문과 시행령 인용 갱신 (#42)",
  author: "Han Reviewer",
};
/** The repository and branch the test build links to (SITE_REPOSITORY_URL, SITE_REPOSITORY_BRANCH). */
export const REPOSITORY = { url: "https://github.com/example-district/work-manuals", branch: "main" };
/** A rename inside one department with the text unchanged: history, but not a law change. */
export const RENAMED_MANUAL = {
  from: "manuals/community-center/dong-welfare/energy-voucher-application.md",
  file: "manuals/community-center/dong-welfare/energy-voucher-intake.md",
  message: "에너지바우처 매뉴얼 파일 이름 정리 (#43)",
};
export const OVERDUE_MANUAL = { file: "manuals/community-center/dong-civil/seal-certificate-issuance.md", lastReviewed: "2023-03-02" };

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
}

function commit(repo: string, message: string, author: string): void {
  const identity = { GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: "reviewer@example.org", GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: "reviewer@example.org" };
  git(repo, ["commit", "-q", "-m", message], identity);
}

export function prepareRepository(source: string, target: string, fixtures: string): void {
  execFileSync("git", ["clone", "-q", "--no-hardlinks", source, target]);

  // A legal change: one provision re-versioned, one added, and the 관련법령 text rewritten.
  const moveIn = join(target, LEGAL_CHANGE.file);
  const text = readFileSync(moveIn, "utf8");
  const changed = text
    .replace(/(article: "제40조"\n\s+version: )\S+/, "$12026-01-01")
    .replace("laws:\n", 'laws:\n  - law: personal-information-protection-act\n    article: "제18조"\n    version: 2025-03-13\n')
    .replace(/(## 관련법령\n\n)/, "$1- 「개인정보 보호법」 제18조(개인정보의 목적 외 이용·제공 제한): 전입세대 열람 시 확인\n");
  if (changed === text) throw new Error(`fixture: could not edit ${LEGAL_CHANGE.file}`);
  writeFileSync(moveIn, changed);
  git(target, ["add", LEGAL_CHANGE.file]);
  commit(target, LEGAL_CHANGE.message, LEGAL_CHANGE.author);

  // Not a legal change: only the review date moves (far into the past, so the review is overdue).
  const seal = join(target, OVERDUE_MANUAL.file);
  writeFileSync(seal, readFileSync(seal, "utf8").replace(/last_reviewed: \S+/, `last_reviewed: ${OVERDUE_MANUAL.lastReviewed}`));
  git(target, ["add", OVERDUE_MANUAL.file]);
  commit(target, "인감증명서 매뉴얼 검토일 정정", "Kim Editor");

  git(target, ["mv", RENAMED_MANUAL.from, RENAMED_MANUAL.file]);
  commit(target, RENAMED_MANUAL.message, "Kim Editor");

  copyFileSync(join(fixtures, "hostile-manual.md"), join(target, HOSTILE_MANUAL));
  git(target, ["add", HOSTILE_MANUAL]);
  commit(target, "시험용 매뉴얼 추가", "Kim Editor");
}
