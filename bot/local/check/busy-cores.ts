// How many cores other processes keep busy right now: the machine's CPU time (os.cpus) less this
// process's own (process.cpuUsage) between two samples, over the wall time between them. The load
// average would be simpler but trails by a minute: right after one build or test run ends it still
// reads "busy" and would keep the next check on one core, as it did the site build's gate.
import { cpus } from "node:os";

export interface CpuSample {
  /** Milliseconds all cores spent busy since boot. */
  machineBusyMs: number;
  /** Milliseconds this process ran on any core. */
  ownMs: number;
  atMs: number;
}

export function sampleCpu(): CpuSample {
  let busy = 0;
  for (const { times } of cpus()) busy += times.user + times.nice + times.sys + times.irq;
  const own = process.cpuUsage();
  return { machineBusyMs: busy, ownMs: (own.user + own.system) / 1000, atMs: performance.now() };
}

/** Cores busy with other work between `before` and `after`; 0 when the window is too short to tell (the kernel counts in 10 ms ticks). */
export function coresBusyElsewhere(before: CpuSample, after: CpuSample): number {
  const wall = after.atMs - before.atMs;
  if (wall < 20) return 0;
  const others = after.machineBusyMs - before.machineBusyMs - (after.ownMs - before.ownMs);
  return Math.max(0, others / wall);
}
