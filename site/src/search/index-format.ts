// The static search index as files under <base>search/: a manifest, document tables in chunks,
// and term shards. Written by the manuals plugin, read by the search box.

export interface SearchManifest {
  version: 1;
  /** Content hash of the index; the folder the chunk and shard files sit in. */
  hash: string;
  docs: number;
  shards: number;
  /** Documents per docs-<n>.json chunk. */
  chunk: number;
  /** Groups of words that mean the same to a reader (manuals/synonyms.yml), normalised. */
  synonyms?: string[][];
}

/** One document: [title, permalink, where (institution · department), summary]. */
export type SearchDoc = [string, string, string, string];

/**
 * A shard: term → postings, flattened as [docDelta, score, docDelta, score, …]; doc numbers are
 * delta-encoded in ascending order, scores are BM25F contributions × 100, rounded.
 */
export type SearchShard = Record<string, number[]>;

export const SEARCH_DIR = "search";
export const manifestPath = `${SEARCH_DIR}/manifest.json`;
export const chunkPath = (hash: string, n: number) => `${SEARCH_DIR}/${hash}/docs-${n}.json`;
export const shardPath = (hash: string, n: number) => `${SEARCH_DIR}/${hash}/terms-${n}.json`;
