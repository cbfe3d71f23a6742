// A throwaway manuals repository in the OS temp directory: the real schemas, registry and bot
// configuration, plus whatever manuals a test puts in it (by default the broken fixtures).
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrokenFixture, Make } from "./fixture-expectations.ts";
import { fixturesRoot } from "./fixture-expectations.ts";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface TempRepository {
  root: string;
  write(path: string, content: string | Uint8Array): void;
  remove(): void;
}

export function createTempRepository(options: { fixtures?: readonly BrokenFixture[] } = {}): TempRepository {
  const root = mkdtempSync(join(tmpdir(), "manuals-check-"));
  const copy = (path: string) => cpSync(join(projectRoot, path), join(root, path), { recursive: true });
  copy("schemas");
  copy(".github/manuals.yml");
  for (const registry of ["institutions.yml", "departments.yml", "laws.yml", "people.yml"]) copy(`manuals/${registry}`);
  const repository: TempRepository = {
    root,
    write(path, content) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  if (options.fixtures) {
    // Materials the fixtures link to, then the fixtures themselves (sidecars stay behind).
    cpSync(join(fixturesRoot, "manuals"), join(root, "manuals"), { recursive: true, filter: (source) => !source.endsWith(".expect") && !/\.mdx?$/i.test(source) });
    for (const fixture of options.fixtures) {
      if (fixture.source) cpSync(fixture.source, join(root, fixture.path));
      else make(repository, fixture.path, fixture.make!);
    }
  }
  return repository;
}

function make(repository: TempRepository, path: string, how: Make): void {
  if (how.kind === "size") {
    const line = Buffer.from("매뉴얼 본문이 너무 깁니다. 큰 자료는 첨부 파일로 나누어 주세요.\n");
    const bytes = Buffer.alloc(how.bytes, "\n"); // whole lines, so only the size is wrong
    for (let offset = 0; offset + line.length <= how.bytes; offset += line.length) line.copy(bytes, offset);
    repository.write(path, bytes);
  } else {
    mkdirSync(dirname(join(repository.root, path)), { recursive: true });
    symlinkSync(how.target, join(repository.root, path));
  }
}
