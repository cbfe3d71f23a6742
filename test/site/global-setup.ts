// Builds the site once for all site tests (from a prepared clone, see site-fixture.ts) and
// serves it on a free localhost port.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, docusaurus, projectRoot as root } from "./build-site.ts";
import { prepareRepository, REPOSITORY } from "./site-fixture.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    siteOut: string;
    siteRepo: string;
    buildLog: string;
  }
}


function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`site server did not answer at ${url}`);
}

let server: ChildProcess | null = null;
let work = "";

export async function setup(project: TestProject): Promise<void> {
  work = mkdtempSync(join(tmpdir(), "work-manuals-site-"));
  const repo = join(work, "repo");
  const out = join(work, "build");
  prepareRepository(root, repo, join(root, "test/site/fixtures"));

  const log = buildSite(repo, out, { SITE_REPOSITORY_URL: REPOSITORY.url, SITE_REPOSITORY_BRANCH: REPOSITORY.branch });
  writeFileSync(join(work, "build.log"), log);

  const port = await freePort();
  server = spawn(process.execPath, [docusaurus, "serve", "site", "--dir", out, "--port", String(port), "--host", "127.0.0.1", "--no-open"], { cwd: root, stdio: "ignore" });
  const siteUrl = `http://localhost:${port}/`;
  await waitFor(siteUrl, 30_000);

  project.provide("siteUrl", siteUrl);
  project.provide("siteOut", out);
  project.provide("siteRepo", repo);
  project.provide("buildLog", log);
}

export async function teardown(): Promise<void> {
  server?.kill();
  if (work && !process.env.KEEP_SITE_BUILD) rmSync(work, { recursive: true, force: true });
}
