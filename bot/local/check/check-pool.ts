// The check's worker threads, with a time budget per manual. Each batch carries a heartbeat the
// worker advances as it moves from manual to manual; a batch whose heartbeat stands still for the
// budget names the manual it stopped on. Tinypool can only stop a worker by ending the pool (its
// abortable tasks cannot share a worker, and sharing is what keeps the workers busy while the main
// thread checks), so the pool is replaced: the stuck batch reports its manual, the others in
// flight come back to be run again, and the check goes on.
import { Tinypool } from "tinypool";
import type { ManualCheck } from "../../core/validate/validate-manual.ts";
import type { CheckBatch } from "./check-worker.ts";

export type BatchOutcome =
  | { kind: "checked"; checks: ManualCheck[] }
  /** The manual at `index` of the batch took longer than the budget. */
  | { kind: "timed-out"; index: number }
  /** The worker died on the manual at `index` (out of memory, a crash inside the runtime). */
  | { kind: "crashed"; index: number; error: unknown }
  /** Stopped because another batch timed out: run it again. */
  | { kind: "interrupted" };

interface InFlight {
  heartbeat: Int32Array;
  seen: number;
  since: number;
  timedOut: boolean;
  generation: number;
}

export class CheckPool {
  private pool: Tinypool;
  private generation = 0;
  private readonly inFlight = new Set<InFlight>();
  private readonly watchdog: NodeJS.Timeout;
  private readonly threads: number;
  private readonly budgetMs: number;
  private readonly interval: number;
  private lastWatch: number;

  constructor(threads: number, budgetMs: number) {
    this.threads = threads;
    this.budgetMs = budgetMs;
    this.pool = this.start();
    this.interval = Math.max(20, Math.min(250, budgetMs / 4));
    this.lastWatch = performance.now();
    // The watchdog must not keep the process alive on its own.
    this.watchdog = setInterval(() => this.watch(), this.interval);
    this.watchdog.unref();
  }

  private start(): Tinypool {
    // Two tasks in flight per worker, so a worker never waits on the main thread for its next batch.
    return new Tinypool({ filename: new URL("./check-worker.ts", import.meta.url).href, minThreads: this.threads, maxThreads: this.threads, isolateWorkers: false, concurrentTasksPerWorker: 2 });
  }

  async run(batch: Omit<CheckBatch, "heartbeat">): Promise<BatchOutcome> {
    const heartbeat = new Int32Array(new SharedArrayBuffer(12));
    const task: InFlight = { heartbeat, seen: 0, since: performance.now(), timedOut: false, generation: this.generation };
    this.inFlight.add(task);
    try {
      const checks = (await this.pool.run({ ...batch, heartbeat } satisfies CheckBatch)) as ManualCheck[];
      return { kind: "checked", checks };
    } catch (error) {
      if (task.timedOut) return { kind: "timed-out", index: Atomics.load(heartbeat, 1) };
      if (task.generation !== this.generation) return { kind: "interrupted" };
      return { kind: "crashed", index: Atomics.load(heartbeat, 1), error };
    } finally {
      this.inFlight.delete(task);
    }
  }

  private watch(): void {
    const now = performance.now();
    // While the main thread checks its own batch, neither this nor workers' results run: time it
    // was away is not a worker's, and a finished batch's result may be waiting to be read.
    const away = now - this.lastWatch > this.interval * 2;
    this.lastWatch = now;
    for (const task of this.inFlight) {
      const beats = Atomics.load(task.heartbeat, 0);
      if (Atomics.load(task.heartbeat, 2) === 1) continue;
      if (beats !== task.seen || away) {
        task.seen = beats;
        task.since = now;
      } else if (beats > 0 && task.generation === this.generation && now - task.since > this.budgetMs) {
        // A batch that has not started (queued behind another on its worker) has no heartbeat yet.
        task.timedOut = true;
        this.restart();
      }
    }
  }

  private restart(): void {
    const old = this.pool;
    this.generation++;
    this.pool = this.start();
    void old.destroy();
  }

  async destroy(): Promise<void> {
    clearInterval(this.watchdog);
    await this.pool.destroy();
  }
}
