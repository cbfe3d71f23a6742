// GitHub's page-based pagination: per_page (default 30, at most 100) and page (from 1), with a Link
// header carrying next/last/first/prev, which is what octokit.paginate follows.
import type { RouteRequest, RouteResponse } from "./route.ts";

export interface PageOptions {
  defaultPerPage?: number;
  maxPerPage?: number;
}

function pageUrl(request: RouteRequest, page: number): string {
  const url = new URL(request.url);
  url.searchParams.set("page", String(page));
  return url.toString();
}

export function pageOf<T>(request: RouteRequest, items: T[], options: PageOptions = {}): { items: T[]; headers: Record<string, string> } {
  const maxPerPage = options.maxPerPage ?? 100;
  const requested = Number(request.query.get("per_page") ?? options.defaultPerPage ?? 30);
  const perPage = Math.min(Math.max(Number.isFinite(requested) && requested > 0 ? Math.floor(requested) : 30, 1), maxPerPage);
  const page = Math.max(Math.floor(Number(request.query.get("page") ?? 1)) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const links: string[] = [];
  if (page < last) links.push(`<${pageUrl(request, page + 1)}>; rel="next"`, `<${pageUrl(request, last)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(request, 1)}>; rel="first"`, `<${pageUrl(request, Math.min(page - 1, last))}>; rel="prev"`);
  return { items: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(", ") } : {} };
}

/** A paginated 200 response of `items` rendered by `render` (only the page is rendered). */
export function paginated<T>(request: RouteRequest, items: T[], render: (item: T) => unknown, options?: PageOptions): RouteResponse {
  const { items: page, headers } = pageOf(request, items, options);
  return { status: 200, body: page.map(render), headers };
}
