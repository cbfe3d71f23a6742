// Korean text analysis shared by the index builder (build time) and the search box (browser), so
// both sides cut text the same way.
//
// Why our own small index rather than a ready plugin: Korean attaches particles and endings to words
// (전입신고를, 수급자가) and writes compounds without spaces (기초생활수급자). Pagefind and
// lunr-based plugins such as @easyops-cn/docusaurus-search-local split Korean on spaces only (no
// Korean stemmer), so "전입신고를" misses "전입신고" and "기초생활수급자" misses "기초생활보장 수급자",
// and the lunr plugins load the whole index into the page, which does not scale to 10,000 manuals on
// a phone. Hangul syllable bigrams are the standard answer for Korean without a dictionary (the
// CJK bigram analyser of Lucene/Elasticsearch): every two-syllable window is a term, so particles only
// add a term that the query side strips, and compounds match their parts. The index is sharded by
// term so a query downloads only the shards of its own terms.

const HANGUL_RUN = /[\uac00-\ud7a3]+|[\p{L}\p{N}]+/gu;
const HANGUL = /^[\uac00-\ud7a3]/;

/** Particles (조사) and common endings written onto a word; longest first. */
const SUFFIXES = [
  "하려면", "했는데", "입니다", "에서는", "에게서", "으로는", "으로서", "으로써", "까지는", "부터는", "에서도", "이라는", "이라도",
  "에서", "에게", "한테", "으로", "까지", "부터", "처럼", "보다", "이나", "이랑", "에는", "에도", "와는", "과는", "로는", "로서", "로써",
  "마다", "조차", "하는", "하기", "하면", "하고", "해야", "이란",
  "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "나", "란",
];

export function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Runs of Hangul, and runs of other letters or digits ("여권", "id", "2025"). */
export function words(text: string): string[] {
  return normalise(text).match(HANGUL_RUN) ?? [];
}

/** Removes at most two particles or endings, keeping at least two syllables of the word. */
export function stripSuffix(word: string): string {
  let stem = word;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= 2);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

function bigrams(word: string, into: string[]): void {
  if (word.length === 1) {
    into.push(word);
    return;
  }
  for (let i = 0; i + 1 < word.length; i++) into.push(word.slice(i, i + 2));
}

/** Every term occurrence in a text, for the index (counts matter, so duplicates stay). */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    if (HANGUL.test(word)) bigrams(word, terms);
    else if (word.length > 1 || /\d/.test(word)) terms.push(word);
  }
  return terms;
}

/** The distinct terms of a query, particles and endings removed first. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const word of words(query)) {
    if (HANGUL.test(word)) bigrams(stripSuffix(word), terms);
    else terms.push(word);
  }
  return [...new Set(terms)];
}

/** FNV-1a over UTF-16 code units: which shard file holds a term. */
export function shardOf(term: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
