// fast-check settings shared by the property suites. Each file runs from one seed, printed before
// its properties run, so a failure seen in CI replays locally with FC_SEED=<seed>. FC_RUNS_FACTOR
// multiplies every suite's run count, to hunt flakes in one long local loop.
import fc from "fast-check";

const factor = Number(process.env.FC_RUNS_FACTOR ?? "1");
const seeds = new Map<string, number>();

/** The seed for `suite` (a file's name): FC_SEED when set, otherwise a fresh one, printed once. */
export function seedOf(suite: string): number {
  let seed = seeds.get(suite);
  if (seed === undefined) {
    seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
    seeds.set(suite, seed);
    console.info(`[fast-check] ${suite}: seed ${seed} (replay with FC_SEED=${seed})`);
  }
  return seed;
}

/** Parameters for fc.assert: `numRuns` (times FC_RUNS_FACTOR) from the suite's seed. */
export function runs<T>(suite: string, numRuns: number): fc.Parameters<T> {
  return { seed: seedOf(suite), numRuns: Math.max(1, Math.round(numRuns * factor)) };
}
