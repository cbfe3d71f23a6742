// Completes package-lock.json with the other platforms' optional native packages (macOS, Windows,
// musl, ARM builds of swc, rollup, rspack, …) when the npm registry in use does not serve them.
// `npm install` then leaves them out of the lock, and `npm ci` refuses the lock as out of sync.
// Each added entry carries only its version and platform (os/cpu/libc), so npm skips it on any
// other machine without fetching it — exactly what it does with a complete lock.
//
//   node scripts/complete-lockfile.ts        (after `npm install`; idempotent)
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "linux", "win32", "freebsd", "android", "openbsd", "sunos", "aix", "netbsd", "openharmony", "wasm32"];
const CPU = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips64el", "wasm32"];

interface Entry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

function platformOf(name: string): Pick<Entry, "os" | "cpu" | "libc"> | null {
  const parts = name.split("/").pop()!.split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p) || p === "arm64ec") ?? (parts.includes("universal") ? undefined : undefined);
  if (!os && !cpu) return null;
  const libc = parts.includes("musl") || parts.includes("musleabihf") ? ["musl"] : os === "linux" && (parts.includes("gnu") || parts.includes("gnueabihf")) ? ["glibc"] : undefined;
  return { ...(os ? { os: [os === "wasm32" ? "wasm32" : os] } : {}), ...(cpu ? { cpu: [cpu === "arm64ec" ? "arm64" : cpu] } : {}), ...(libc ? { libc } : {}) };
}

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8")) as { packages: Record<string, Entry> };
let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? location + "/" : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    const version = /^\d+\.\d+\.\d+[-.\w]*$/.test(spec) ? spec : null;
    if (!platform || !version) continue; // only exact-version platform binaries are safe to describe
    lock.packages[hoisted] = { version, optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: ${added} platform package(s) described`);
