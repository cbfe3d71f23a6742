// Installs the site's service worker (static/sw.js, at the base URL so that it serves the whole
// site) once the page has loaded, on built sites only: the development server's pages change as
// they are edited and must not be answered from a cache.
import ExecutionEnvironment from "@docusaurus/ExecutionEnvironment";
import siteConfig from "@generated/docusaurus.config";

function register(): void {
  navigator.serviceWorker.register(`${siteConfig.baseUrl}sw.js`, { scope: siteConfig.baseUrl }).catch((error: unknown) => {
    // The site still reads online; only reading offline is missing.
    console.warn("오프라인 읽기를 켜지 못했습니다 (service worker not registered):", error);
  });
}

if (ExecutionEnvironment.canUseDOM && "serviceWorker" in navigator && process.env.NODE_ENV === "production") {
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
