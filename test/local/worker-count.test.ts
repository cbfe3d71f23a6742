// The check starts a worker thread for a core that other work leaves idle, or when the work is
// large enough to pay for a worker's start-up anyway.
import { expect, test } from "vitest";
import { workerCount } from "../../bot/local/check/run-check.ts";

test("one worker per idle core beyond the main thread's", () => {
  expect(workerCount(2, 0, 600)).toBe(1);
  expect(workerCount(8, 0.2, 600)).toBe(7);
  expect(workerCount(8, 3, 600)).toBe(5);
});

test("no worker for a few hundred files when other work keeps the cores busy", () => {
  expect(workerCount(2, 1.6, 600)).toBe(0);
  expect(workerCount(2, 10, 600)).toBe(0);
  expect(workerCount(1, 0, 600)).toBe(0);
});

test("workers on every spare core for thousands of files, busy or not", () => {
  expect(workerCount(2, 10, 10_000)).toBe(1);
  expect(workerCount(4, 10, 2_000)).toBe(3);
  expect(workerCount(1, 10, 10_000)).toBe(0);
});
