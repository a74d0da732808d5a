// Needs Review: desk research, pseudonymised participants and their consent, interviews and
// their transcripts.
import { sql } from "drizzle-orm";
import {
  customType,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./identity";
import { territory } from "./programmes";
import { searchColumns } from "./search";
import type { DeskSourceKind, TargetGroup, ConsentScope } from "../enums";


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
    ...searchColumns("title", "notes"),
  },
  (t) => [index("desk_source_territory_idx").on(t.territoryId, t.createdAt), index("desk_source_search_idx").using("gin", t.searchVector)],
);

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * A file attached to a desk research source (a policy, a report, statistics), kept in the database
 * with the rest of the territory's data so a backup or a deletion takes it along. One per source.
 */
export const deskSourceFile = pgTable("desk_source_file", {
  deskSourceId: uuid("desk_source_id")
    .primaryKey()
    .references(() => deskSource.id, { onDelete: "cascade" }),
  fileName: text("file_name").notNull(),
  mediaType: text("media_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  content: bytea("content").notNull(),
  uploadedByUserId: text("uploaded_by_user_id").references(() => user.id, { onDelete: "set null" }),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
});


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
    /** For stakeholders: the organisation they speak for (shown as such in focus groups). */
    organisation: text("organisation"),
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
    /** What the consent covers (decision 025): each use of a participant's data needs its own. */
    scope: text("scope").$type<ConsentScope>().notNull().default("interview"),
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
    ...searchColumns("notes"),
  },
  (t) => [
    index("interview_territory_idx").on(t.territoryId, t.conductedOn),
    index("interview_search_idx").using("gin", t.searchVector),
    // The target of transcript's (interview, territory) key: a transcript's territory is its interview's.
    uniqueIndex("interview_id_territory_idx").on(t.id, t.territoryId),
  ],
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
export const transcript = pgTable(
  "transcript",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .unique()
      .references(() => interview.id, { onDelete: "cascade" }),
    /**
     * The interview's territory, copied so that the search's index can hold it (decision 034);
     * the (interview, territory) key below keeps it the interview's.
     */
    territoryId: uuid("territory_id").notNull(),
    text: text("text").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedByUserId: text("updated_by_user_id").references(() => user.id, { onDelete: "set null" }),
    /** When a person last confirmed the pseudonymisation of this text; null if never. */
    pseudonymisedAt: timestamp("pseudonymised_at", { withTimezone: true }),
    ...searchColumns("text"),
  },
  (t) => [
    index("transcript_search_idx").using("gin", t.searchVector),
    index("transcript_territory_idx").on(t.territoryId),
    foreignKey({ name: "transcript_interview_territory_fk", columns: [t.interviewId, t.territoryId], foreignColumns: [interview.id, interview.territoryId] })
      .onDelete("cascade")
      .onUpdate("cascade"),
  ],
);
