// Programmes, their timeline, territories, partner organisations, members and invitations.
import {
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
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./identity";
import type { LocalizedText, PhaseKind, OrganisationKind, ProgrammeRole, TerritoryRole } from "../enums";


export const programme = pgTable("programme", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  summary: jsonb("summary").$type<LocalizedText>().notNull().default({}),
  startsOn: date("starts_on"),
  endsOn: date("ends_on"),
  fundingNote: jsonb("funding_note").$type<LocalizedText>().notNull().default({}),
  isDemo: boolean("is_demo").notNull().default(false),
  // Admins and coordinators must set up two-step sign-in before anything else (decision 023).
  mfaRequired: boolean("mfa_required").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});


export const programmePhase = pgTable(
  "programme_phase",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    kind: text("kind").$type<PhaseKind>().notNull(),
    /** The name the programme gives the phase, per language; empty: the kind's name from the catalog. */
    name: jsonb("name").$type<LocalizedText>().notNull().default({}),
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
    /** The name in the territory's first language (its local name): sorting, slugs, fallback. Written from `names`. */
    name: text("name").notNull(),
    /** The name per platform language (decision 027): required in each of the territory's languages, others optional. */
    names: jsonb("names").$type<LocalizedText>().notNull().default({}),
    countryCode: text("country_code").notNull(),
    languages: text("languages").array().notNull(),
    population: integer("population"),
    foreignResidentsPercent: numeric("foreign_residents_percent", { precision: 5, scale: 2, mode: "number" }),
    tcnPercent: numeric("tcn_percent", { precision: 5, scale: 2, mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("territory_programme_idx").on(t.programmeId, t.name)],
);


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
