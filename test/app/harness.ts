// End-to-end harness: the real app (Probot + our Octokit) serving webhooks over HTTP on localhost,
// talking to the fake GitHub over HTTP. The repository is seeded from this checkout's manuals,
// schemas, registry and configuration.
import { generateKeyPairSync } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createNodeMiddleware, Probot } from "probot";
import app, { reviewsSettled } from "../../bot/app/index.ts";
import { manualsOctokit } from "../../bot/app/octokit.ts";
import { deliverWebhook, startFakeGitHub, type FakeGitHub, type FileChanges, type WebhookEvent } from "../fake-github/index.ts";

export const REPO = "hanbit-gu/manuals";
export const SECRET = "test-webhook-secret";
const root = fileURLToPath(new URL("../../", import.meta.url));

/** The repository's trusted and manual files, as committed on main. */
export function seedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(".", path).split("\\").join("/")] = readFileSync(join(root, path), "utf8");
    }
  };
  walk("manuals");
  walk("schemas");
  files[".github/manuals.yml"] = readFileSync(join(root, ".github/manuals.yml"), "utf8");
  return files;
}

export interface Harness {
  fake: FakeGitHub;
  webhookUrl: string;
  base: string;
  close(): Promise<void>;
  deliver(event: WebhookEvent, secret?: string): Promise<number>;
  /** A branch off main with edits (path → new text or null to delete), opened as a pull request. */
  openPullRequest(options: { branch: string; user: string; edits: Record<string, string | null>; title?: string }): Promise<{ number: number; head: string }>;
  /** A further commit on the pull request's branch; returns the new head SHA (the event is not sent). */
  push(number: number, edits: Record<string, string | null>): string;
  review(number: number, user: string, state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED", commitId?: string): Promise<number>;
  file(path: string): string;
  checks(head: string): { name: string; conclusion: string | null; summary: string; text: string; annotations: { path: string; startLine: number; level: string; message: string }[] }[];
  latest(head: string, name: "Manual schema" | "Legal review"): ReturnType<Harness["checks"]>[number] | undefined;
}

export interface HarnessOptions {
  /** The repository's files on main (default: this checkout's manuals, schemas and configuration). */
  files?: FileChanges;
  /** Least time between writes and between notifying writes; pacing only slows behaviour tests, so 0 by default. */
  writeIntervalMs?: number;
  notificationIntervalMs?: number;
}

/** Seeds the fake with the repository on main (returns its SHA) and every team the registry names. */
export function seedRepository(fake: FakeGitHub, files: FileChanges = seedFiles()): string {
  const base = fake.state.commit(REPO, { branch: "main", files, message: "Seed" });
  // Every team the registry names exists; a few have members the scenarios use.
  const members: Record<string, string[]> = { "dong-civil-reviewers": ["team-dong"], "tax-reviewers": ["team-tax"], "building-reviewers": ["team-building"], "manual-admins": ["team-admin"] };
  const teams = readFileSync(join(root, "manuals/departments.yml"), "utf8").matchAll(/hanbit-gu\/([a-z0-9-]+)/g);
  for (const slug of new Set([...[...teams].map((m) => m[1]!), "manual-admins"])) fake.state.setTeam("hanbit-gu", slug, members[slug] ?? []);
  return base;
}

/** An RSA key for the app (any key will do: the fake accepts any JWT). */
export function appPrivateKey(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } }).privateKey;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeGitHub();
  const base = seedRepository(fake, options.files ?? seedFiles());
  const privateKey = appPrivateKey();
  const probot = new Probot({
    appId: 1,
    privateKey,
    secret: SECRET,
    baseUrl: fake.url,
    logLevel: "fatal",
    Octokit: manualsOctokit({ timeoutMs: 1500, retryAfterBaseValue: 5, retries: 3, writeIntervalMs: options.writeIntervalMs ?? 0, notificationIntervalMs: options.notificationIntervalMs ?? 0 }),
  });
  const middleware = await createNodeMiddleware(app, { probot });
  const server: Server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
  const state = fake.state;

  const harness: Harness = {
    fake,
    webhookUrl,
    base,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
    async deliver(event, secret = SECRET) {
      // A delivery slower than GitHub's patience is answered 202 and finishes in the background: wait for it.
      const { status } = await deliverWebhook({ url: webhookUrl, secret, event, timeoutMs: 30_000 });
      await reviewsSettled();
      return status;
    },
    async openPullRequest({ branch, user, edits, title }) {
      const head = state.commit(REPO, { parent: base, branch, files: edits, message: title ?? branch, author: user });
      const pr = state.openPullRequest(REPO, { title: title ?? branch, user, head: branch, base: "main" });
      await harness.deliver(fake.webhooks.pullRequest(REPO, pr.number, "opened"));
      return { number: pr.number, head };
    },
    push(number, edits) {
      const pr = state.pullRequest(REPO, number);
      const sha = state.commit(REPO, { parent: pr.head.sha, branch: pr.head.ref, files: edits, message: "update" });
      state.setHead(REPO, number, sha);
      return sha;
    },
    async review(number, user, reviewState, commitId) {
      const review = state.addReview(REPO, number, { user, state: reviewState, ...(commitId ? { commitId } : {}) });
      return harness.deliver(fake.webhooks.pullRequestReview(REPO, number, review.id, "submitted"));
    },
    file(path) {
      return state.readFile(REPO, base, path)!;
    },
    checks(head) {
      return state.checkRuns(REPO, { headSha: head }).map((c) => ({
        name: c.name,
        conclusion: c.conclusion,
        summary: c.output?.summary ?? "",
        text: c.output?.text ?? "",
        annotations: (c.output?.annotations ?? []).map((a) => ({ path: a.path, startLine: a.startLine, level: a.level, message: a.message })),
      }));
    },
    latest(head, name) {
      return harness.checks(head).filter((c) => c.name === name).at(-1);
    },
  };
  return harness;
}

/** Replaces the first occurrence of `from` in a text, failing loudly when it is absent. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit: ${String(from)} not found`);
  return next;
}
