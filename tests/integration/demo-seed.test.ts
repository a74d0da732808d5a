// The demo data: loading it again adds nothing (the server loads it at every start with --demo),
// and each demo territory has invented interviews with transcripts in its own language.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { consent, deskSource, finding, focusGroup, focusGroupAttendee, focusGroupFinding, interview, interviewParticipant, participant, territory, transcript } from "~/db/schema";
import { listFindingsWithOutcomes } from "~/features/needs-review/findings.server";
import { countStakeholders } from "~/features/needs-review/focus-groups.server";
import { seedDemo } from "~/db/seed/demo.server";
import { normaliseTranscript } from "~/features/needs-review/transcript-text";
import { startApp } from "../support/app";

beforeAll(async () => {
  await startApp();
});

async function counts() {
  const db = getDb();
  const n = async (
    table: typeof interview | typeof transcript | typeof participant | typeof consent | typeof deskSource | typeof interviewParticipant | typeof finding | typeof focusGroup | typeof focusGroupAttendee | typeof focusGroupFinding,
  ) => (await db.select({ n: count() }).from(table))[0].n;
  return {
    interviews: await n(interview),
    links: await n(interviewParticipant),
    transcripts: await n(transcript),
    participants: await n(participant),
    consents: await n(consent),
    sources: await n(deskSource),
    findings: await n(finding),
    focusGroups: await n(focusGroup),
    attendees: await n(focusGroupAttendee),
    outcomes: await n(focusGroupFinding),
  };
}

describe("the demo data", () => {
  it("is idempotent: seeding again adds no interview, transcript, participant, consent or source", async () => {
    const before = await counts();
    expect(before.interviews).toBeGreaterThan(0);
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
      expect(own.length, slug).toBeGreaterThanOrEqual(2);
      expect(own.filter((r) => r.language === language).length, slug).toBeGreaterThanOrEqual(2);
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
});
