// Sends a webhook event to an app's HTTP endpoint the way GitHub does: JSON body, event and delivery
// headers, and the body's HMAC-SHA256 under the webhook secret in X-Hub-Signature-256.
import { createHmac } from "node:crypto";
import type { WebhookEvent } from "./webhook-payloads.ts";

export interface DeliveryOptions {
  /** The app's webhook URL, e.g. http://127.0.0.1:3000/api/github/webhooks */
  url: string;
  /** The secret the signature is made with; a different secret than the app's tests rejection. */
  secret: string;
  event: WebhookEvent;
  /** Abort the delivery after this long (GitHub gives up after 10 s). */
  timeoutMs?: number;
}

export interface DeliveryResult {
  status: number;
  body: string;
  durationMs: number;
}

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export async function deliverWebhook(options: DeliveryOptions): Promise<DeliveryResult> {
  const body = JSON.stringify(options.event.payload);
  const started = performance.now();
  const response = await fetch(options.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/fake",
      "x-github-event": options.event.name,
      "x-github-delivery": options.event.id,
      "x-github-hook-installation-target-type": "integration",
      "x-hub-signature-256": signature(options.secret, body),
    },
    body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  return { status: response.status, body: await response.text(), durationMs: performance.now() - started };
}
