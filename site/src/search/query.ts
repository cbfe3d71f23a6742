// The browser side of search: fetches the manifest, the shards of the query's terms and the
// document chunks of the best hits, and ranks by the summed BM25F scores, favouring documents
// that match more of the query's terms.
//
// Two rules on top of the scores:
// - a document must match more than half of the query's terms, so one bigram of a longer query
//   ("신고" of "전입신고", "등록" of "주민등록증 분실") is not a result;
// - the synonym groups from manuals/synonyms.yml (in the manifest) turn a query into variants
//   (벌금 → 과태료, 이사 신고 → 전입신고); a document counts once, with its best variant's score.
import { normalise, queryTerms, shardOf } from "./analyze.ts";
import { chunkPath, manifestPath, shardPath, type SearchDoc, type SearchManifest, type SearchShard } from "./index-format.ts";

export interface SearchHit {
  title: string;
  permalink: string;
  where: string;
  summary: string;
  score: number;
}

export interface SearchResult {
  /** The best `limit` matches. */
  hits: SearchHit[];
  /** How many manuals match in all. */
  total: number;
}

export type Fetcher = (path: string) => Promise<unknown>;

/** A variant's score is discounted a little, so the reader's own words rank first on a tie. */
const VARIANT_WEIGHT = 0.9;
/** Synonym groups multiply the variants; a query longer than this many variants keeps the first. */
const MAX_VARIANTS = 8;

/** The query and its variants: each synonym of a group member the query contains, put in its place. */
export function queryVariants(query: string, groups: readonly (readonly string[])[]): string[] {
  const compact = (text: string) => normalise(text).replace(/\s+/g, " ").trim();
  let variants = [compact(query)];
  for (const group of groups) {
    const next: string[] = [];
    for (const variant of variants) {
      next.push(variant);
      const member = group.find((word) => variant.includes(word));
      if (!member) continue;
      for (const other of group) if (other !== member) next.push(variant.replace(member, other));
    }
    variants = [...new Set(next)].slice(0, MAX_VARIANTS);
  }
  return variants;
}

export class ManualSearch {
  private manifest: Promise<SearchManifest> | null = null;
  private readonly shards = new Map<string, Promise<SearchShard>>();
  private readonly chunks = new Map<string, Promise<SearchDoc[]>>();
  private readonly fetchJson: Fetcher;

  constructor(fetchJson: Fetcher) {
    this.fetchJson = fetchJson;
  }

  private load(): Promise<SearchManifest> {
    this.manifest ??= (this.fetchJson(manifestPath) as Promise<SearchManifest>).catch((error: unknown) => {
      this.manifest = null; // offline or not built yet: try again on the next query
      throw error;
    });
    return this.manifest;
  }

  private shard(manifest: SearchManifest, n: number): Promise<SearchShard> {
    const path = shardPath(manifest.hash, n);
    let shard = this.shards.get(path);
    if (!shard) this.shards.set(path, (shard = this.fetchJson(path) as Promise<SearchShard>));
    return shard;
  }

  private chunk(manifest: SearchManifest, n: number): Promise<SearchDoc[]> {
    const path = chunkPath(manifest.hash, n);
    let chunk = this.chunks.get(path);
    if (!chunk) this.chunks.set(path, (chunk = this.fetchJson(path) as Promise<SearchDoc[]>));
    return chunk;
  }

  /** Document → score for one variant of the query, documents matching half its terms or fewer left out. */
  private async scoreVariant(manifest: SearchManifest, terms: readonly string[]): Promise<Map<number, number>> {
    const shards = await Promise.all(terms.map((term) => this.shard(manifest, shardOf(term, manifest.shards))));
    const scores = new Map<number, { score: number; matched: number }>();
    terms.forEach((term, i) => {
      const flat = shards[i]![term];
      if (!flat) return;
      let doc = 0;
      for (let j = 0; j < flat.length; j += 2) {
        doc += flat[j]!;
        const entry = scores.get(doc) ?? { score: 0, matched: 0 };
        entry.score += flat[j + 1]!;
        entry.matched += 1;
        scores.set(doc, entry);
      }
    });
    const kept = new Map<number, number>();
    for (const [doc, { score, matched }] of scores) {
      if (matched * 2 > terms.length) kept.set(doc, score * (matched / terms.length) ** 2);
    }
    return kept;
  }

  async search(query: string, limit = 10): Promise<SearchResult> {
    if (queryTerms(query).length === 0) return { hits: [], total: 0 };
    const manifest = await this.load();
    const variants = queryVariants(query, manifest.synonyms ?? []);
    const best = new Map<number, number>();
    for (const [i, variant] of variants.entries()) {
      const terms = queryTerms(variant);
      if (terms.length === 0) continue;
      const weight = i === 0 ? 1 : VARIANT_WEIGHT;
      for (const [doc, score] of await this.scoreVariant(manifest, terms)) best.set(doc, Math.max(best.get(doc) ?? 0, score * weight));
    }
    const ranked = [...best]
      .map(([doc, score]) => ({ doc, score }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
    const hits = await Promise.all(
      ranked.slice(0, limit).map(async ({ doc, score }) => {
        const [title, permalink, where, summary] = (await this.chunk(manifest, Math.floor(doc / manifest.chunk)))[doc % manifest.chunk]!;
        return { title, permalink, where, summary, score };
      }),
    );
    return { hits, total: ranked.length };
  }
}
