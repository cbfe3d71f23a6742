/* Generated from schemas/registry.schema.json by scripts/generate-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * Who may approve: GitHub users and/or organisation teams written as org/team-slug.
 */
export type Reviewers = Reviewers1 & {
  users?: string[];
  teams?: string[];
};
export type Reviewers1 =
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
    };

/**
 * The registry kept in manuals/: institutions.yml, departments.yml, laws.yml and people.yml, read together.
 */
export interface Registry {
  /**
   * manuals/institutions.yml: institution key (the folder name under manuals/) → names.
   */
  institutions: {
    [k: string]: Institution;
  };
  /**
   * manuals/departments.yml: department key (the folder name under manuals/<institution>/) → names, institution, reviewers.
   */
  departments: {
    [k: string]: Department;
  };
  /**
   * manuals/laws.yml: law key → official name, current effective date, official URL.
   */
  laws: {
    [k: string]: Law;
  };
  /**
   * manuals/people.yml: GitHub login → name, position (직급/직위), team and office phone, so that people are shown by name.
   */
  people: {
    [k: string]: Person;
  };
}
export interface Institution {
  name: Names;
  /**
   * Position in the site's navigation.
   */
  order?: number;
}
export interface Names {
  ko: string;
  en?: string;
}
export interface Department {
  name: Names;
  /**
   * A key of institutions.yml.
   */
  institution: string;
  reviewers: Reviewers;
  /**
   * How many approvals from the reviewers a legal change needs.
   */
  approvals: number;
}
export interface Law {
  /**
   * Official Korean name, as on the national law information service.
   */
  name: string;
  kind?: "법률" | "대통령령" | "총리령" | "부령" | "자치법규" | "행정규칙";
  /**
   * Effective date (시행일) of the current version.
   */
  effective: string;
  /**
   * Official page on the national law information service (law.go.kr).
   */
  url: string;
}
export interface Person {
  /**
   * Name as colleagues know it.
   */
  name: string;
  /**
   * 직급 or 직위 (주무관, 팀장, 과장 …).
   */
  position: string;
  /**
   * Team or division.
   */
  team: string;
  /**
   * Office phone with hyphens, 지역번호-국번-번호
   */
  phone: string;
  email?: string;
}
