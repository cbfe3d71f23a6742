// The registry's files read together: a broken manuals/people.yml is a finding on its own file and
// line, like the other registry files, and a registry without it is not usable.
import { describe, expect, it } from "vitest";
import { loadRegistry, registryFiles } from "../../bot/core/registry.ts";
import { readProjectFile, validators } from "../support/samples.ts";

function sources(people: string | null) {
  const source = (file: string) => ({ file, text: readProjectFile(file) });
  return { institutions: source(registryFiles.institutions), departments: source(registryFiles.departments), laws: source(registryFiles.laws), people: { file: registryFiles.people, text: people } };
}

const person = (login: string, phone: string) => `${login}:\n  name: 김민수\n  position: 주무관\n  team: 세무과 지방세팀\n  phone: "${phone}"\n`;

describe("manuals/people.yml", () => {
  it("loads the sample staff registry with every person's name, position, team and phone", () => {
    const { registry, findings } = loadRegistry(sources(readProjectFile(registryFiles.people)), validators);
    expect(findings).toEqual([]);
    expect(registry?.people["cho-hyunsoo"]).toEqual({ name: "조현수", position: "주무관", team: "세무과 지방세팀", phone: "02-2100-3121" });
  });

  it("reports a phone number without hyphens on its line, with the expected form", () => {
    const text = person("kim-minsu", "02-2100-3121") + person("lee-jiwon", "0221003122");
    const { registry, findings } = loadRegistry(sources(text), validators);
    expect(registry).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: "manuals/people.yml", line: 10, severity: "error" });
    expect(findings[0]!.message.ko).toContain("02-2100-3121");
  });

  it("reports a person without a position at the person's entry", () => {
    const text = person("kim-minsu", "02-2100-3121") + "lee-jiwon:\n  name: 이지원\n  team: 세무과 지방세팀\n  phone: \"02-2100-3122\"\n";
    const { findings } = loadRegistry(sources(text), validators);
    expect(findings).toEqual([expect.objectContaining({ file: "manuals/people.yml", line: 7, severity: "error" })]);
    expect(findings[0]!.message.ko).toContain("position");
  });

  it("reports a YAML syntax error in people.yml with its line", () => {
    const { registry, findings } = loadRegistry(sources(person("kim-minsu", "02-2100-3121") + "lee-jiwon:\n  name: [이지원\n"), validators);
    expect(registry).toBeNull();
    expect(findings[0]).toMatchObject({ file: "manuals/people.yml", rule: "yaml-syntax", severity: "error" });
    expect(findings[0]!.line).toBeGreaterThanOrEqual(7);
  });

  it("fails closed when people.yml is missing", () => {
    const { registry, findings } = loadRegistry(sources(null), validators);
    expect(registry).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ file: "manuals/people.yml", line: 1, rule: "registry-file", severity: "error" })]);
  });
});
