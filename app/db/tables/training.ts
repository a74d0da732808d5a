// Training delivery: cohorts of trainees (civil servants with accounts) over about twelve months,
// their sessions, attendance, self-assessments of the programme's competences, feedback, and the
// certificates issued to those who complete. A Training of Trainers cohort trains the trainers
// who later run sessions of other cohorts (the cascade follows the trainer's account).
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { competence } from "./competences";
import { user } from "./identity";
import { territory } from "./programmes";
import { toolkit, trainingModule } from "./toolkit";
import type { CohortKind, AttendanceStatus, AssessmentPhase } from "../enums";


export const cohort = pgTable(
  "cohort",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind").$type<CohortKind>().notNull().default("staff"),
    toolkitId: uuid("toolkit_id").references(() => toolkit.id, { onDelete: "set null" }),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    /** Completion rule: share of sessions attended (present) and whether the post assessment is required. */
    attendanceThresholdPercent: integer("attendance_threshold_percent").notNull().default(75),
    requirePostAssessment: boolean("require_post_assessment").notNull().default(true),
    midwayAssessment: boolean("midway_assessment").notNull().default(false),
    /** Set when the coordinator declares the cohort completed. */
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdByUserId: text("created_by_user_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("cohort_territory_idx").on(t.territoryId, t.startsOn)],
);

/** A trainee in a cohort: a civil servant with an account, and the department she works in. */
export const enrolment = pgTable(
  "enrolment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohort.id, { onDelete: "cascade" }),
    /** Denormalised from the cohort so that every query can scope by territory cheaply. */
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    department: text("department").notNull().default(""),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("enrolment_cohort_user_unique").on(t.cohortId, t.userId),
    index("enrolment_territory_idx").on(t.territoryId, t.cohortId),
    index("enrolment_user_idx").on(t.userId),
  ],
);

export const trainingSession = pgTable(
  "training_session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohort.id, { onDelete: "cascade" }),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    place: text("place").notNull().default(""),
    onlineUrl: text("online_url"),
    trainerUserId: text("trainer_user_id").references(() => user.id, { onDelete: "set null" }),
    notes: text("notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("training_session_cohort_idx").on(t.cohortId, t.startsAt),
    index("training_session_territory_idx").on(t.territoryId, t.startsAt),
    index("training_session_trainer_idx").on(t.trainerUserId, t.startsAt),
  ],
);

export const sessionModule = pgTable(
  "session_module",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => trainingModule.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.moduleId] }), index("session_module_module_idx").on(t.moduleId)],
);


/** One row per trainee and session: taking attendance again overwrites, never duplicates. */
export const attendance = pgTable(
  "attendance",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolment.id, { onDelete: "cascade" }),
    status: text("status").$type<AttendanceStatus>().notNull(),
    recordedByUserId: text("recorded_by_user_id").references(() => user.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.enrolmentId] }), index("attendance_enrolment_idx").on(t.enrolmentId)],
);


/** A trainee's self-assessment of every competence at one moment of the cohort. */
export const selfAssessment = pgTable(
  "self_assessment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolment.id, { onDelete: "cascade" }),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    phase: text("phase").$type<AssessmentPhase>().notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("self_assessment_enrolment_phase_unique").on(t.enrolmentId, t.phase), index("self_assessment_territory_idx").on(t.territoryId)],
);

/** Her level for one competence: 0 (not yet) to 3 (advanced). */
export const selfAssessmentRating = pgTable(
  "self_assessment_rating",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => selfAssessment.id, { onDelete: "cascade" }),
    competenceId: uuid("competence_id")
      .notNull()
      .references(() => competence.id, { onDelete: "cascade" }),
    level: integer("level").notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.competenceId] }), index("self_assessment_rating_competence_idx").on(t.competenceId)],
);

/** A trainee's rating (1–5) and comment on a session; shown only in aggregate. */
export const sessionFeedback = pgTable(
  "session_feedback",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolment.id, { onDelete: "cascade" }),
    rating: integer("rating").notNull(),
    comment: text("comment").notNull().default(""),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.enrolmentId] }), index("session_feedback_enrolment_idx").on(t.enrolmentId)],
);

/**
 * A secret calendar address (ICS) for a cohort or for one person: calendar applications cannot
 * sign in, so the URL carries a token; only its SHA-256 is stored, and it can be revoked.
 */
export const calendarFeed = pgTable(
  "calendar_feed",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    cohortId: uuid("cohort_id").references(() => cohort.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("calendar_feed_territory_idx").on(t.territoryId), index("calendar_feed_user_idx").on(t.userId)],
);

/** The key pair that signs Open Badges credentials; the private half never leaves the server. */
export const signingKey = pgTable("signing_key", {
  id: uuid("id").primaryKey().defaultRandom(),
  algorithm: text("algorithm").notNull(),
  publicKeyJwk: jsonb("public_key_jwk").$type<Record<string, unknown>>().notNull(),
  privateKeyJwk: jsonb("private_key_jwk").$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
});

export const certificate = pgTable(
  "certificate",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    territoryId: uuid("territory_id")
      .notNull()
      .references(() => territory.id, { onDelete: "cascade" }),
    /**
     * The trainee's enrolment; null once her account was erased (decision 024): the certificate
     * stays verifiable with its printed name, but no longer leads to a person's account.
     */
    enrolmentId: uuid("enrolment_id").references(() => enrolment.id, { onDelete: "set null" }),
    /** The cohort it certifies, kept when the enrolment goes (backfilled from the enrolment). */
    cohortId: uuid("cohort_id").references(() => cohort.id),
    /** The name as printed and signed: a later change of the account's name does not alter it. */
    recipientName: text("recipient_name").notNull(),
    language: text("language").notNull(),
    /** The Open Badges 3.0 credential as issued (JSON), and its signed form. */
    credential: jsonb("credential").$type<Record<string, unknown>>().notNull(),
    signedCredential: text("signed_credential").notNull(),
    signingKeyId: uuid("signing_key_id")
      .notNull()
      .references(() => signingKey.id, { onDelete: "restrict" }),
    issuedByUserId: text("issued_by_user_id").references(() => user.id, { onDelete: "set null" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedByUserId: text("revoked_by_user_id").references(() => user.id, { onDelete: "set null" }),
    revocationReason: text("revocation_reason"),
  },
  (t) => [
    index("certificate_territory_idx").on(t.territoryId, t.issuedAt),
    // At most one certificate in force per enrolment; a revoked one may be followed by a new one.
    uniqueIndex("certificate_enrolment_in_force").on(t.enrolmentId).where(sql`revoked_at is null`),
    index("certificate_enrolment_idx").on(t.enrolmentId),
  ],
);

