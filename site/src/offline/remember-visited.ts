// Tells the service worker which page the reader is on and which files it loaded, so that a
// manual read once opens offline — including the very first one, loaded before the worker
// took control, and manuals reached by in-app navigation (which fetch no HTML).
import ExecutionEnvironment from "@docusaurus/ExecutionEnvironment";
import type { ClientModule } from "@docusaurus/types";
import { rememberSaved } from "./saved-manuals";

function loadedFiles(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(location.origin) && /\.(js|css|json|svg|woff2?)(\?|$)/.test(name));
}

/** A manual page says what it is (theme/DocItem/Content): kept for the offline page's list. */
function rememberManual(): void {
  const page = document.querySelector<HTMLElement>("[data-manual-page]");
  if (!page) return;
  rememberSaved(localStorage, {
    title: page.dataset.manualTitle ?? document.title,
    permalink: location.pathname,
    where: page.dataset.manualWhere ?? "",
    savedAt: new Date().toISOString(),
  });
}

interface DocusaurusGlobal {
  docusaurus?: { preload(path: string): Promise<unknown> };
}

/**
 * The offline page's script chunks, loaded once per visit so they are among the files the worker is
 * told to keep: the worker stores the offline page's HTML itself, but the chunks the router loads
 * lazily are named nowhere in it. Docusaurus's own window.docusaurus.preload loads a route's chunks.
 */
let offlinePageLoaded: Promise<unknown> | null = null;
function loadOfflinePage(worker: ServiceWorker): Promise<unknown> {
  const offline = new URL("offline", worker.scriptURL).pathname; // the worker sits at the site's base URL
  offlinePageLoaded ??= Promise.resolve((window as DocusaurusGlobal).docusaurus?.preload(offline)).catch(() => undefined);
  return offlinePageLoaded;
}

function remember(): void {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return;
  rememberManual();
  const page = location.href.split("#")[0];
  void loadOfflinePage(worker).then(() => worker.postMessage({ type: "WORK_MANUALS_REMEMBER", urls: [page, ...loadedFiles()] }));
}

if (ExecutionEnvironment.canUseDOM && "serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("controllerchange", remember);
}

const module: ClientModule = {
  onRouteDidUpdate({ location, previousLocation }) {
    if (!ExecutionEnvironment.canUseDOM || !("serviceWorker" in navigator)) return;
    if (previousLocation && previousLocation.pathname === location.pathname) return;
    // After the new route's chunks have loaded.
    setTimeout(remember, 500);
  },
};

export default module;
