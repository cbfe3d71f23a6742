// The reviewers the sample registry (manuals/departments.yml) and configuration (.github/manuals.yml)
// name, written out so that the tables state whom they expect to be asked.
export interface Reviewers {
  users: string[];
  teams: string[];
}

export const reviewersOf: Record<"building" | "civil-affairs" | "tax" | "environment" | "cleaning" | "admins", Reviewers> = {
  building: { users: ["kang-taeyang", "moon-sora"], teams: ["hanbit-gu/building-reviewers"] },
  "civil-affairs": { users: ["jung-haeun", "oh-sungmin"], teams: ["hanbit-gu/civil-affairs-reviewers"] },
  tax: { users: ["han-dongwook", "seo-yuna"], teams: ["hanbit-gu/tax-reviewers"] },
  environment: { users: ["song-jiwon"], teams: ["hanbit-gu/environment-reviewers"] },
  cleaning: { users: ["kwon-minjae"], teams: ["hanbit-gu/cleaning-reviewers"] },
  admins: { users: ["jang-eunji"], teams: ["hanbit-gu/manual-admins"] },
};

export const files = {
  buildingPermit: "manuals/district-office/building/building-permit.md",
  passport: "manuals/district-office/civil-affairs/passport-issuance.md",
  familyRelation: "manuals/district-office/civil-affairs/family-relation-report.md",
  taxExemption: "manuals/district-office/tax/local-tax-exemption.md",
  acquisitionTax: "manuals/district-office/tax/acquisition-tax-filing.md",
  noise: "manuals/district-office/environment/noise-vibration-complaint.md",
  departments: "manuals/departments.yml",
  laws: "manuals/laws.yml",
  institutions: "manuals/institutions.yml",
  config: ".github/manuals.yml",
  sectionsSchema: "schemas/sections.schema.json",
} as const;
