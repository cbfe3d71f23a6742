/* Generated from schemas/config.schema.json by scripts/generate-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * Per-repository configuration of the review bot, kept in .github/manuals.yml and always read from the pull request's base branch.
 */
export interface BotConfig {
  /**
   * Who approves changes to the registry, schemas/ and this file.
   */
  admins: (
    | {
        /**
         * @minItems 1
         */
        users: [unknown, ...unknown[]];
      }
    | {
        /**
         * @minItems 1
         */
        teams: [unknown, ...unknown[]];
      }
  ) & {
    users?: string[];
    teams?: string[];
    approvals?: number;
  };
  /**
   * Language of check summaries and comments.
   */
  language?: "ko" | "en";
  /**
   * Labels the bot keeps on pull requests.
   */
  labels?: {
    legal?: string;
    department_prefix?: string;
  };
  /**
   * Most annotations published on the Manual schema check; beyond it the summary says how many were left out.
   */
  annotations_cap?: number;
  /**
   * Whether the bot requests reviews from the departments' reviewers.
   */
  request_reviews?: boolean;
}
