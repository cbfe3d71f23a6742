// The page's entry in a list of routes or docs, found in one lookup instead of trying every path
// on every page (the theme's walks, which grow with the square of the manuals in a build). Paths
// are compared as react-router's matchPath compares a literal path: case and trailing slash aside.
// Hand-written because react-router offers only the walk.

export const pathKey = (path: string): string => path.replace(/\/+$/, "").toLowerCase();

// One index per list: a version's docs and a root's routes are the same objects on every page.
const indexes = new WeakMap<readonly object[], ReadonlyMap<string, object> | null>();

/**
 * The list's items by path, the first of each path kept as a find() over the list would;
 * null when some item has no literal path (`literalPath` gives null), for the caller to walk.
 */
export function pathIndex<T extends object>(list: readonly T[], literalPath: (item: T) => string | null): ReadonlyMap<string, T> | null {
  if (!indexes.has(list)) {
    let index: Map<string, T> | null = new Map();
    for (const item of list) {
      const path = literalPath(item);
      if (path === null) {
        index = null;
        break;
      }
      if (!index.has(pathKey(path))) index.set(pathKey(path), item);
    }
    indexes.set(list, index);
  }
  return indexes.get(list) as ReadonlyMap<string, T> | null;
}
