// Tells the service worker which page the reader is on and which files it loaded, so that a
// manual read once opens offline — including the very first one, loaded before the worker
// took control, and manuals reached by in-app navigation (which fetch no HTML).
import ExecutionEnvironment from "@docusaurus/ExecutionEnvironment";
import type { ClientModule } from "@docusaurus/types";

function loadedFiles(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(location.origin) && /\.(js|css|json|svg|woff2?)(\?|$)/.test(name));
}

function remember(): void {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return;
  worker.postMessage({ type: "WORK_MANUALS_REMEMBER", urls: [location.href.split("#")[0], ...loadedFiles()] });
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
