// The demo data: loading it again adds nothing (the server loads it at every start with --demo),
// and each demo territory has about ten invented interviews, mostly in its own language, coded
// by theme, with findings that rest on those passages and a focus group that validated them.
import { and, count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { agreementCheck, coding, consent, deskSource, finding, findingEvidence, focusGroup, focusGroupAttendee, focusGroupFinding, interview, interviewParticipant, participant, participantIdentity, territory, theme, transcript } from "~/db/schema";
import { listEvidenceOf } from "~/features/needs-review/findings/finding-evidence.server";
import { listFindingsWithOutcomes } from "~/features/needs-review/findings/findings.server";
import { countStakeholders } from "~/features/needs-review/focus-groups/focus-groups.server";
import { seedDemo } from "~/demo/demo.server";
import { normaliseTranscript } from "~/features/needs-review/interviews/transcript-text";
import { startApp } from "../support/app";

beforeAll(async () => {
  await startApp();
});

async function counts() {
  const db = getDb();
  const n = async (
    table:
      | typeof interview
      | typeof transcript
      | typeof participant
      | typeof participantIdentity
      | typeof consent
      | typeof deskSource
      | typeof interviewParticipant
      | typeof theme
      | typeof coding
      | typeof agreementCheck
      | typeof finding
      | typeof findingEvidence
      | typeof focusGroup
      | typeof focusGroupAttendee
      | typeof focusGroupFinding,
  ) => (await db.select({ n: count() }).from(table))[0].n;
  return {
    interviews: await n(interview),
    links: await n(interviewParticipant),
    transcripts: await n(transcript),
    participants: await n(participant),
    identities: await n(participantIdentity),
    consents: await n(consent),
    sources: await n(deskSource),
    themes: await n(theme),
    codings: await n(coding),
    agreementChecks: await n(agreementCheck),
    findings: await n(finding),
    evidence: await n(findingEvidence),
    focusGroups: await n(focusGroup),
    attendees: await n(focusGroupAttendee),
    outcomes: await n(focusGroupFinding),
  };
}

describe("the demo data", () => {
  it("is idempotent: seeding again, twice, changes no count (interviews, codings, findings, evidence, outcomes…)", async () => {
    const before = await counts();
    expect(before.interviews).toBeGreaterThan(0);
    expect(before.codings).toBeGreaterThan(0);
    expect(before.evidence).toBeGreaterThan(0);
    await seedDemo(getDb());
    expect(await counts()).toEqual(before);
    await seedDemo(getDb());
    expect(await counts()).toEqual(before);
  });

  it("gives each territory invented interviews with transcripts in its language, stored normalised", async () => {
    const rows = await getDb()
      .select({ slug: territory.slug, language: interview.language, notes: interview.notes, text: transcript.text })
      .from(interview)
      .innerJoin(territory, eq(territory.id, interview.territoryId))
      .innerJoin(transcript, eq(transcript.interviewId, interview.id));
    const expected = { offenbach: "de", ravenna: "it", cartagena: "es" } as const;
    for (const [slug, language] of Object.entries(expected)) {
      const own = rows.filter((r) => r.slug === slug);
      // About ten per territory, as in the reference programme; most in its language, one or two in English.
      expect(own.length, slug).toBeGreaterThanOrEqual(9);
      expect(own.length, slug).toBeLessThanOrEqual(12);
      expect(own.filter((r) => r.language === language).length, slug).toBeGreaterThan(own.length / 2);
      expect(own.filter((r) => r.language === "en").length, slug).toBeGreaterThanOrEqual(1);
      expect(own.every((r) => r.language === language || r.language === "en"), slug).toBe(true);
      for (const r of own) expect(r.notes, slug).toMatch(/invent|erfunden|inventat/i);
    }
    expect(rows.some((r) => r.language === "en")).toBe(true);
    for (const r of rows) {
      expect(r.text).toBe(normaliseTranscript(r.text));
      expect(r.text).toMatch(/^I: /);
    }
  });

  it("gives each territory findings and a focus group that validated some of them", async () => {
    const territories = await getDb().select({ id: territory.id, slug: territory.slug }).from(territory);
    for (const slug of ["offenbach", "ravenna", "cartagena"]) {
      const t = territories.find((r) => r.slug === slug)!;
      const findings = await listFindingsWithOutcomes(getDb(), { territoryId: t.id });
      expect(findings.length, slug).toBeGreaterThanOrEqual(2);
      const validated = await listFindingsWithOutcomes(getDb(), { territoryId: t.id, validatedOnly: true });
      expect(validated.length, slug).toBeGreaterThanOrEqual(1);
      expect(validated.every((f) => f.outcome === "confirmed" || f.outcome === "amended"), slug).toBe(true);
      // The demo attendees were interviewed too: each person counts once.
      const interviewed = await getDb().selectDistinct({ id: interviewParticipant.participantId }).from(interviewParticipant).innerJoin(interview, eq(interview.id, interviewParticipant.interviewId)).where(eq(interview.territoryId, t.id));
      expect(await countStakeholders(getDb(), { territoryId: t.id }), slug).toBe(interviewed.length);
    }
    const [offenbach] = territories.filter((r) => r.slug === "offenbach");
    const amended = (await listFindingsWithOutcomes(getDb(), { territoryId: offenbach.id })).find((f) => f.outcome === "amended");
    expect(amended?.currentStatement).toBe(amended?.amendedStatement);
  });
  it("interviews all three target groups in each territory, with transcripts of speaker turns", async () => {
    const rows = await getDb()
      .selectDistinct({ slug: territory.slug, targetGroup: participant.targetGroup })
      .from(interviewParticipant)
      .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
      .innerJoin(territory, eq(territory.id, participant.territoryId));
    for (const slug of ["offenbach", "ravenna", "cartagena"]) {
      expect(rows.filter((r) => r.slug === slug).map((r) => r.targetGroup).sort(), slug).toEqual(["civil_servant", "stakeholder", "third_country_national"]);
    }
    const texts = await getDb().select({ text: transcript.text }).from(transcript);
    for (const { text } of texts) for (const line of text.split("\n")) expect(line).toMatch(/^[A-Z]+(-\d+)?: \S/);
  });

  it("codes each territory's transcripts with every leaf theme of the default codebook", async () => {
    const rows = await getDb()
      .selectDistinct({ slug: territory.slug, key: theme.defaultKey })
      .from(coding)
      .innerJoin(theme, eq(theme.id, coding.themeId))
      .innerJoin(territory, eq(territory.id, coding.territoryId));
    const keys = ["language_barriers", "information_for_newcomers", "digital_services", "legal_rights_knowledge", "intercultural_competence", "workload", "coordination_between_departments", "cooperation_with_ngos", "discrimination", "good_practices", "training_needs"];
    for (const slug of ["offenbach", "ravenna", "cartagena"]) {
      expect(rows.filter((r) => r.slug === slug).map((r) => r.key).sort(), slug).toEqual([...keys].sort());
    }
  });

  it("backs every demo finding with at least one coded passage of its own territory, and validates most of them", async () => {
    const territories = await getDb().select({ id: territory.id, slug: territory.slug }).from(territory);
    for (const slug of ["offenbach", "ravenna", "cartagena"]) {
      const t = territories.find((r) => r.slug === slug)!;
      const findings = await listFindingsWithOutcomes(getDb(), { territoryId: t.id });
      expect(new Set(findings.map((f) => f.kind)), slug).toEqual(new Set(["strength", "weakness", "need"]));
      const evidence = await listEvidenceOf(getDb(), { territoryId: t.id, findingIds: findings.map((f) => f.id) });
      for (const f of findings) expect(evidence.get(f.id)?.length ?? 0, `${slug}: ${f.statement}`).toBeGreaterThanOrEqual(1);
      // The passages are the territory's own: every link of its findings reaches one of its codings.
      const links = (own: boolean) =>
        getDb()
          .select({ n: count() })
          .from(findingEvidence)
          .innerJoin(coding, eq(coding.id, findingEvidence.codingId))
          .where(and(inArray(findingEvidence.findingId, findings.map((f) => f.id)), own ? eq(coding.territoryId, t.id) : undefined))
          .then((r) => r[0].n);
      expect(await links(true), slug).toBe(await links(false));
      const outcomes = findings.map((f) => f.outcome);
      expect(outcomes.filter((o) => o === "confirmed" || o === "amended").length, slug).toBeGreaterThan(findings.length / 2);
      expect(outcomes, slug).toContain("amended");
      expect(outcomes, slug).toContain("rejected");
    }
  });
});
