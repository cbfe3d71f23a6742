// Which manuals the check's threads take next. Small manuals come in batches (one markdownlint run
// each), larger while much is left and smaller at the end so every thread finishes together; large
// manuals go one at a time and only to workers, where a time budget holds. Manuals sent back after
// a worker was stopped go to workers again.
const BATCH_MAX = 100;
const BATCH_MIN = 10;
/** The main thread takes small batches: worker results and new tasks wait while it checks. */
const MAIN_BATCH_MAX = 20;

export class BatchQueue {
  private next = 0;
  private readonly again: string[][] = [];
  private readonly small: readonly string[];
  private readonly large: string[];
  private readonly participants: number;

  constructor(small: readonly string[], large: readonly string[], participants: number) {
    this.small = small;
    this.large = [...large];
    this.participants = participants;
  }

  private take(max: number): string[] {
    const left = this.small.length - this.next;
    const size = Math.max(Math.min(BATCH_MIN, max), Math.min(max, Math.ceil(left / (Math.max(1, this.participants) * 4))));
    const batch = this.small.slice(this.next, this.next + size);
    this.next += batch.length;
    return batch;
  }

  /** The next batch for a worker: one sent back, a large manual, or small ones. */
  forWorker(): string[] {
    const again = this.again.shift();
    if (again) return again;
    const large = this.large.shift();
    if (large) return [large];
    return this.take(BATCH_MAX);
  }

  /** The next batch for the main thread: small manuals only. */
  forMain(): string[] {
    return this.take(MAIN_BATCH_MAX);
  }

  /** Manuals to run again in a worker, one at a time (one of their batch was stopped). */
  retry(files: readonly string[]): void {
    for (const file of files) this.again.push([file]);
  }

  remaining(): number {
    return this.small.length - this.next + this.large.length + this.again.length;
  }
}
