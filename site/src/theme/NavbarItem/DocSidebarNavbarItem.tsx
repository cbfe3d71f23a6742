// The navbar's "매뉴얼" item (type docSidebar), as the classic theme makes it, but finding the page's
// doc in one lookup. The theme's item asks useActiveDocContext, itself and again through
// useLayoutDocsSidebar, and each call tries every doc's path on every page rendered: 600 manuals
// cost a second of the build's page rendering, and the work grows with the square of the manuals.
// Same link, same label, same active state (the page is a doc of this sidebar, paths compared as
// react-router's matchPath does: exact, case and trailing slash aside). The sidebar is looked up as
// useLayoutDocsSidebar does, in the active version, else the latest; the reader's preferred
// version, which it also consults, exists only on sites with several versions, and this site has one.
import React from "react";
import { useLocation } from "@docusaurus/router";
import { useActiveVersion, useLatestVersion } from "@docusaurus/plugin-content-docs/client";
import DefaultNavbarItem from "@theme/NavbarItem/DefaultNavbarItem";
import type { Props } from "@theme/NavbarItem/DocSidebarNavbarItem";
import { pathIndex, pathKey } from "../../routing/path-index";

export default function DocSidebarNavbarItem({ sidebarId, label, docsPluginId, ...props }: Props): React.ReactNode {
  const { pathname } = useLocation();
  const version = useActiveVersion(docsPluginId);
  // The first doc with the path, as the theme's find() gives.
  const activeDoc = version ? pathIndex(version.docs, (doc) => doc.path)?.get(pathKey(pathname)) : undefined;
  const latest = useLatestVersion(docsPluginId);
  const sidebar = (version?.sidebars?.[sidebarId] ? version : latest).sidebars?.[sidebarId];
  if (!sidebar) throw new Error(`DocSidebarNavbarItem: Can't find any sidebar with id "${sidebarId}".`);
  const sidebarLink = sidebar.link;
  if (!sidebarLink) throw new Error(`DocSidebarNavbarItem: Sidebar with ID "${sidebarId}" doesn't have anything to be linked to.`);
  return <DefaultNavbarItem exact {...props} isActive={() => activeDoc?.sidebar === sidebarId} label={label ?? sidebarLink.label} to={sidebarLink.path} />;
}
