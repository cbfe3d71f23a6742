// The one interface the review reads a pull request through, as policy-bot's evaluator reads
// `pull.Context`. The app implements it over GitHub (bot/app/octokit-port.ts), the CLI over git
// (bot/local/git-source.ts), the tests over maps (test/support/map-source.ts). The review asks for
// what it can use at once together (Promise.all); a source may answer such reads in one round trip.
import type { Review } from "../evaluate/evaluate.ts";
import type { ManualSummary } from "../validate/manual-summary.ts";
import type { ChangedFile } from "./plan.ts";

export interface PullRequestInfo {
  number: number;
  headSha: string;
  /** The commit the trusted files (schemas, registry, configuration) and the base manuals are read at. */
  baseSha: string;
  baseRef: string;
  author: string;
  open: boolean;
  labels: string[];
  requestedUsers: string[];
  /** Team slugs (without the organisation). */
  requestedTeams: string[];
}

export interface FileRequest {
  /** A commit SHA. */
  ref: string;
  path: string;
  /** Ask for a folder's listing instead of a file's text; the path "" is the commit's root folder. */
  folder?: boolean;
}

/** One file (or folder) at a ref, as the source could read it. */
export interface FileRead {
  exists: boolean;
  /** The stored bytes when the source has them (git, GitHub's blob API); the core decodes them itself. */
  bytes?: Uint8Array;
  /** The text when the source gave text only; null for a binary file, a folder or a missing file. */
  text: string | null;
  /** The stored size in bytes (0 when unknown or missing). */
  byteSize: number;
  /** False when the source gave only part of the file: the review then fails closed on it. */
  whole: boolean;
  /** For a folder: its entries as repository paths. */
  entries?: string[];
}

export interface ReviewSource {
  pullRequest(): Promise<PullRequestInfo>;
  changedFiles(): Promise<ChangedFile[]>;
  /** Many files and folders in as few round trips as the source can; results in request order. */
  readFiles(requests: readonly FileRequest[]): Promise<FileRead[]>;
  reviews(): Promise<Review[]>;
  /** Members of an organisation team written "org/slug"; null when the team does not exist. */
  teamMembers(team: string): Promise<string[] | null>;
  /**
   * Every manual's front-matter summary at a ref, where the source can afford it (git can, GitHub
   * cannot in a fixed number of calls). Rules that need the whole repository and the impact run
   * only when it is there.
   */
  allManuals?(ref: string): Promise<ManualSummary[]>;
}
