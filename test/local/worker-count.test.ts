// The check starts a worker thread only for a core that other work leaves idle.
import { expect, test } from "vitest";
import { workerCount } from "../../bot/local/check/run-check.ts";

test("one worker per idle core beyond the main thread's", () => {
  expect(workerCount(2, 0)).toBe(1);
  expect(workerCount(8, 0.2)).toBe(7);
  expect(workerCount(8, 3)).toBe(5);
});

test("no worker when other work keeps the cores busy", () => {
  expect(workerCount(2, 1.6)).toBe(0);
  expect(workerCount(2, 10)).toBe(0);
  expect(workerCount(1, 0)).toBe(0);
});
