/* global self, caches, fetch, Request, Response -- a service worker's globals */
// The site's service worker, served as it is written (src/offline/register-worker.ts installs it):
// runtime caching for reading offline, nothing precached, so 10,000 manuals never download on a
// first visit. Pages: network first, the cached copy when offline. Hashed assets: cache first.
// The page tells the worker what it already loaded before the worker took control
// (remember-visited.ts), so the first manual a reader opens is readable offline too.
// A page that is not on the device opens the site's own offline page (/offline, kept with the CSS
// and scripts its HTML names when the worker installs; the chunks its router loads lazily arrive
// through remember-visited.ts), which lists the manuals that are.
const PAGES = "work-manuals-pages-v1";
const ASSETS = "work-manuals-assets-v1";

function offlineUrl() {
  return new URL("offline", self.registration.scope).href;
}

/** The offline page and the files it loads (our own build's HTML: its /assets/ links are plain attributes). */
async function keepOfflinePage() {
  try {
    const response = await fetch(offlineUrl(), { credentials: "same-origin" });
    if (!response.ok) return;
    const html = await response.clone().text();
    await put(PAGES, new Request(offlineUrl()), response);
    const assets = [...html.matchAll(/(?:src|href)="([^"]*\/assets\/[^"]+)"/g)].map((match) => new URL(match[1], offlineUrl()).href);
    await Promise.all(assets.map(async (href) => (await caches.match(href)) || put(ASSETS, new Request(href), await fetch(href, { credentials: "same-origin" }))));
  } catch {
    // offline while installing: the built-in fallback below still answers
  }
}

function isAsset(url) {
  return url.pathname.includes("/assets/");
}

async function put(cacheName, request, response) {
  if (response && response.ok && response.type === "basic") {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request, cacheName) {
  try {
    return await put(cacheName, request, await fetch(request));
  } catch (error) {
    const cached = await caches.match(request, { ignoreSearch: request.mode === "navigate" });
    if (cached) return cached;
    if (request.mode === "navigate") {
      const offline = await caches.match(offlineUrl());
      if (offline && new URL(request.url).href !== offlineUrl()) return Response.redirect(offlineUrl(), 302);
      return new Response(
        '<!doctype html><html lang="ko"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>오프라인</title>' +
          "<main><h1>오프라인입니다</h1><p>이 페이지는 아직 이 기기에 저장되지 않았습니다. 한 번 열어 본 매뉴얼은 네트워크 없이도 열립니다.</p></main></html>",
        { status: 503, headers: { "content-type": "text/html; charset=utf-8" } },
      );
    }
    throw error;
  }
}

async function cacheFirst(request, cacheName) {
  const cached = await caches.match(request);
  if (cached) return cached;
  return put(cacheName, request, await fetch(request));
}

async function remember(urls) {
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, self.location.href);
      if (url.origin !== self.location.origin) return;
      url.hash = "";
      const cacheName = isAsset(url) ? ASSETS : PAGES;
      if (await caches.match(url.href)) return;
      try {
        await put(cacheName, new Request(url.href), await fetch(url.href, { credentials: "same-origin" }));
      } catch {
        // offline already: nothing to store
      }
    }),
  );
}

// A new version of this file takes over at once: it keeps no precache that open pages rely on.
self.addEventListener("install", (event) => {
  void self.skipWaiting();
  event.waitUntil(keepOfflinePage());
});
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.endsWith("/sw.js")) return;
  event.respondWith(isAsset(url) ? cacheFirst(request, ASSETS) : networkFirst(request, PAGES));
});
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "WORK_MANUALS_REMEMBER" && Array.isArray(event.data.urls)) {
    event.waitUntil(remember(event.data.urls));
  }
});
