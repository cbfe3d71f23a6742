// Installation access tokens the fake issues to the app (valid for an hour, as GitHub's).
import type { InstallationTokenRecord } from "./records.ts";
import { isoSeconds, type StateContext } from "./state-context.ts";

export function issueInstallationToken(state: StateContext, tokens: Map<string, InstallationTokenRecord>, installationId: number): InstallationTokenRecord {
  const record: InstallationTokenRecord = {
    token: `ghs_fake${String(tokens.size + 1).padStart(6, "0")}i${installationId}`,
    installationId,
    expiresAt: isoSeconds(new Date(state.nowDate().getTime() + 60 * 60 * 1000)),
  };
  tokens.set(record.token, record);
  return record;
}
