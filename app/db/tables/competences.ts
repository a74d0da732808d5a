// The competence framework of a programme: what staff who serve third-country nationals should
// value, feel, be able to do and know, each competence with descriptors for three proficiency
// levels. Texts are written in every platform language (LocalizedText), as programme content.
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { programme } from "./programmes";
import type { LocalizedText, CompetenceGroup, ProficiencyLevel } from "../enums";



export const competence = pgTable(
  "competence",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    /** A stable identifier (e.g. "intercultural-competence"): survives renaming, matches copies across programmes. */
    key: text("key").notNull(),
    group: text("group").$type<CompetenceGroup>().notNull(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull().default({}),
    /** Optional link to the ESCO skill or competence it corresponds to. */
    escoUri: text("esco_uri"),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("competence_programme_key_unique").on(t.programmeId, t.key), index("competence_programme_idx").on(t.programmeId, t.group, t.position)],
);

/** What a person at a given level of a competence shows. */
export const competenceLevel = pgTable(
  "competence_level",
  {
    competenceId: uuid("competence_id")
      .notNull()
      .references(() => competence.id, { onDelete: "cascade" }),
    level: integer("level").$type<ProficiencyLevel>().notNull(),
    descriptor: jsonb("descriptor").$type<LocalizedText>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.competenceId, t.level] })],
);
