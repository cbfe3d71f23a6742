// "Did you mean …?": the one close match, or none. A suggestion far from what was typed misleads
// more than silence (resident-act is not passport-act), so the allowed edit distance grows with the
// length of the words compared: one edit in three characters of the longer, at least one.
import { distance } from "fastest-levenshtein";

export function allowedDistance(word: string): number {
  return Math.max(1, Math.floor(word.length / 3));
}

/** The candidate closest to `typed` (case and spacing aside) when it is close enough, else undefined. */
export function closeMatch(typed: string, candidates: Iterable<string>, normalise: (s: string) => string = (s) => s.trim().toLowerCase()): string | undefined {
  const wanted = normalise(typed);
  if (!wanted) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = normalise(candidate);
    const d = distance(wanted, other);
    if (d > 0 && d < bestDistance && d <= allowedDistance(wanted.length >= other.length ? wanted : other)) [best, bestDistance] = [candidate, d];
  }
  return best;
}
