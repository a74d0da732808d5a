// Needs Review results: findings backed by coded passages, the validation focus groups that
// confirm, amend or reject them, and the report with its published versions.
import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { coding } from "./analysis";
import { user } from "./identity";
import { participant } from "./needs-review";
import { territory } from "./programmes";
import { searchColumns } from "./search";
import type { TargetGroup, FindingKind, FindingPriority, ValidationOutcome } from "../enums";


/** A strength, weakness or need of the territory's services, stated in one sentence or two. */
export const finding = pgTable(
  "finding",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    kind: text("kind").$type<FindingKind>().notNull(),
    statement: text("statement").notNull(),
    targetGroups: text("target_groups").array().$type<TargetGroup[]>().notNull().default(sql`'{}'::text[]`),
    priority: text("priority").$type<FindingPriority>().notNull(),
    position: integer("position").notNull().default(0),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    ...searchColumns("statement"),
  },
  (t) => [
    index("finding_territory_idx").on(t.territoryId, t.kind, t.position),
    index("finding_search_idx").using("gin", t.searchVector),
  ],
);

/** The coded passages a finding rests on. A coding deleted (consent withdrawn) leaves the finding. */
export const findingEvidence = pgTable(
  "finding_evidence",
  {
    findingId: uuid("finding_id")
      .notNull()
      .references(() => finding.id, { onDelete: "cascade" }),
    codingId: uuid("coding_id")
      .notNull()
      .references(() => coding.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.codingId] }), index("finding_evidence_coding_idx").on(t.codingId)],
);

/** A validation focus group: local stakeholders review the findings. */
export const focusGroup = pgTable(
  "focus_group",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    heldOn: date("held_on").notNull(),
    place: text("place").notNull().default(""),
    notes: text("notes").notNull().default(""),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("focus_group_territory_idx").on(t.territoryId, t.heldOn)],
);

/**
 * Who attended: registered participants (pseudonym, target group as category, organisation),
 * so that a stakeholder interviewed and present at both focus groups counts once.
 */
export const focusGroupAttendee = pgTable(
  "focus_group_attendee",
  {
    focusGroupId: uuid("focus_group_id")
      .notNull()
      .references(() => focusGroup.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participant.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.focusGroupId, t.participantId] }), index("focus_group_attendee_participant_idx").on(t.participantId)],
);


/** A finding presented at a focus group, and what the group decided (null while undecided). */
export const focusGroupFinding = pgTable(
  "focus_group_finding",
  {
    focusGroupId: uuid("focus_group_id")
      .notNull()
      .references(() => focusGroup.id, { onDelete: "cascade" }),
    findingId: uuid("finding_id")
      .notNull()
      .references(() => finding.id, { onDelete: "cascade" }),
    outcome: text("outcome").$type<ValidationOutcome>(),
    /** The new wording, when the outcome is "amended". */
    amendedStatement: text("amended_statement"),
    notes: text("notes").notNull().default(""),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.focusGroupId, t.findingId] }), index("focus_group_finding_finding_idx").on(t.findingId)],
);

/** The narrative sections of a territory's Needs Review Report, written by its team. */
export const needsReviewReport = pgTable("needs_review_report", {
  territoryId: uuid("territory_id")
    .primaryKey()
    .references(() => territory.id, { onDelete: "cascade" }),
  introduction: text("introduction").notNull().default(""),
  context: text("context").notNull().default(""),
  conclusions: text("conclusions").notNull().default(""),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedByUserId: text("updated_by_user_id").references(() => user.id, { onDelete: "set null" }),
});

/**
 * A published Needs Review Report: a frozen copy of its content in one language, holding no
 * personal data (quotes are attributed to a target group, never to a pseudonym or a person).
 */
export const reportPublication = pgTable(
  "report_publication",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    publishedByUserId: text("published_by_user_id").references(() => user.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_publication_territory_idx").on(t.territoryId, t.publishedAt)],
);
