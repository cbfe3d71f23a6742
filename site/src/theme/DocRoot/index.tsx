// The docs' root, as the classic theme makes it, but finding the page's route in one lookup. The
// theme's useDocRootMetadata tries every doc's route with matchPath and then renders all of them in
// a <Switch>, which tries them again: two walks over every manual on every page, the largest part
// of the build's page rendering at a few thousand manuals (and react-router caches only 10,000
// compiled paths, so past that each try compiles a regular expression).
// Same result: the first route whose path matches the page (doc routes are exact literal paths,
// compared as matchPath does: case and trailing slash aside), its sidebar, the same not-found
// content when none does. Where a path is not a plain literal, or the lookup misses (a
// percent-encoded pathname in the browser), the theme's walk decides, as the theme would.
import React from "react";
import clsx from "clsx";
import { matchPath, useLocation } from "@docusaurus/router";
import renderRoutes from "@docusaurus/renderRoutes";
import { HtmlClassNameProvider, ThemeClassNames } from "@docusaurus/theme-common";
import { DocsSidebarProvider, useDocsVersion } from "@docusaurus/plugin-content-docs/client";
import DocRootLayout from "@theme/DocRoot/Layout";
import NotFoundContent from "@theme/NotFound/Content";
import type { RouteConfig } from "react-router-config";
import type { Props } from "@theme/DocRoot";
import { pathIndex, pathKey } from "../../routing/path-index";

const PATTERN = /[:*?()+[\]{}\\]/;
const literalPath = (route: RouteConfig) => (typeof route.path === "string" && route.exact && !PATTERN.test(route.path) ? route.path : null);

function routeAt(routes: readonly RouteConfig[], pathname: string): RouteConfig | undefined {
  const route = pathIndex(routes, literalPath)?.get(pathKey(pathname));
  return route && matchPath(pathname, route) ? route : undefined;
}

export default function DocRoot(props: Props): React.ReactNode {
  const { pathname } = useLocation();
  const version = useDocsVersion();
  const routes = props.route.routes ?? [];
  const route = routeAt(routes, pathname) ?? routes.find((candidate) => matchPath(pathname, candidate));
  // Only the not-found content, without a second layout, as the theme does.
  if (!route) return <NotFoundContent />;
  // The route config carries the doc's sidebar, as the theme reads it.
  const sidebarName = (route as RouteConfig & { sidebar?: string }).sidebar;
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>
      <DocsSidebarProvider name={sidebarName} items={sidebarName ? version.docsSidebars[sidebarName] : undefined}>
        {/* The <Switch> of one route: the one it would have picked among all. */}
        <DocRootLayout>{renderRoutes([route])}</DocRootLayout>
      </DocsSidebarProvider>
    </HtmlClassNameProvider>
  );
}
