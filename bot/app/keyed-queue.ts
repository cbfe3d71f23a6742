// Runs tasks with the same key one at a time, in arrival order; different keys run concurrently.
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Resolves when every task queued so far has settled (for a graceful shutdown). */
  async idle(): Promise<void> {
    while (this.tails.size) await Promise.all(this.tails.values());
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
