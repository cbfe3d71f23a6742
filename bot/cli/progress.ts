// A one-line progress display on a TTY's stderr; silent everywhere else.
import type { Language } from "../core/findings.ts";
import { say } from "../core/messages/text.ts";

export function progressReporter(lang: Language, stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number) => void) & { finish(): void } {
  const enabled = stream.isTTY === true;
  let last = 0;
  let shown = false;
  const report = (done: number, total: number) => {
    if (!enabled || total < 200) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    shown = true;
    stream.write(`\r${say(lang, "check.progress", { done, total })} (${Math.floor((done / total) * 100)}%)`);
  };
  return Object.assign(report, {
    finish() {
      if (shown) stream.write("\r\x1b[K");
    },
  });
}
