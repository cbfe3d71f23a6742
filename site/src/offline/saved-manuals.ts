// The manuals this device keeps for reading offline, as the page remembers them (remember-visited.ts)
// in localStorage: title, address and department, newest first. The service worker holds the pages
// themselves; the offline page (components/OfflinePage) lists these, checked against its cache.
export interface SavedManual {
  title: string;
  permalink: string;
  where: string;
  /** When it was last opened, ISO 8601. */
  savedAt: string;
}

export const SAVED_KEY = "work-manuals:saved-manuals";
const LIMIT = 200;

export function readSaved(storage: Pick<Storage, "getItem">): SavedManual[] {
  try {
    const value = JSON.parse(storage.getItem(SAVED_KEY) ?? "[]") as unknown;
    return Array.isArray(value) ? value.filter((m): m is SavedManual => typeof m?.title === "string" && typeof m?.permalink === "string") : [];
  } catch {
    return []; // storage written by something else: start again
  }
}

export function rememberSaved(storage: Pick<Storage, "getItem" | "setItem">, manual: SavedManual): void {
  const list = [manual, ...readSaved(storage).filter((m) => m.permalink !== manual.permalink)].slice(0, LIMIT);
  try {
    storage.setItem(SAVED_KEY, JSON.stringify(list));
  } catch {
    // storage full or disabled: the page is still cached, only the list misses it
  }
}
