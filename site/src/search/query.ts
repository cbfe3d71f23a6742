// The browser side of search: fetches the manifest, the shards of the query's terms and the
// document chunks of the best hits, and ranks by the summed BM25F scores, favouring documents
// that match more of the query's terms.
import { queryTerms, shardOf } from "./analyze.ts";
import { chunkPath, manifestPath, shardPath, type SearchDoc, type SearchManifest, type SearchShard } from "./index-format.ts";

export interface SearchHit {
  title: string;
  permalink: string;
  where: string;
  summary: string;
  score: number;
}

export type Fetcher = (path: string) => Promise<unknown>;

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

  async search(query: string, limit = 10): Promise<SearchHit[]> {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const manifest = await this.load();
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
    const ranked = [...scores]
      .map(([doc, { score, matched }]) => ({ doc, score: score * (matched / terms.length) ** 2 }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, limit);
    return Promise.all(
      ranked.map(async ({ doc, score }) => {
        const [title, permalink, where, summary] = (await this.chunk(manifest, Math.floor(doc / manifest.chunk)))[doc % manifest.chunk]!;
        return { title, permalink, where, summary, score };
      }),
    );
  }
}
