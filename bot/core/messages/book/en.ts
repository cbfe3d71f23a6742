// English wording of the books, the handover packet and the status board; the same ids as book/ko.ts.
import type { MessageParams as P, Translation } from "../message.ts";
import type { bookKo } from "./ko.ts";

export const bookEn: Translation<typeof bookKo> = {
  "book.department-title": (p: P) => `${p.department} work manuals`,
  "book.institution-title": (p: P) => `${p.institution} work manuals`,
  "book.subtitle": (p: P) => `${p.count} manuals · published ${p.builtOn}`,
  "book.contents": () => "Contents",
  "book.approved": (p: P) => `Approved at commit ${p.sha} on ${p.date}`,
  "book.approved-unknown": () => "No approval record (the repository history could not be read)",
  "book.footer": (p: P) => `${p.title} · text approved at commit ${p.sha} (${p.date})`,
  "book.footer-unknown": (p: P) => `${p.title} · no approval record`,
  "book.page": () => "page",
  "book.card-institution": () => "Institution",
  "book.card-department": () => "Department",
  "book.card-owner": () => "Owner",
  "book.card-deputy": () => "Deputy",
  "book.card-none": () => "none",
  "book.card-last-reviewed": () => "Last reviewed",
  "book.card-due": () => "Next review due",
  "book.card-laws": () => "Laws",
  "book.card-law": (p: P) => `「${p.name}」 ${p.article} (as of ${p.version})`,
  "book.section-missing": (p: P) => `This manual has no '${p.title}' section.`,
  "book.image-omitted": (p: P) => `[image: ${p.alt}]`,
  "book.packet-title": (p: P) => `Handover packet: @${p.from} → @${p.to}`,
  "book.packet-checklist": () => "Handover checklist",
  "book.no-browser": (p: P) => `Chromium, which makes the PDFs, was not found (${p.path}). Install Chromium or put the executable's path in CHROMIUM_PATH.`,
};
