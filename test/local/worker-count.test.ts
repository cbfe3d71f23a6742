// The check starts a worker thread for a core that other work leaves idle, or when the work is
// large enough to pay for a worker's start-up anyway; what other work uses is measured from the
// machine's CPU times less the check's own.
import { expect, test } from "vitest";
import { coresBusyElsewhere } from "../../bot/local/check/busy-cores.ts";
import { workerCount } from "../../bot/local/check/run-check.ts";

test("one worker per idle core beyond the main thread's", () => {
  expect(workerCount(2, 0, 600)).toBe(1);
  expect(workerCount(8, 0.2, 600)).toBe(7);
  expect(workerCount(8, 3, 600)).toBe(4);
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

test("cores busy elsewhere: the machine's CPU time less the check's own, over the wall time", () => {
  const before = { machineBusyMs: 10_000, ownMs: 500, atMs: 1_000 };
  // 100 ms of wall time: the machine ran 190 ms, 100 of them the check's own → 0.9 cores elsewhere.
  expect(coresBusyElsewhere(before, { machineBusyMs: 10_190, ownMs: 600, atMs: 1_100 })).toBeCloseTo(0.9);
  // Only the check ran: nothing elsewhere, even when tick rounding makes its own share look larger.
  expect(coresBusyElsewhere(before, { machineBusyMs: 10_090, ownMs: 600, atMs: 1_100 })).toBe(0);
  // A window shorter than two kernel ticks tells nothing: the cores count as free.
  expect(coresBusyElsewhere(before, { machineBusyMs: 10_030, ownMs: 500, atMs: 1_010 })).toBe(0);
});

test("after a busy minute that has ended, the next check still gets its worker", () => {
  // What the load average could not tell: measured now, the cores are idle.
  const idle = coresBusyElsewhere({ machineBusyMs: 0, ownMs: 0, atMs: 0 }, { machineBusyMs: 80, ownMs: 80, atMs: 80 });
  expect(workerCount(2, idle, 600)).toBe(1);
});
