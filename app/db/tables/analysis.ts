// Needs Review analysis: the codebook (a tree of themes), the codings that apply a theme to a
// passage of a transcript, intercoder-agreement checks, and the pseudonymisation log.
import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./identity";
import { interview, transcript } from "./needs-review";
import { territory } from "./programmes";
import type { CodingPlacement, AgreementCheckStatus, ReplacementKind } from "../enums";

/** A theme of a territory's codebook. Names are unique in the codebook, whatever their case. */
export const theme = pgTable(
  "theme",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    /** Null for a top-level theme. A theme with sub-themes or codings is never deleted by a cascade. */
    parentId: uuid("parent_id").references((): AnyPgColumn => theme.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** "#rrggbb". */
    colour: text("colour").notNull(),
    position: integer("position").notNull().default(0),
    /** The default-codebook theme it started from: lets territories be compared theme by theme. */
    defaultKey: text("default_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("theme_territory_name_idx").on(t.territoryId, sql`lower(${t.name})`),
    index("theme_territory_parent_idx").on(t.territoryId, t.parentId, t.position),
  ],
);


/**
 * A theme applied to the passage [start, end) of a transcript by one coder. The quote keeps the
 * passage as coded: when the transcript is edited, the coding is moved to where its quote now
 * stands, or flagged "unplaced" for a person to decide; it is never silently dropped.
 */
export const coding = pgTable(
  "coding",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interview.id, { onDelete: "cascade" }),
    /** Deleting a transcript (consent withdrawn) deletes its codings. */
    transcriptId: uuid("transcript_id")
      .notNull()
      .references(() => transcript.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => theme.id, { onDelete: "cascade" }),
    coderUserId: text("coder_user_id").references(() => user.id, { onDelete: "set null" }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    /**
     * The paragraphs (see paragraphsOf) the passage touches, first and last: the units that
     * co-occurrence and intercoder agreement count, kept here so the database can count them.
     */
    paragraphFirst: integer("paragraph_first").notNull(),
    paragraphLast: integer("paragraph_last").notNull(),
    quote: text("quote").notNull(),
    memo: text("memo").notNull().default(""),
    placement: text("placement").$type<CodingPlacement>().notNull().default("placed"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("coding_range_check", sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
    index("coding_territory_theme_idx").on(t.territoryId, t.themeId),
    index("coding_transcript_coder_idx").on(t.transcriptId, t.coderUserId, t.start),
    index("coding_interview_idx").on(t.interviewId),
  ],
);


/**
 * Two coders code one interview independently. While the check is open, neither sees the
 * other's codings of that interview; the statistics compare them.
 */
export const agreementCheck = pgTable(
  "agreement_check",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interview.id, { onDelete: "cascade" }),
    coderAUserId: text("coder_a_user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    coderBUserId: text("coder_b_user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status").$type<AgreementCheckStatus>().notNull().default("open"),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    check("agreement_check_two_coders", sql`${t.coderAUserId} <> ${t.coderBUserId}`),
    index("agreement_check_territory_idx").on(t.territoryId, t.interviewId),
  ],
);


/**
 * The pseudonymisation log, kept apart from the transcripts: which original words were replaced
 * by which pseudonym. The same original gets the same replacement throughout the territory.
 */
export const pseudonymReplacement = pgTable(
  "pseudonym_replacement",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interview.id, { onDelete: "cascade" }),
    original: text("original").notNull(),
    replacement: text("replacement").notNull(),
    kind: text("kind").$type<ReplacementKind>().notNull(),
    occurrences: integer("occurrences").notNull(),
    confirmedByUserId: text("confirmed_by_user_id").references(() => user.id, { onDelete: "set null" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("pseudonym_replacement_original_idx").on(t.territoryId, sql`lower(${t.original})`),
    index("pseudonym_replacement_interview_idx").on(t.interviewId),
  ],
);
