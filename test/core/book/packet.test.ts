// The handover packet's HTML: the checklist first, then the manuals, the approval in the footer.
import { describe, expect, it } from "vitest";
import { bookManual } from "../../../bot/core/book/book.ts";
import { packetHtml } from "../../../bot/core/book/packet.ts";
import { parseManual } from "../../../bot/core/parse/parse-manual.ts";
import { summariseFrontMatter } from "../../../bot/core/validate/manual-summary.ts";
import { registryOf, sample, sampleRepository, spec } from "../../support/samples.ts";

const registry = registryOf(sampleRepository()).registry!;
const FILE = "manuals/district-office/parking/parking-fine-objection.md";

describe("packetHtml", () => {
  it("puts the checklist before the manuals and the approval in the footer", () => {
    const parsed = parseManual(FILE, sample(FILE), { sectionLevel: spec.level });
    const manual = bookManual({ summary: summariseFrontMatter(FILE, parsed.document!.frontMatter, parsed.locate), document: parsed.document!, approved: { sha: "b".repeat(40), date: "2026-11-23" } }, registry, spec, "ko");
    const { html, footer } = packetHtml({ from: "noh-jiwoo", to: "kim-minsu", checklist: "# 점검표\n\n## 매뉴얼\n\n- [ ] <b>확인</b>\n", manuals: [manual], builtOn: "2026-12-02", lang: "ko" });
    expect(html).toContain("<h1>인수인계 자료: @noh-jiwoo → @kim-minsu</h1>");
    expect(html.indexOf("인수인계 점검표")).toBeLessThan(html.indexOf(`<h1>${manual.title}</h1>`));
    expect(html).toContain("&lt;b&gt;확인&lt;/b&gt;");
    expect(footer).toContain("본문 승인 커밋 bbbbbbbbbbbb (2026-11-23)");
  });
});
