// Builds the static Korean search index (see src/search/analyze.ts for why it is our own):
// BM25F over title, tags, department and body, sharded by term so a query fetches only the
// shards of its own terms.
import { createHash } from "node:crypto";
import { indexTerms, normalise, shardOf as shardOfTerm } from "../../src/search/analyze.ts";
import { chunkPath, manifestPath, shardPath, type SearchDoc, type SearchManifest, type SearchShard } from "../../src/search/index-format.ts";

export interface SearchInput {
  title: string;
  permalink: string;
  where: string;
  tags: readonly string[];
  department: string;
  body: string;
  summary: string;
}

const FIELDS = [
  { name: "title", weight: 3 },
  { name: "tags", weight: 1.5 },
  { name: "department", weight: 1 },
  { name: "body", weight: 1 },
] as const;
const K1 = 1.2;
const B = 0.75;
const CHUNK = 256;
const SHARD_BYTES = 48_000;

function fieldText(doc: SearchInput, field: (typeof FIELDS)[number]["name"]): string {
  return field === "tags" ? doc.tags.join(" ") : doc[field];
}

export interface BuiltIndex {
  manifest: SearchManifest;
  /** Site-relative path → JSON text. */
  files: Map<string, string>;
}

/** Synonym groups as the query compares them: normalised, one space between words. */
export function normaliseSynonyms(groups: readonly (readonly string[])[]): string[][] {
  return groups.map((group) => [...new Set(group.map((word) => normalise(word).replace(/\s+/g, " ").trim()))]).filter((group) => group.length > 1);
}

export function buildSearchIndex(docs: readonly SearchInput[], synonyms: readonly (readonly string[])[] = []): BuiltIndex {
  const n = docs.length;
  const F = FIELDS.length;
  // term → flat [doc, tf per field…, doc, tf per field…]; docs arrive in order, so ascending, and a
  // term's entry for the current doc, if any, is its last. Flat number arrays keep 10,000 manuals'
  // postings in a few hundred MB; one map lookup per word keeps a rebuild's index cheap.
  const postings = new Map<string, number[]>();
  const lengths = FIELDS.map(() => new Float64Array(n));
  docs.forEach((doc, d) => {
    FIELDS.forEach((field, f) => {
      const terms = indexTerms(fieldText(doc, field.name));
      lengths[f]![d] = terms.length;
      for (const term of terms) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        let at = list.length - (F + 1);
        if (at < 0 || list[at] !== d) {
          at = list.length;
          list.push(d);
          for (let i = 0; i < F; i++) list.push(0);
        }
        list[at + 1 + f]! += 1;
      }
    });
  });
  const average = lengths.map((l) => (n ? l.reduce((a, b) => a + b, 0) / n : 1) || 1);

  const scored = new Map<string, number[]>();
  let bytes = 0;
  for (const [term, list] of postings) {
    const df = list.length / (F + 1);
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const flat: number[] = [];
    let previous = 0;
    for (let i = 0; i < list.length; i += F + 1) {
      const d = list[i]!;
      let score = 0;
      FIELDS.forEach((field, f) => {
        const tf = list[i + 1 + f]!;
        if (tf) score += field.weight * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[f]![d]!) / average[f]!)));
      });
      flat.push(d - previous, Math.max(1, Math.round(idf * score * 100)));
      previous = d;
    }
    postings.delete(term);
    scored.set(term, flat);
    bytes += term.length * 3 + flat.length * 4 + 8;
  }

  const shards = Math.max(1, Math.ceil(bytes / SHARD_BYTES));
  const shardData: SearchShard[] = Array.from({ length: shards }, () => ({}));
  return assemble(docs, scored, shardData, shards, normaliseSynonyms(synonyms));
}

function assemble(docs: readonly SearchInput[], scored: Map<string, number[]>, shardData: SearchShard[], shards: number, synonyms: string[][]): BuiltIndex {
  for (const [term, flat] of [...scored].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) shardData[shardOfTerm(term, shards)]![term] = flat;
  const chunks: SearchDoc[][] = [];
  docs.forEach((doc, d) => {
    (chunks[Math.floor(d / CHUNK)] ??= []).push([doc.title, doc.permalink, doc.where, doc.summary]);
  });
  const shardTexts = shardData.map((s) => JSON.stringify(s));
  const chunkTexts = chunks.map((c) => JSON.stringify(c));
  const hash = createHash("sha1").update(shardTexts.join("\n")).update(chunkTexts.join("\n")).digest("hex").slice(0, 12);
  const manifest: SearchManifest = { version: 1, hash, docs: docs.length, shards, chunk: CHUNK, ...(synonyms.length ? { synonyms } : {}) };
  const files = new Map<string, string>([[manifestPath, JSON.stringify(manifest)]]);
  shardTexts.forEach((text, i) => files.set(shardPath(hash, i), text));
  chunkTexts.forEach((text, i) => files.set(chunkPath(hash, i), text));
  return { manifest, files };
}
