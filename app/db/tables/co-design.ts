// Co-design: the round tables (Thematic Core City Groups) where local and international
// stakeholders turn validated needs into proposals for what staff should learn, and rank them.
// A round table is hosted by one territory (its members run it) but may put on the table the
// validated findings of any territory of the programme.
import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { finding } from "./findings";
import { user } from "./identity";
import { territory } from "./programmes";
import type { RoundTableStatus, RoundTableScope, RoundTableCategory } from "../enums";


export const roundTable = pgTable(
  "round_table",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The host territory, whose coordinators and technical partners run it. */
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    theme: text("theme").notNull(),
    heldOn: date("held_on").notNull(),
    place: text("place").notNull().default(""),
    onlineUrl: text("online_url"),
    /** How many points each participant may give across the contributions. */
    votesPerParticipant: integer("votes_per_participant").notNull().default(3),
    status: text("status").$type<RoundTableStatus>().notNull().default("planned"),
    notes: text("notes").notNull().default(""),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("round_table_territory_idx").on(t.territoryId, t.heldOn)],
);


/** Someone at the table. With an account (`userId`) she may cast her own votes. */
export const roundTableParticipant = pgTable(
  "round_table_participant",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundTableId: uuid("round_table_id")
      .notNull()
      .references(() => roundTable.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    organisationName: text("organisation_name").notNull().default(""),
    category: text("category").$type<RoundTableCategory>().notNull(),
    scope: text("scope").$type<RoundTableScope>().notNull(),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("round_table_participant_table_idx").on(t.roundTableId), index("round_table_participant_user_idx").on(t.userId)],
);

/** The needs on the table: validated findings of the programme's territories. */
export const roundTableNeed = pgTable(
  "round_table_need",
  {
    roundTableId: uuid("round_table_id")
      .notNull()
      .references(() => roundTable.id, { onDelete: "cascade" }),
    findingId: uuid("finding_id")
      .notNull()
      .references(() => finding.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.roundTableId, t.findingId] }), index("round_table_need_finding_idx").on(t.findingId)],
);

/** A proposal for what staff should learn, answering one of the needs on the table (or none). */
export const roundTableContribution = pgTable(
  "round_table_contribution",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundTableId: uuid("round_table_id")
      .notNull()
      .references(() => roundTable.id, { onDelete: "cascade" }),
    proposal: text("proposal").notNull(),
    findingId: uuid("finding_id").references(() => finding.id, { onDelete: "set null" }),
    proposedByParticipantId: uuid("proposed_by_participant_id").references(() => roundTableParticipant.id, { onDelete: "set null" }),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("round_table_contribution_table_idx").on(t.roundTableId), index("round_table_contribution_finding_idx").on(t.findingId)],
);

/** Points a participant gives a contribution: cast by her, or recorded for her by the facilitator. */
export const roundTableVote = pgTable(
  "round_table_vote",
  {
    contributionId: uuid("contribution_id")
      .notNull()
      .references(() => roundTableContribution.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => roundTableParticipant.id, { onDelete: "cascade" }),
    points: integer("points").notNull(),
    recordedByUserId: text("recorded_by_user_id").references(() => user.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.contributionId, t.participantId] }),
    index("round_table_vote_participant_idx").on(t.participantId),
  ],
);
