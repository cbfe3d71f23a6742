// `npm run bot`: the app as a long-running Node server receiving GitHub's webhooks.
// Needs APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH) and WEBHOOK_SECRET (see .env.example);
// PORT (default 3000), LOG_LEVEL and MANUALS_TZ (default Asia/Seoul) are optional.
import { run } from "probot";
import app from "./index.ts";

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
await run(app);
