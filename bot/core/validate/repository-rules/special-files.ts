// Nothing under manuals/ may run as code or reach outside the repository: no .mdx, no symlinks.
import type { Finding } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { RepositoryRule } from "./context.ts";

export const specialFiles: RepositoryRule = ({ special }) =>
  special.map((entry): Finding =>
    entry.kind === "mdx"
      ? { file: entry.path, line: 1, rule: "no-mdx", severity: "error", message: text("repo.mdx") }
      : { file: entry.path, line: 1, rule: "no-symlink", severity: "error", message: text("repo.symlink", { target: entry.target ?? "?" }) },
  );
