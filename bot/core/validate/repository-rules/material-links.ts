// Links to materials resolve: a relative link names a file that exists in the repository and
// stays inside it; anything else is https (or tel:/mailto: for contacts, # for anchors).
// Script-capable schemes are reported by the Markdown rule wm-safe-link-targets.
import { posix } from "node:path";
import type { Finding } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { RepositoryRule } from "./context.ts";

const ALLOWED_SCHEMES = /^(https:|tel:|mailto:)/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SCRIPT_SCHEMES = /^(javascript|vbscript|data|file):/i;

function decode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export const materialLinks: RepositoryRule = ({ manuals, files }) => {
  const findings: Finding[] = [];
  for (const manual of manuals) {
    const directory = posix.dirname(manual.file);
    for (const link of manual.links) {
      const href = link.href.trim();
      if (href === "" || href.startsWith("#") || ALLOWED_SCHEMES.test(href)) continue;
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      const compact = href.replace(/[\u0000-\u0020\u007f]/g, "");
      if (SCRIPT_SCHEMES.test(compact) || /^http:/i.test(href)) continue; // reported by the Markdown rules
      const place = { file: manual.file, line: link.line, column: link.column };
      if (ANY_SCHEME.test(href) || href.startsWith("//")) {
        findings.push({ ...place, rule: "material-link", severity: "error", message: text("repo.link-scheme", { href }) });
        continue;
      }
      const path = decode(href.split(/[?#]/)[0] ?? "");
      const resolved = path.startsWith("/") ? posix.normalize(path.slice(1)) : posix.normalize(posix.join(directory, path));
      if (resolved.startsWith("../") || resolved === ".." || posix.isAbsolute(resolved)) {
        findings.push({ ...place, rule: "material-link", severity: "error", message: text("repo.link-escapes", { href }) });
      } else if (!files.has(resolved)) {
        findings.push({ ...place, rule: "material-link", severity: "error", message: text("repo.link-missing", { href }) });
      }
    }
  }
  return findings;
};
