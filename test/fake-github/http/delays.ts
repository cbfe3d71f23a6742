// Waits that end early when the client hangs up or the fake closes, so close() never waits on a
// held request and a timed-out request is never served afterwards.
import type { ServerResponse } from "node:http";

export class Delays {
  readonly #pending = new Set<() => void>();
  #closed = false;

  get closed(): boolean {
    return this.#closed;
  }

  /** Resolves after `ms`, or sooner when `response` closes or the fake shuts down. */
  wait(ms: number, response: ServerResponse): Promise<void> {
    if (this.#closed) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        response.off("close", finish);
        this.#pending.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      response.on("close", finish);
      this.#pending.add(finish);
    });
  }

  closeAll(): void {
    this.#closed = true;
    for (const finish of [...this.#pending]) finish();
  }
}
