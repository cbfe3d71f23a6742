// The app as production runs it: `bot/app/server.ts` in a process of its own (no memory shared with
// the test or another instance), configured by environment variables, talking to the fake GitHub
// through Probot's GitHub Enterprise Server settings (GHE_HOST, GHE_PROTOCOL=http). Stopping it
// sends SIGTERM, on which the server takes no more deliveries and finishes the reviews under way;
// its exit is therefore the moment everything it was sent has been written.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const server = fileURLToPath(new URL("../../bot/app/server.ts", import.meta.url));

export interface AppProcess {
  webhookUrl: string;
  /** SIGTERM, then the exit code once the reviews under way have finished. */
  stop(): Promise<number | null>;
  /** What it logged (JSON lines), for a failing test's message. */
  output(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startAppProcess({ fakeUrl, privateKey, secret }: { fakeUrl: string; privateKey: string; secret: string }): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [server], {
    env: {
      PATH: process.env.PATH ?? "",
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: secret,
      GHE_HOST: new URL(fakeUrl).host,
      GHE_PROTOCOL: "http",
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("listening on")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => reject(new Error(`bot/app/server.ts exited with ${code} before listening:\n${log}`)));
  });
  return {
    webhookUrl: `http://127.0.0.1:${port}/api/github/webhooks`,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
    output: () => log,
  };
}
