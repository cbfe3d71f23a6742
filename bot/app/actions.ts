// GitHub Actions mode, for organisations that cannot host a server: the same app function run by
// @probot/adapter-github-actions on the workflow's event (see .github/workflows/manuals-app.yml).
// The workflow runs on pull_request_target / pull_request_review, so this code comes from the
// base branch and never from the pull request, like the registry and schemas it reads.
// (The adapter bundles its own Probot copy, whose ApplicationFunction type differs only by identity.)
import { run } from "@probot/adapter-github-actions";
import app from "./index.ts";

run(app as never).catch((error: unknown) => {
  process.stderr.write(`work-manuals bot: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
