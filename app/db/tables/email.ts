// Outgoing email kept in an outbox when no SMTP server is configured.
import {
  index,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { programme } from "./programmes";

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
