// Loads the demo programme. Idempotent: running it again adds only what is missing.
import { and, eq, inArray } from "drizzle-orm";
import { normaliseTranscript } from "~/features/needs-review/transcript-text";
import { createAccountWithPassword, findAccountByEmail, hashPassword } from "~/auth/auth.server";
import type { Database } from "../client.server";
import {
  consent,
  deskSource,
  finding,
  focusGroup,
  focusGroupAttendee,
  focusGroupFinding,
  interview,
  interviewParticipant,
  organisation,
  participant,
  participantIdentity,
  programme,
  programmeMember,
  programmePhase,
  territory,
  territoryMember,
  transcript,
  user,
} from "../schema";
import { createDefaultCodebook } from "~/features/needs-review/codebook.server";
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/languages";
import { seedDemoCodings } from "./demo-codings";
import { DEMO_FINDINGS } from "./demo-findings";
import { DEMO_INTERVIEWS, type DemoInterview } from "./demo-interviews";
import { DEMO_ACCOUNTS, DEMO_NEEDS_REVIEW, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PHASES, DEMO_PROGRAMME, DEMO_TERRITORIES } from "./demo-data";

export async function seedDemo(db: Database): Promise<void> {
  let [prog] = await db.select().from(programme).where(eq(programme.slug, DEMO_PROGRAMME.slug));
  if (!prog) {
    [prog] = await db.insert(programme).values({ ...DEMO_PROGRAMME, isDemo: true }).returning();
    await db.insert(programmePhase).values(DEMO_PHASES.map((p, position) => ({ ...p, position, programmeId: prog.id })));
  }

  const territoryIds = new Map<string, string>();
  for (const t of DEMO_TERRITORIES) {
    await db.insert(territory).values({ ...t, languages: [...t.languages], programmeId: prog.id }).onConflictDoNothing();
    const [row] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, t.slug));
    territoryIds.set(t.slug, row.id);
  }

  const organisationIds = new Map<string, string>();
  for (const o of DEMO_ORGANISATIONS) {
    const territoryId = o.territorySlug ? territoryIds.get(o.territorySlug)! : null;
    let [row] = await db
      .select({ id: organisation.id })
      .from(organisation)
      .where(and(eq(organisation.programmeId, prog.id), eq(organisation.name, o.name)));
    if (!row) {
      [row] = await db
        .insert(organisation)
        .values({ programmeId: prog.id, territoryId, name: o.name, kind: o.kind, countryCode: o.countryCode })
        .returning({ id: organisation.id });
    }
    organisationIds.set(o.name, row.id);
  }

  // scrypt is slow on purpose; every demo account shares the one public demo password, so one hash serves all.
  let demoHash: string | undefined;
  for (const a of DEMO_ACCOUNTS) {
    const existing = await findAccountByEmail(a.email);
    demoHash ??= existing ? undefined : await hashPassword(DEMO_PASSWORD);
    const userId =
      existing?.user.id ??
      (await createAccountWithPassword({ email: a.email, name: a.name, password: DEMO_PASSWORD, language: a.language, passwordHash: demoHash })).id;
    if (a.programmeRole) {
      await db.insert(programmeMember).values({ programmeId: prog.id, userId, role: a.programmeRole }).onConflictDoNothing();
    }
    if (a.territory) {
      await db
        .insert(territoryMember)
        .values({
          territoryId: territoryIds.get(a.territory.slug)!,
          userId,
          role: a.territory.role,
          organisationId: a.territory.organisation ? organisationIds.get(a.territory.organisation) : null,
        })
        .onConflictDoNothing();
    }
  }

  for (const [slug, review] of Object.entries(DEMO_NEEDS_REVIEW)) {
    const territoryId = territoryIds.get(slug);
    if (territoryId) await seedNeedsReview(db, territoryId, review);
  }
  for (const [slug, interviews] of Object.entries(DEMO_INTERVIEWS)) {
    const territoryId = territoryIds.get(slug);
    if (territoryId) for (const i of interviews) await seedInterview(db, territoryId, i);
  }
  // Each demo territory starts from the default codebook in its language (a no-op once it has
  // themes), and its transcripts are coded.
  for (const t of DEMO_TERRITORIES) {
    const territoryId = territoryIds.get(t.slug)!;
    const language = isLanguage(t.languages[0]) ? t.languages[0] : DEFAULT_LANGUAGE;
    await createDefaultCodebook(db, { actor: null, territory: { id: territoryId, programmeId: prog.id }, language });
    await seedDemoCodings(db, { territoryId, coderEmail: `partner.${t.slug}@eccipa.example`, secondCoderEmail: `coordinator.${t.slug}@eccipa.example` });
  }
  for (const [slug, results] of Object.entries(DEMO_FINDINGS)) {
    const territoryId = territoryIds.get(slug);
    if (territoryId) await seedFindings(db, territoryId, results);
  }
}

/** Invented findings and a validated focus group, added only when the territory has no finding yet. */
async function seedFindings(db: Database, territoryId: string, demo: (typeof DEMO_FINDINGS)[string]): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: finding.id }).from(finding).where(eq(finding.territoryId, territoryId)).limit(1);
    if (existing) return;
    const rows = await tx
      .insert(finding)
      .values(demo.findings.map((f, position) => ({ territoryId, ...f, position })))
      .returning({ id: finding.id });
    const { attendees, outcomes, ...group } = demo.focusGroup;
    const [fg] = await tx.insert(focusGroup).values({ territoryId, ...group }).returning({ id: focusGroup.id });
    const people = await tx
      .select({ id: participant.id })
      .from(participant)
      .where(and(eq(participant.territoryId, territoryId), inArray(participant.pseudonym, attendees)));
    if (people.length) await tx.insert(focusGroupAttendee).values(people.map((p) => ({ focusGroupId: fg.id, participantId: p.id })));
    const decidedAt = new Date(`${group.heldOn}T18:00:00Z`);
    await tx.insert(focusGroupFinding).values(
      outcomes.map((o) => ({ focusGroupId: fg.id, findingId: rows[o.finding].id, outcome: o.outcome, amendedStatement: o.amendedStatement ?? null, notes: o.notes, decidedAt })),
    );
  });
}

/** An invented interview with its participants and transcript, added only if missing (same date and notes). */
async function seedInterview(db: Database, territoryId: string, demo: DemoInterview): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: interview.id })
      .from(interview)
      .where(and(eq(interview.territoryId, territoryId), eq(interview.conductedOn, demo.conductedOn), eq(interview.notes, demo.notes)));
    if (existing) return;
    const [interviewer] = await tx.select({ id: user.id }).from(user).where(eq(user.email, demo.interviewerEmail));
    const people = await tx
      .select({ id: participant.id })
      .from(participant)
      .where(and(eq(participant.territoryId, territoryId), inArray(participant.pseudonym, demo.participants)));
    if (!interviewer || people.length !== demo.participants.length) return;
    const [row] = await tx
      .insert(interview)
      .values({ territoryId, conductedOn: demo.conductedOn, interviewerUserId: interviewer.id, language: demo.language, notes: demo.notes, createdByUserId: interviewer.id })
      .returning({ id: interview.id });
    await tx.insert(interviewParticipant).values(people.map((p) => ({ interviewId: row.id, participantId: p.id })));
    await tx.insert(transcript).values({ interviewId: row.id, text: normaliseTranscript(demo.transcript), updatedByUserId: interviewer.id });
  });
}

/** Invented desk research and participants with consent; each added only if missing. */
async function seedNeedsReview(db: Database, territoryId: string, review: (typeof DEMO_NEEDS_REVIEW)[string]): Promise<void> {
  for (const source of review.sources) {
    const [found] = await db
      .select({ id: deskSource.id })
      .from(deskSource)
      .where(and(eq(deskSource.territoryId, territoryId), eq(deskSource.title, source.title)));
    if (!found) await db.insert(deskSource).values({ territoryId, ...source });
  }
  for (const p of review.participants) {
    const { identity, consent: given, ...attributes } = p;
    // One transaction: a participant is never left without her identity or consent.
    await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(participant)
        .values({ territoryId, ...attributes })
        .onConflictDoNothing()
        .returning({ id: participant.id });
      if (!created) return; // already there from an earlier start
      if (identity) await tx.insert(participantIdentity).values({ participantId: created.id, ...identity });
      await tx.insert(consent).values({ participantId: created.id, ...given });
    });
  }
}
