// Values that the tables and the pages share: enumerations (roles, kinds, statuses) and the
// multilingual text type. No Drizzle here, so that components may import them without shipping the
// schema to the browser (decision 030). The tables in tables/*.ts import them; ~/db/schema re-exports them.

// analysis.ts
export const CODING_PLACEMENTS = ["placed", "unplaced"] as const;
export type CodingPlacement = (typeof CODING_PLACEMENTS)[number];
export const AGREEMENT_CHECK_STATUSES = ["open", "closed"] as const;
export type AgreementCheckStatus = (typeof AGREEMENT_CHECK_STATUSES)[number];
export const REPLACEMENT_KINDS = ["participant_name", "person", "place", "address", "email", "phone", "organisation", "other"] as const;
export type ReplacementKind = (typeof REPLACEMENT_KINDS)[number];
// co-design.ts
export const ROUND_TABLE_STATUSES = ["planned", "prioritising", "closed"] as const;
export type RoundTableStatus = (typeof ROUND_TABLE_STATUSES)[number];
export const ROUND_TABLE_SCOPES = ["local", "international"] as const;
export type RoundTableScope = (typeof ROUND_TABLE_SCOPES)[number];
export const ROUND_TABLE_CATEGORIES = [
  "public_authority",
  "ngo",
  "migrant_association",
  "training_provider",
  "research",
  "other",
] as const;
export type RoundTableCategory = (typeof ROUND_TABLE_CATEGORIES)[number];
// competences.ts
export const COMPETENCE_GROUPS = ["values", "attitudes", "skills", "knowledge"] as const;
export type CompetenceGroup = (typeof COMPETENCE_GROUPS)[number];
/** Proficiency levels a competence is described at. Self-assessments also allow 0, "not yet". */
export const PROFICIENCY_LEVELS = [1, 2, 3] as const;
export type ProficiencyLevel = (typeof PROFICIENCY_LEVELS)[number];
// findings.ts
export const FINDING_KINDS = ["strength", "weakness", "need"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_PRIORITIES = ["high", "medium", "low"] as const;
export type FindingPriority = (typeof FINDING_PRIORITIES)[number];
export const VALIDATION_OUTCOMES = ["confirmed", "amended", "rejected"] as const;
export type ValidationOutcome = (typeof VALIDATION_OUTCOMES)[number];
// needs-review.ts
export const DESK_SOURCE_KINDS = ["policy", "strategy", "report", "statistics", "other"] as const;
export type DeskSourceKind = (typeof DESK_SOURCE_KINDS)[number];
export const TARGET_GROUPS = ["civil_servant", "third_country_national", "stakeholder"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
/** The purposes a participant consents to one by one (decision 025). */
export const CONSENT_SCOPES = ["interview", "focus-group"] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
// programmes.ts
export type LocalizedText = Partial<Record<"en" | "de" | "it" | "es", string>>;
export const PHASE_KINDS = [
  "needs_review",
  "focus_groups",
  "co_design",
  "capacity_building",
  "strategy",
  "piloting",
  "manifesto",
  "dissemination",
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];
export const ORGANISATION_KINDS = [
  "public_authority",
  "ngo",
  "training_provider",
  "migrant_association",
  "university",
  "other",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const PROGRAMME_ROLES = ["programme_admin", "expert"] as const;
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];
export const TERRITORY_ROLES = [
  "coordinator",
  "technical_partner",
  "trainer",
  "trainee",
  "committee_member",
] as const;
export type TerritoryRole = (typeof TERRITORY_ROLES)[number];
// toolkit.ts
export const TRAINING_METHODS = ["face_to_face", "role_play", "case_study", "study_visit", "peer_exchange", "e_learning"] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];
// training.ts
export const COHORT_KINDS = ["staff", "tot"] as const;
export type CohortKind = (typeof COHORT_KINDS)[number];
export const ATTENDANCE_STATUSES = ["present", "excused", "absent"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ASSESSMENT_PHASES = ["pre", "mid", "post"] as const;
export type AssessmentPhase = (typeof ASSESSMENT_PHASES)[number];
