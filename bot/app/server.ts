// `npm run bot`: the app as a long-running Node server receiving GitHub's webhooks.
// Needs APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH) and WEBHOOK_SECRET (see .env.example);
// PORT (default 3000), LOG_LEVEL, MANUALS_TZ (default Asia/Seoul) and GHE_HOST are optional.
import { createServer } from "node:http";
import { createNodeMiddleware, createProbot } from "probot";
import app, { reviewsSettled } from "./index.ts";
import { manualsOctokit } from "./octokit.ts";

const missing = ["APP_ID", "WEBHOOK_SECRET"].filter((name) => !process.env[name]);
if (!process.env.PRIVATE_KEY && !process.env.PRIVATE_KEY_PATH) missing.push("PRIVATE_KEY");
if (missing.length) {
  process.stderr.write(
    `work-manuals bot: ${missing.join(", ")} 환경 변수가 없습니다 / missing environment variables: ${missing.join(", ")}.\n` +
      "GitHub 앱을 등록한 뒤 .env.example을 .env로 복사해 값을 채우세요 (README의 'Install the app' 참고).\n" +
      "Register the GitHub App, copy .env.example to .env and fill it in (see README, 'Install the app').\n",
  );
  process.exit(2);
}

const probot = createProbot({ overrides: { Octokit: manualsOctokit() } });
const middleware = await createNodeMiddleware(app, { probot });
const port = Number(process.env.PORT ?? 3000);
const server = createServer((request, response) =>
  middleware(request, response, () => {
    response.writeHead(404).end("Not found");
  }),
).listen(port, process.env.HOST, () => probot.log.info(`work-manuals bot listening on :${port}/api/github/webhooks`));

// On shutdown, stop taking deliveries and let reviews under way finish (GitHub redelivers nothing by itself).
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    probot.log.info(`${signal}: finishing reviews under way`);
    server.close();
    void reviewsSettled().then(() => process.exit(0));
  });
}
