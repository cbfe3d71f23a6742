// The base branch's schemas, registry or configuration cannot be used: nothing can be judged.
// The app turns it into failing checks, the CLI into exit code 2.
import type { Finding, Text } from "../findings.ts";

export class ConfigurationError extends Error {
  readonly text: Text;
  readonly findings: Finding[];
  constructor(text: Text, findings: Finding[] = []) {
    super(text.en);
    this.name = "ConfigurationError";
    this.text = text;
    this.findings = findings;
  }
}
