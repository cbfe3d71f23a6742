// The issue forms are valid GitHub issue forms (name, description, body of typed elements with unique
// ids, options for dropdowns, labels for inputs), and the pull-request template is a Korean checklist.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/temp-repository.ts";

const dir = join(projectRoot, ".github/ISSUE_TEMPLATE");
const forms = readdirSync(dir)
  .filter((f) => f.endsWith(".yml") && f !== "config.yml")
  .map((file) => ({ file, doc: parseDocument(readFileSync(join(dir, file), "utf8"), { uniqueKeys: true }) }));

interface Element {
  type: string;
  id?: string;
  attributes: { label?: string; value?: string; options?: unknown[] };
  validations?: { required?: boolean };
}

describe("issue forms", () => {
  it("are the error report and the new-manual request", () => {
    expect(forms.map((f) => (f.doc.toJS() as { name: string }).name).sort()).toEqual(["매뉴얼 오류 신고", "새 매뉴얼 요청"].sort());
  });

  it.each(forms.map((f) => [f.file, f] as const))("%s is a valid issue form", (_file, { doc }) => {
    expect(doc.errors).toEqual([]);
    const form = doc.toJS() as { name: string; description: string; labels?: string[]; body: Element[] };
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
    expect(Array.isArray(form.body)).toBe(true);
    const ids = form.body.flatMap((e) => (e.id ? [e.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of form.body) {
      expect(["markdown", "input", "textarea", "dropdown", "checkboxes"]).toContain(element.type);
      if (element.type === "markdown") expect(element.attributes.value).toBeTruthy();
      else {
        expect(element.id, element.attributes.label).toMatch(/^[a-z][a-z0-9_-]*$/);
        expect(element.attributes.label).toBeTruthy();
      }
      if (element.type === "dropdown" || element.type === "checkboxes") expect(element.attributes.options?.length).toBeGreaterThan(0);
    }
    expect(form.body.some((e) => e.validations?.required)).toBe(true);
  });

  it("config turns blank issues off", () => {
    expect(parseDocument(readFileSync(join(dir, "config.yml"), "utf8")).toJS()).toMatchObject({ blank_issues_enabled: false });
  });
});

describe("pull-request template", () => {
  const template = readFileSync(join(projectRoot, ".github/PULL_REQUEST_TEMPLATE.md"), "utf8");
  it("is a Korean checklist naming the two checks", () => {
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(template).toContain("Manual schema");
    expect(template).toContain("Legal review");
    expect(template).toMatch(/[가-힣]/);
  });
});
