// The register of personal data: every table that holds data about a person, the columns that
// do, why we keep them and for how long. registry.test.ts compares it with app/db/schema.ts, so
// a new column such as `participant_pseudonym` cannot land without an entry here.
// Column names are the SQL names (as in a database dump), checked by the compiler.
// Decision 024: `find` says how a person's rows are found (her export and erasure follow it; the
// test fails when a user reference is not covered), `secret` what she is never handed, and
// `purge` the retention the daily purge enforces (retention.server.ts).
import type { PgTable } from "drizzle-orm/pg-core";
import {
  account,
  attendance,
  calendarFeed,
  certificate,
  cohort,
  competence,
  enrolment,
  programmePhase,
  moduleMaterial,
  roundTable,
  roundTableContribution,
  roundTableParticipant,
  roundTableVote,
  selfAssessment,
  selfAssessmentRating,
  sessionFeedback,
  toolkitVersion,
  trainingModule,
  trainingSession,
  agreementCheck,
  auditLog,
  coding,
  consent,
  deskSource,
  deskSourceFile,
  finding,
  findingEvidence,
  focusGroup,
  focusGroupAttendee,
  focusGroupFinding,
  interview,
  interviewParticipant,
  invitation,
  loginThrottle,
  needsReviewReport,
  organisation,
  outboxEmail,
  participant,
  participantIdentity,
  programme,
  programmeMember,
  pseudonymReplacement,
  reportPublication,
  session,
  territory,
  territoryMember,
  theme,
  transcript,
  twoFactor,
  user,
  verification,
} from "~/db/schema";
import type { NotPersonalDeclaration, PersonalDataDeclaration } from "./registry-check";

type SqlColumnName<T extends PgTable> = T["_"]["columns"][keyof T["_"]["columns"]]["_"]["name"];

type Link<T extends PgTable> =
  | { kind: "owner" | "author" | "actor"; column: SqlColumnName<T> }
  | { kind: "via"; column: SqlColumnName<T>; parent: PgTable; authored?: boolean }
  | { kind: "email"; column: SqlColumnName<T>; prefix?: string; followedBy?: string };

type Subject<T extends PgTable> = { find?: Link<T>[]; secret?: SqlColumnName<T>[]; purge?: { column: SqlColumnName<T>; afterDays: number } };

function entry<T extends PgTable>(table: T, columns: SqlColumnName<T>[], purpose: string, retention: string, subject: Subject<T> = {}): PersonalDataDeclaration {
  return { table, columns, purpose, retention, ...subject };
}

// Column literals are checked against the table where the entry uses them.
const owner = <C extends string>(column: C) => ({ kind: "owner" as const, column });
const author = <C extends string>(...columns: C[]) => columns.map((column) => ({ kind: "author" as const, column }));
const via = <C extends string>(column: C, parent: PgTable) => ({ kind: "via" as const, column, parent });

function notPersonal<T extends PgTable>(table: T, columns: SqlColumnName<T>[], reason: string): NotPersonalDeclaration {
  return { table, columns, reason };
}

export const PERSONAL_DATA: PersonalDataDeclaration[] = [
  entry(
    user,
    ["id", "name", "email", "email_verified", "image", "preferred_language", "two_factor_enabled"],
    "Identify a member: sign-in, her name in member lists and the audit log, the language of her emails.",
    "While she holds a role or wants her account; deleting the row removes her sessions, password and memberships (cascade).",
    { find: [owner("id")] },
  ),
  entry(
    session,
    ["token", "ip_address", "user_agent", "user_id"],
    "Keep a person signed in; the IP address and browser help recognise misuse of an account.",
    "Valid for 12 hours; deleted at sign-out, or by the daily purge once expired (with its IP address and browser).",
    { find: [owner("user_id")], secret: ["token"], purge: { column: "expires_at", afterDays: 0 } },
  ),
  entry(
    account,
    ["account_id", "user_id", "password", "access_token", "refresh_token", "id_token", "access_token_expires_at", "refresh_token_expires_at"],
    "Sign-in credentials: the scrypt hash of the password. The OAuth token columns stay empty (email and password only).",
    "Same as the user; deleted with her.",
    { find: [owner("user_id")], secret: ["password", "access_token", "refresh_token", "id_token"] },
  ),
  entry(
    verification,
    ["identifier", "value"],
    "One-time values: password-reset links (the identifier is the SHA-256 hash of the token, the value names the account) and pending two-step sign-ins.",
    "One hour for a reset link, ten minutes for a sign-in waiting for its code.",
    { find: [owner("value")], secret: ["identifier"], purge: { column: "expires_at", afterDays: 0 } },
  ),
  entry(
    loginThrottle,
    ["key"],
    "Slow down password guessing and reset-link floods; the key names an email address, a client address or both (`pair:`, `account:`, `ip:`, `reset-address:`, `reset-ip:`).",
    "Counts forget after an hour without attempts (the longest wait is an hour); a successful sign-in clears its pair; the daily purge deletes every key untouched for a day.",
    {
      find: [
        { kind: "email", column: "key", prefix: "account:" },
        { kind: "email", column: "key", prefix: "pair:", followedBy: "|" },
        { kind: "email", column: "key", prefix: "reset-address:" },
      ],
      purge: { column: "window_started_at", afterDays: 1 },
    },
  ),
  entry(
    twoFactor,
    ["secret", "backup_codes", "user_id"],
    "Two-step sign-in: the TOTP secret and the unused recovery codes, encrypted with the server secret.",
    "While two-step sign-in is on; deleted when she turns it off, or with her account.",
    { find: [owner("user_id")], secret: ["secret", "backup_codes"] },
  ),
  entry(
    invitation,
    ["email", "name", "token_hash", "invited_by_user_id"],
    "Invite a named person to a role by email; only a SHA-256 hash of the link's token is stored.",
    "Valid for 14 days; the daily purge deletes it 30 days after it expired (accepted, revoked or not); the audit log keeps who invited whom.",
    { find: [{ kind: "email", column: "email" }, ...author("invited_by_user_id")], secret: ["token_hash"], purge: { column: "expires_at", afterDays: 30 } },
  ),
  entry(
    territoryMember,
    ["user_id", "role", "organisation_id"],
    "Link a person to her role in a territory: decides what she may see and do there.",
    "While she holds the role; deleted with the user.",
    { find: [owner("user_id")] },
  ),
  entry(
    programmeMember,
    ["user_id", "role"],
    "Link a person to her role in a programme (programme admin, expert).",
    "While she holds the role; deleted with the user.",
    { find: [owner("user_id")] },
  ),
  entry(
    auditLog,
    ["actor_user_id", "object_id", "details"],
    "Accountability: who changed or read what, and when. The object may be a person; details may name a role.",
    "Append-only for the life of the programme (a trigger refuses UPDATE and DELETE).",
    { find: [{ kind: "actor", column: "actor_user_id" }] },
  ),
  entry(
    outboxEmail,
    ["to_address", "subject", "body"],
    "Trial stand-in for a mail server: the recipient, and a body with names and sign-in links.",
    "Only while no SMTP_URL is set (trials); the daily purge deletes each email 30 days after it was written (every link in it has expired by then).",
    { find: [{ kind: "email", column: "to_address" }], purge: { column: "created_at", afterDays: 30 } },
  ),
  entry(
    participant,
    ["pseudonym", "target_group", "department", "organisation", "age_band", "gender", "region_of_origin", "languages", "created_by_user_id"],
    "Needs Review: a person interviewed or consulted, known by a pseudonym with the attributes the analysis compares (target group, department or organisation, age band, gender, region of origin, languages); who registered her.",
    "For the territory's Needs Review; deleted with the territory. Only members of the territory with the Needs Review permission see it.",
    { find: author("created_by_user_id") },
  ),
  entry(
    participantIdentity,
    ["participant_id", "real_name", "contact"],
    "Needs Review: the real name and contact of a participant, if kept at all, apart from the pseudonym; seen by the coordinator only.",
    "Until the Needs Review is closed or consent is withdrawn; deleted with the participant.",
  ),
  entry(
    consent,
    ["participant_id", "purpose", "given_on", "information_sheet_version", "collected_by_user_id", "withdrawn_at", "withdrawn_by_user_id"],
    "Needs Review: proof of a participant's consent (purpose, date, information sheet, who collected it) and of its withdrawal.",
    "As long as the data it covers is kept, and afterwards as the record of the withdrawal; deleted with the participant.",
    { find: author("collected_by_user_id", "withdrawn_by_user_id") },
  ),
  entry(
    deskSource,
    ["notes", "created_by_user_id"],
    "Needs Review desk research: notes on public documents may mention officials by name; who added the source.",
    "For the territory's Needs Review; deleted with the territory.",
    { find: author("created_by_user_id") },
  ),
  entry(
    deskSourceFile,
    ["file_name", "content", "uploaded_by_user_id"],
    "Needs Review desk research: a document attached to a source; public documents may still name officials; who uploaded it.",
    "As long as its source; deleted with it or with the territory.",
    { find: author("uploaded_by_user_id") },
  ),
  entry(
    interview,
    ["conducted_on", "interviewer_user_id", "language", "notes", "created_by_user_id"],
    "Needs Review: when and in which language an interview took place, who conducted it, notes that may describe the participants; who recorded it.",
    "For the territory's Needs Review; deleted with the territory. Only members with the Needs Review permission see it.",
    { find: author("interviewer_user_id", "created_by_user_id") },
  ),
  entry(
    interviewParticipant,
    ["participant_id"],
    "Needs Review: which pseudonymised participants took part in an interview.",
    "As long as the interview; deleted with the interview or the participant.",
  ),
  entry(
    transcript,
    ["text", "updated_by_user_id", "pseudonymised_at"],
    "Needs Review: what participants said in an interview (pseudonymised where possible), the material of the analysis; who last changed it and when its pseudonymisation was confirmed.",
    "Until the Needs Review is closed; deleted at once when a participant of the interview withdraws consent. Every read is in the audit log.",
    { find: author("updated_by_user_id") },
  ),
  entry(
    coding,
    ["quote", "memo", "coder_user_id", "transcript_id", "start", "end"],
    "Needs Review analysis: a passage of a transcript (copied so it can be found again after an edit) with the theme a coder gave it, her memo and who she is.",
    "As long as the transcript; deleted with it (consent withdrawn, interview deleted).",
    { find: author("coder_user_id") },
  ),
  entry(
    agreementCheck,
    ["coder_a_user_id", "coder_b_user_id", "created_by_user_id"],
    "Needs Review: which two members code an interview independently for the intercoder-agreement check.",
    "As long as the interview; deleted with it or with either coder's account.",
    { find: [owner("coder_a_user_id"), owner("coder_b_user_id"), ...author("created_by_user_id")] },
  ),
  entry(
    pseudonymReplacement,
    ["original", "replacement", "kind", "occurrences", "confirmed_by_user_id"],
    "Needs Review pseudonymisation log: the real names and places replaced in a transcript, kept apart from it so the transcript can be read without them.",
    "Until the Needs Review is closed; deleted with the interview. Coordinators only.",
    { find: author("confirmed_by_user_id") },
  ),
  entry(
    finding,
    ["statement", "created_by_user_id"],
    "Needs Review: a strength, weakness or need in the team's own words; may paraphrase what participants said. Who wrote it.",
    "For the life of the territory's programme; validated findings feed the training programme.",
    { find: author("created_by_user_id") },
  ),
  entry(
    findingEvidence,
    ["coding_id"],
    "Needs Review: the coded passages that back a finding.",
    "As long as both the finding and the coding; deleted with either.",
  ),
  entry(
    focusGroup,
    ["notes", "created_by_user_id"],
    "Needs Review validation: notes of a focus group may describe what named stakeholders said; who recorded it.",
    "For the territory's Needs Review; deleted with the territory.",
    { find: author("created_by_user_id") },
  ),
  entry(
    focusGroupAttendee,
    ["participant_id"],
    "Needs Review validation: which registered (pseudonymised) participants attended a focus group.",
    "As long as the focus group and the participant; deleted with either.",
  ),
  entry(
    focusGroupFinding,
    ["notes", "amended_statement"],
    "Needs Review validation: what a focus group decided about a finding; the notes may record who said what.",
    "As long as the focus group and the finding; deleted with either.",
  ),
  entry(
    needsReviewReport,
    ["introduction", "context", "conclusions", "updated_by_user_id"],
    "Needs Review Report: the narrative sections written by the team, and who last changed them.",
    "For the life of the territory's programme.",
    { find: author("updated_by_user_id") },
  ),
  entry(
    reportPublication,
    ["published_by_user_id"],
    "Needs Review Report: who published a version. The published content itself holds no personal data (quotes attributed to target groups only).",
    "Kept as the public record of the review.",
    { find: author("published_by_user_id") },
  ),
  entry(
    roundTable,
    ["notes", "created_by_user_id"],
    "Co-design: the facilitator's notes of a round table may record what named stakeholders said; who created it.",
    "For the life of the territory's programme; deleted with the territory.",
    { find: author("created_by_user_id") },
  ),
  entry(
    roundTableParticipant,
    ["name", "organisation_name", "user_id"],
    "Co-design: who took part in a round table (local or international), for the record of the co-design and the count of stakeholders; her account when she votes herself.",
    "For the life of the programme; a participant can be removed, which removes her votes.",
    { find: [owner("user_id")] },
  ),
  entry(
    roundTableContribution,
    ["proposed_by_participant_id", "created_by_user_id"],
    "Co-design: who proposed a contribution and who recorded it.",
    "As long as the round table.",
    { find: [{ kind: "via", column: "proposed_by_participant_id", parent: roundTableParticipant, authored: true }, ...author("created_by_user_id")] },
  ),
  entry(
    roundTableVote,
    ["participant_id", "recorded_by_user_id"],
    "Co-design: the points each participant gave, and who recorded them (the participant herself or the facilitator).",
    "As long as the round table and the participant.",
    { find: [via("participant_id", roundTableParticipant), ...author("recorded_by_user_id")] },
  ),
  entry(
    trainingModule,
    ["trainer_notes"],
    "Toolkit: notes for trainers; they may name a contact person for a study visit.",
    "As long as the module.",
  ),
  entry(
    moduleMaterial,
    ["file_name", "created_by_user_id"],
    "Toolkit: a material's file name (which may contain an author's name) and who uploaded it.",
    "As long as the module.",
    { find: author("created_by_user_id") },
  ),
  entry(
    toolkitVersion,
    ["note", "created_by_user_id"],
    "Toolkit: who froze a version, and the note about it. The frozen content is the Toolkit itself, with no trainee data.",
    "Kept as the record of the Toolkit.",
    { find: author("created_by_user_id") },
  ),
  entry(
    cohort,
    ["created_by_user_id"],
    "Training: who created a cohort.",
    "For the life of the territory's programme.",
    { find: author("created_by_user_id") },
  ),
  entry(
    enrolment,
    ["user_id", "department"],
    "Training: which civil servant takes part in a cohort, and her department, for attendance, self-assessment and certificates.",
    "For the life of the programme, so that certificates stay verifiable; deleting her account removes her enrolments unless a certificate was issued.",
    { find: [owner("user_id")] },
  ),
  entry(
    trainingSession,
    ["trainer_user_id", "notes"],
    "Training: who trains a session; session notes may mention people.",
    "For the life of the territory's programme.",
    { find: author("trainer_user_id") },
  ),
  entry(
    attendance,
    ["enrolment_id", "status", "recorded_by_user_id"],
    "Training: whether a trainee attended a session (the completion rule counts it), and who took the register.",
    "As long as the enrolment.",
    { find: [via("enrolment_id", enrolment), ...author("recorded_by_user_id")] },
  ),
  entry(
    selfAssessment,
    ["enrolment_id", "phase", "submitted_at"],
    "Training: that a trainee assessed herself before, midway or after the cohort. Only she sees her own; coordinators see aggregates of five people or more.",
    "As long as the enrolment.",
    { find: [via("enrolment_id", enrolment)] },
  ),
  entry(
    selfAssessmentRating,
    ["assessment_id", "level"],
    "Training: the level a trainee gives herself in each competence. Only she sees her own; coordinators see aggregates of five people or more.",
    "As long as the enrolment.",
    { find: [via("assessment_id", selfAssessment)] },
  ),
  entry(
    sessionFeedback,
    ["enrolment_id", "rating", "comment"],
    "Training: a trainee's rating and comment on a session; shown to coordinators and trainers only in aggregate.",
    "As long as the enrolment.",
    { find: [via("enrolment_id", enrolment)] },
  ),
  entry(
    calendarFeed,
    ["user_id", "token_hash"],
    "Training: a person's secret calendar address (only the hash of its token), so her calendar application can read her sessions.",
    "Until she or the coordinator revokes it; deleted with her account.",
    { find: [owner("user_id")], secret: ["token_hash"] },
  ),
  entry(
    certificate,
    ["recipient_name", "credential", "signed_credential", "issued_by_user_id", "revoked_by_user_id", "revocation_reason"],
    "Training: the certificate a trainee received, with her name as printed and signed, so anyone she shows it to can verify it.",
    "Kept while it may be verified; revocation keeps the record so verification can say it was revoked.",
    { find: [via("enrolment_id", enrolment), ...author("issued_by_user_id", "revoked_by_user_id")] },
  ),
];

export const NOT_PERSONAL: NotPersonalDeclaration[] = [
  notPersonal(programme, ["name", "funding_note"], "The name of a programme and the note naming its funder."),
  notPersonal(territory, ["name"], "The name of a city or county."),
  notPersonal(organisation, ["name"], "The name of a partner organisation."),
  notPersonal(theme, ["name", "description"], "A theme of a codebook, such as \"language barriers\"."),
  notPersonal(competence, ["name"], "The name of a competence, such as \"intercultural competence\"."),
  notPersonal(cohort, ["name"], "The name of a cohort, such as \"Cohort 2021–2022\"."),
  notPersonal(programmePhase, ["name"], "The name of a phase of the programme timeline, such as \"Needs Review\"."),
];
