/* Generated from schemas/front-matter.schema.json by scripts/generate-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * The YAML front matter of a manual: who owns the task, which laws it follows, when it was last reviewed.
 */
export interface ManualFrontMatter {
  /**
   * Unique, stable identifier of the manual; lowercase letters, digits and hyphens.
   */
  id: string;
  /**
   * The task's name as staff know it.
   */
  title: string;
  /**
   * A key of manuals/institutions.yml; the manual lives under manuals/<institution>/.
   */
  institution: string;
  /**
   * A key of manuals/departments.yml; the manual lives under manuals/<institution>/<department>/.
   */
  department: string;
  /**
   * GitHub login of the task owner.
   */
  owner: string;
  /**
   * GitHub login of who covers the task during leave or transfer.
   */
  deputy?: string;
  /**
   * The provisions the manual follows, one entry per article.
   *
   * @minItems 1
   */
  laws: [LawReference, ...LawReference[]];
  /**
   * How often the manual must be reviewed, in months.
   */
  review_cycle_months: number;
  /**
   * Date of the last full review (YYYY-MM-DD).
   */
  last_reviewed: string;
  /**
   * Search keywords.
   */
  tags?: string[];
}
export interface LawReference {
  /**
   * A key of manuals/laws.yml.
   */
  law: string;
  /**
   * The article, in the form 제6조, 제6조의2 or 제6조제1항.
   */
  article: string;
  /**
   * Effective date (시행일) of the law text the manual follows.
   */
  version: string;
}
