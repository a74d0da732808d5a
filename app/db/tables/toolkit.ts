// The Training Programme Toolkit: the modules co-designed from the Needs Review, each traced to
// the needs (validated findings) and round-table contributions it answers and to the competences
// it develops. A programme has one Toolkit; a territory (or another programme) may copy a
// published version as the starting point of its own.
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roundTableContribution } from "./co-design";
import { competence } from "./competences";
import { finding } from "./findings";
import { user } from "./identity";
import { bytea } from "./needs-review";
import { programme, territory } from "./programmes";
import type { TrainingMethod } from "../enums";

export const toolkit = pgTable(
  "toolkit",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    /** Null for the programme's own Toolkit; set for a territory's copy. */
    territoryId: uuid("territory_id").references(() => territory.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** The language its modules are written in. */
    language: text("language").notNull(),
    introduction: text("introduction").notNull().default(""),
    copiedFromVersionId: uuid("copied_from_version_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("toolkit_programme_idx").on(t.programmeId, t.territoryId)],
);

/** A frozen copy of the whole Toolkit; published versions are public. */
export const toolkitVersion = pgTable(
  "toolkit_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toolkitId: uuid("toolkit_id")
      .notNull()
      .references(() => toolkit.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    note: text("note").notNull().default(""),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [index("toolkit_version_toolkit_idx").on(t.toolkitId, t.number)],
);


export const trainingModule = pgTable(
  "training_module",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toolkitId: uuid("toolkit_id")
      .notNull()
      .references(() => toolkit.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    /** One outcome per entry: "Participants can explain …". */
    learningOutcomes: text("learning_outcomes").array().notNull().default([]),
    methods: text("methods").array().$type<TrainingMethod[]>().notNull().default([]),
    durationMinutes: integer("duration_minutes").notNull(),
    trainerNotes: text("trainer_notes").notNull().default(""),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("training_module_toolkit_idx").on(t.toolkitId, t.position)],
);

export const moduleCompetence = pgTable(
  "module_competence",
  {
    moduleId: uuid("module_id")
      .notNull()
      .references(() => trainingModule.id, { onDelete: "cascade" }),
    competenceId: uuid("competence_id")
      .notNull()
      .references(() => competence.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.competenceId] }), index("module_competence_competence_idx").on(t.competenceId)],
);

/** The needs (validated findings, of any territory of the programme) a module answers. */
export const moduleFinding = pgTable(
  "module_finding",
  {
    moduleId: uuid("module_id")
      .notNull()
      .references(() => trainingModule.id, { onDelete: "cascade" }),
    findingId: uuid("finding_id")
      .notNull()
      .references(() => finding.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.findingId] }), index("module_finding_finding_idx").on(t.findingId)],
);

export const moduleContribution = pgTable(
  "module_contribution",
  {
    moduleId: uuid("module_id")
      .notNull()
      .references(() => trainingModule.id, { onDelete: "cascade" }),
    contributionId: uuid("contribution_id")
      .notNull()
      .references(() => roundTableContribution.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.contributionId] }), index("module_contribution_contribution_idx").on(t.contributionId)],
);

/** A handout, slide deck or link a module uses. Either a link or an uploaded file. */
export const moduleMaterial = pgTable(
  "module_material",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => trainingModule.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    url: text("url"),
    fileName: text("file_name"),
    mediaType: text("media_type"),
    size: integer("size"),
    content: bytea("content"),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("module_material_module_idx").on(t.moduleId)],
);
