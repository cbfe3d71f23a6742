// Project rules report through markdownlint's onError; the catalog message travels in `detail`
// as JSON so the finding can be worded in Korean or English at the edge.
import type { MessageId } from "../../messages/ko.ts";

export function encodeDetail(id: MessageId, params: Record<string, string | number> = {}): string {
  return JSON.stringify({ id, params });
}

export function decodeDetail(detail: string | null | undefined): { id: MessageId; params: Record<string, string | number> } | null {
  if (!detail?.startsWith("{")) return null;
  try {
    const parsed = JSON.parse(detail) as { id: MessageId; params: Record<string, string | number> };
    return typeof parsed.id === "string" ? parsed : null;
  } catch {
    return null;
  }
}
