// One Drizzle schema for both databases (PGlite and the PostgreSQL server).
// Tables that hold personal data must be declared in app/privacy/registry.ts.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

// ---------------------------------------------------------------------------
// Identity: the tables better-auth reads and writes (names and columns from its docs).
// ---------------------------------------------------------------------------

export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  preferredLanguage: text("preferred_language"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verification = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

// Failed sign-ins per account and per IP address, to throttle guessing.
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

// ---------------------------------------------------------------------------
// Programme and territories
// ---------------------------------------------------------------------------

/** Text a programme or territory publishes, in any of the platform languages. */
export type LocalizedText = Partial<Record<"en" | "de" | "it" | "es", string>>;

export const programme = pgTable("programme", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  summary: jsonb("summary").$type<LocalizedText>().notNull().default({}),
  startsOn: date("starts_on"),
  endsOn: date("ends_on"),
  fundingNote: jsonb("funding_note").$type<LocalizedText>().notNull().default({}),
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

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

export const programmePhase = pgTable(
  "programme_phase",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    kind: text("kind").$type<PhaseKind>().notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("programme_phase_programme_idx").on(t.programmeId, t.startsOn)],
);

export const territory = pgTable(
  "territory",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "restrict" }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    countryCode: text("country_code").notNull(),
    languages: text("languages").array().notNull(),
    population: integer("population"),
    foreignResidentsPercent: numeric("foreign_residents_percent", { precision: 5, scale: 2, mode: "number" }),
    tcnPercent: numeric("tcn_percent", { precision: 5, scale: 2, mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("territory_programme_idx").on(t.programmeId, t.name)],
);

export const ORGANISATION_KINDS = [
  "public_authority",
  "ngo",
  "training_provider",
  "migrant_association",
  "university",
  "other",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const organisation = pgTable(
  "organisation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "restrict" }),
    /** Null for organisations that work across the programme (e.g. the lead partner). */
    territoryId: uuid("territory_id").references(() => territory.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    kind: text("kind").$type<OrganisationKind>().notNull(),
    countryCode: text("country_code").notNull(),
    website: text("website"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisation_programme_idx").on(t.programmeId, t.territoryId)],
);

// ---------------------------------------------------------------------------
// Membership and roles
// ---------------------------------------------------------------------------

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

export const programmeMember = pgTable(
  "programme_member",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").$type<ProgrammeRole>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId, t.role] }), index("programme_member_user_idx").on(t.userId)],
);

export const territoryMember = pgTable(
  "territory_member",
  {
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").$type<TerritoryRole>().notNull(),
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.territoryId, t.userId, t.role] }), index("territory_member_user_idx").on(t.userId)],
);

export const invitation = pgTable(
  "invitation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    /** Null for a programme-level role (programme admin, expert). */
    territoryId: uuid("territory_id").references(() => territory.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").$type<ProgrammeRole | TerritoryRole>().notNull(),
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "set null" }),
    language: text("language").notNull(),
    /** SHA-256 of the token sent by email; the token itself is never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    invitedByUserId: text("invited_by_user_id").references(() => user.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitation_territory_idx").on(t.territoryId, t.createdAt)],
);

// ---------------------------------------------------------------------------
// Audit log (append-only: a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE)
// ---------------------------------------------------------------------------

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: text("actor_user_id"),
    programmeId: uuid("programme_id"),
    territoryId: uuid("territory_id"),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index("audit_log_territory_idx").on(t.territoryId, t.at),
    index("audit_log_programme_idx").on(t.programmeId, t.at),
  ],
);

// ---------------------------------------------------------------------------
// Outgoing email when no SMTP server is configured
// ---------------------------------------------------------------------------

export const outboxEmail = pgTable(
  "outbox_email",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The programme the email belongs to (an invitation); null for account mail (a reset). */
    programmeId: uuid("programme_id").references(() => programme.id, { onDelete: "cascade" }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_email_created_idx").on(t.createdAt), index("outbox_email_programme_idx").on(t.programmeId, t.createdAt)],
);


// ---------------------------------------------------------------------------
// Needs Review: desk research, participants (pseudonymised) and their consent
// ---------------------------------------------------------------------------

export const DESK_SOURCE_KINDS = ["policy", "strategy", "report", "statistics", "other"] as const;
export type DeskSourceKind = (typeof DESK_SOURCE_KINDS)[number];

export const deskSource = pgTable(
  "desk_source",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    kind: text("kind").$type<DeskSourceKind>().notNull(),
    url: text("url"),
    notes: text("notes").notNull().default(""),
    themes: text("themes").array().notNull().default(sql`'{}'::text[]`),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("desk_source_territory_idx").on(t.territoryId, t.createdAt)],
);

export const TARGET_GROUPS = ["civil_servant", "third_country_national", "stakeholder"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** A person interviewed or consulted, known here only by a pseudonym and a few attributes. */
export const participant = pgTable(
  "participant",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    pseudonym: text("pseudonym").notNull(),
    targetGroup: text("target_group").$type<TargetGroup>().notNull(),
    department: text("department"),
    ageBand: text("age_band"),
    gender: text("gender"),
    regionOfOrigin: text("region_of_origin"),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("participant_territory_pseudonym_idx").on(t.territoryId, t.pseudonym),
    index("participant_territory_group_idx").on(t.territoryId, t.targetGroup),
  ],
);

/** Real name and contact of a participant, kept apart from the pseudonym (coordinators only). */
export const participantIdentity = pgTable("participant_identity", {
  participantId: uuid("participant_id")
    .primaryKey()
    .references(() => participant.id, { onDelete: "cascade" }),
  realName: text("real_name"),
  contact: text("contact"),
});

export const consent = pgTable(
  "consent",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participant.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    givenOn: date("given_on").notNull(),
    informationSheetVersion: text("information_sheet_version").notNull(),
    collectedByUserId: text("collected_by_user_id").references(() => user.id, { onDelete: "set null" }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnByUserId: text("withdrawn_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consent_participant_idx").on(t.participantId, t.givenOn)],
);

// ---------------------------------------------------------------------------
// Needs Review: interviews, who took part, and their transcripts
// ---------------------------------------------------------------------------

export const interview = pgTable(
  "interview",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    conductedOn: date("conducted_on").notNull(),
    /** A member of the territory when recorded; null if her account is deleted later. */
    interviewerUserId: text("interviewer_user_id").references(() => user.id, { onDelete: "set null" }),
    /** ISO 639-1 code: a platform language or any other. */
    language: text("language").notNull(),
    notes: text("notes").notNull().default(""),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("interview_territory_idx").on(t.territoryId, t.conductedOn)],
);

export const interviewParticipant = pgTable(
  "interview_participant",
  {
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interview.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participant.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.participantId] }), index("interview_participant_participant_idx").on(t.participantId)],
);

/** The transcript of an interview, stored normalised (NFC, LF) so character offsets never drift. */
export const transcript = pgTable("transcript", {
  id: uuid("id").primaryKey().defaultRandom(),
  interviewId: uuid("interview_id")
    .notNull()
    .unique()
    .references(() => interview.id, { onDelete: "cascade" }),
  text: text("text").notNull(),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedByUserId: text("updated_by_user_id").references(() => user.id, { onDelete: "set null" }),
});
