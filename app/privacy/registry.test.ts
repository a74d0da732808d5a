import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "~/db/schema";
import { checkRegistry, checkSubjectCoverage, describeFinding, looksPersonal, tablesOf } from "./registry-check";
import { NOT_PERSONAL, PERSONAL_DATA } from "./registry";

describe("the personal-data registry", () => {
  it("declares every personal-looking column of the schema, and only real ones", () => {
    const findings = checkRegistry(tablesOf(schema), PERSONAL_DATA, NOT_PERSONAL);
    expect(findings.map(describeFinding)).toEqual([]);
  });

  it("gives every entry a purpose and a retention", () => {
    for (const e of PERSONAL_DATA) {
      expect(e.columns.length).toBeGreaterThan(0);
      expect(e.purpose.trim()).not.toBe("");
      expect(e.retention.trim()).not.toBe("");
    }
  });
});

describe("finding a person's rows (decision 024)", () => {
  it("says, for every column that leads to a person, how her export and erasure follow it", () => {
    expect(checkSubjectCoverage(tablesOf(schema), PERSONAL_DATA)).toEqual([]);
  });

  it("catches a table with a user reference, and one hanging off a person's rows, that nobody covers", () => {
    const diary = pgTable("sample_diary", {
      id: uuid("id").primaryKey(),
      ownerUserId: text("owner_user_id"),
      enrolmentId: uuid("enrolment_id").references(() => schema.enrolment.id),
      otherId: uuid("other_id").references(() => schema.programme.id),
    });
    expect(checkSubjectCoverage([...tablesOf(schema), diary], PERSONAL_DATA)).toEqual([
      { table: "sample_diary", column: "owner_user_id", references: "user" },
      { table: "sample_diary", column: "enrolment_id", references: "enrolment" },
    ]);
    const declared = [...PERSONAL_DATA, { table: diary, columns: ["owner_user_id"], purpose: "p", retention: "r", find: [{ kind: "owner" as const, column: "owner_user_id" }] }];
    expect(checkSubjectCoverage([...tablesOf(schema), diary], declared)).toEqual([{ table: "sample_diary", column: "enrolment_id", references: "enrolment" }]);
  });
});

describe("the registry check", () => {
  // A made-up table (the real interview table is declared; this one stands for a future one).
  const interview = pgTable("sample_interview", {
    id: uuid("id").primaryKey(),
    languageCode: text("language_code"),
    participantPseudonym: text("participant_pseudonym"),
    transcript: text("transcript"),
  });

  it("finds a new table with personal-looking columns that nobody declared", () => {
    const findings = checkRegistry([...tablesOf(schema), interview], PERSONAL_DATA, NOT_PERSONAL);
    expect(findings.filter((f) => f.table === "sample_interview")).toEqual([
      { problem: "undeclared-table", table: "sample_interview", column: "participant_pseudonym" },
      { problem: "undeclared-table", table: "sample_interview", column: "transcript" },
    ]);
  });

  it("finds a personal-looking column missing from a table's entry", () => {
    const declared = [{ table: interview, columns: ["transcript"], purpose: "p", retention: "r" }];
    expect(checkRegistry([interview], declared)).toEqual([
      { problem: "unlisted-column", table: "sample_interview", column: "participant_pseudonym" },
    ]);
  });

  it("finds entries that name a missing table or column, or a table twice", () => {
    const declared = [
      { table: interview, columns: ["transcript", "participant_pseudonym", "notes"], purpose: "p", retention: "r" },
      { table: interview, columns: [], purpose: "p", retention: "r" },
      { table: schema.user, columns: ["email"], purpose: "p", retention: "r" },
    ];
    expect(checkRegistry([interview], declared)).toEqual([
      { problem: "unknown-column", table: "sample_interview", column: "notes" },
      { problem: "declared-twice", table: "sample_interview" },
      { problem: "unknown-table", table: "user" },
    ]);
  });

  it("tells personal-looking column names from harmless ones", () => {
    for (const name of ["name", "first_name", "email", "to_address", "ip_address", "user_agent", "date_of_birth", "age", "trainer_notes", "actor_user_id", "phone_number", "password"]) {
      expect(looksPersonal(name), name).toBe(true);
    }
    for (const name of ["id", "language", "preferred_language", "percentage", "page", "country_code", "starts_on", "kind", "usage_count"]) {
      expect(looksPersonal(name), name).toBe(false);
    }
  });
});
