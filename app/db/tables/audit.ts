// The audit log (append-only: a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE).
import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

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
