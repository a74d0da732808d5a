// Loads the demo programme (invented people and Needs Review data on the real partners and dates).
// Idempotent: running it again adds only what is missing. Fast on a fresh data dir: rows go in
// batches, one insert per table and territory where it can.
import { and, asc, eq, inArray, notExists, sql } from "drizzle-orm";
import { normaliseTranscript } from "~/features/needs-review/interviews/transcript-text";
import { createAccountWithPassword, findAccountByEmail, hashPassword } from "~/auth/auth.server";
import type { Database } from "~/db/client.server";
import {
  coding,
  consent,
  deskSource,
  finding,
  findingEvidence,
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
  theme,
  transcript,
  user,
} from "~/db/schema";
import { createDefaultCodebook } from "~/features/needs-review/codebook/codebook.server";
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/languages";
import { seedDemoCertificates } from "~/demo/demo-certificates";
import { seedDemoReports } from "~/demo/demo-reports";
import { seedDemoAssessments } from "~/demo/demo-assessments";
import { seedDemoCodings } from "~/demo/demo-codings";
import { seedDemoCompetences } from "~/demo/demo-competences";
import { seedDemoRoundTables } from "~/demo/demo-round-tables";
import { seedDemoToolkitVersions } from "~/demo/demo-toolkit-versions";
import { seedDemoTraining } from "~/demo/demo-training";
import { DEMO_FINDINGS, type DemoFinding } from "~/demo/demo-findings";
import { DEMO_INTERVIEWS, type DemoInterview } from "~/demo/demo-interviews";
import { seedDemoToolkit } from "~/demo/demo-toolkit";
import { seedDemoModuleContributions } from "~/demo/demo-module-contributions";
import { DEMO_ACCOUNTS, DEMO_NEEDS_REVIEW, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PHASES, DEMO_PROGRAMME, DEMO_TERRITORIES } from "~/demo/demo-data";

export async function seedDemo(db: Database): Promise<void> {
  let [prog] = await db.select().from(programme).where(eq(programme.slug, DEMO_PROGRAMME.slug));
  if (!prog) {
    [prog] = await db.insert(programme).values({ ...DEMO_PROGRAMME, isDemo: true }).returning();
    await db.insert(programmePhase).values(DEMO_PHASES.map((p, position) => ({ ...p, position, programmeId: prog.id })));
  }

  const territoryIds = new Map<string, string>();
  for (const t of DEMO_TERRITORIES) {
    await db.insert(territory).values({ ...t, languages: [...t.languages], programmeId: prog.id }).onConflictDoNothing();
    // A demo database from before decision 027 named it in English only: give it its names per language.
    await db.update(territory).set({ name: t.name, names: t.names }).where(and(eq(territory.slug, t.slug), eq(territory.name, t.names.en)));
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
  // Each demo territory starts from the default codebook in its language (a no-op once it has
  // themes); the interviews added by this start are coded, then the findings get their evidence.
  for (const t of DEMO_TERRITORIES) {
    const territoryId = territoryIds.get(t.slug)!;
    const added = await seedInterviews(db, territoryId, DEMO_INTERVIEWS[t.slug] ?? []);
    const language = isLanguage(t.languages[0]) ? t.languages[0] : DEFAULT_LANGUAGE;
    await createDefaultCodebook(db, { actor: null, territory: { id: territoryId, programmeId: prog.id }, language });
    await seedDemoCodings(db, {
      territoryId,
      interviewIds: [...added.values()],
      doubleCoded: added.get(0),
      coderEmail: `partner.${t.slug}@eccipa.example`,
      secondCoderEmail: `coordinator.${t.slug}@eccipa.example`,
    });
    const results = DEMO_FINDINGS[t.slug];
    if (results) {
      await seedFindings(db, territoryId, results);
      await seedFindingEvidence(db, territoryId, { findings: results.findings, coderEmail: `partner.${t.slug}@eccipa.example` });
    }
  }
  // The three Needs Review Reports, published by the coordinators once the findings are validated.
  await seedDemoReports(db, { programmeId: prog.id, territorySlugs: DEMO_TERRITORIES.map((t) => t.slug) });
  // Co-design and training, in the order they depend on each other: the framework, the round
  // tables, the Toolkit's modules, cohorts, assessments, then what needs all of them.
  await seedDemoCompetences(db);
  await seedDemoRoundTables(db);
  await seedDemoToolkit(db, prog.id);
  // Before the Toolkit's first version is frozen, so that it counts the contributions answered.
  await seedDemoModuleContributions(db, { programmeId: prog.id });
  await seedDemoTraining(db, { programmeId: prog.id, territoryIds });
  await seedDemoAssessments(db, { programmeId: prog.id });
  await seedDemoToolkitVersions(db, { programmeId: prog.id });
  await seedDemoCertificates(db);
}

/**
 * Invented findings and a validated focus group. Each finding is added if the territory has no
 * finding with its statement; the focus group (by title) and its attendees if missing; outcomes
 * only for the findings added now, so a decision changed in the app is not overwritten.
 */
async function seedFindings(db: Database, territoryId: string, demo: (typeof DEMO_FINDINGS)[string]): Promise<void> {
  await db.transaction(async (tx) => {
    const existing = await tx.select({ id: finding.id, statement: finding.statement }).from(finding).where(eq(finding.territoryId, territoryId));
    const have = new Set(existing.map((f) => f.statement));
    const missing = demo.findings.map((f, position) => ({ f, position })).filter(({ f }) => !have.has(f.statement));
    const added = new Map<number, string>();
    if (missing.length) {
      const rows = await tx
        .insert(finding)
        .values(missing.map(({ f: { evidence: _evidence, ...f }, position }) => ({ territoryId, ...f, position })))
        .returning({ id: finding.id, statement: finding.statement });
      const idOf = new Map(rows.map((r) => [r.statement, r.id]));
      for (const { f, position } of missing) added.set(position, idOf.get(f.statement)!);
    }
    const { attendees, outcomes, ...group } = demo.focusGroup;
    let [fg] = await tx
      .select({ id: focusGroup.id })
      .from(focusGroup)
      .where(and(eq(focusGroup.territoryId, territoryId), eq(focusGroup.title, group.title)));
    if (!fg) {
      [fg] = await tx.insert(focusGroup).values({ territoryId, ...group }).returning({ id: focusGroup.id });
      const people = await tx
        .select({ id: participant.id })
        .from(participant)
        .where(and(eq(participant.territoryId, territoryId), inArray(participant.pseudonym, attendees)));
      if (people.length) await tx.insert(focusGroupAttendee).values(people.map((p) => ({ focusGroupId: fg.id, participantId: p.id })));
    }
    const decidedAt = new Date(`${group.heldOn}T18:00:00Z`);
    const decided = outcomes.filter((o) => added.has(o.finding));
    if (decided.length) {
      await tx
        .insert(focusGroupFinding)
        .values(decided.map((o) => ({ focusGroupId: fg.id, findingId: added.get(o.finding)!, outcome: o.outcome, amendedStatement: o.amendedStatement ?? null, notes: o.notes, decidedAt })))
        .onConflictDoNothing();
    }
  });
}

/**
 * Links each demo finding that has no evidence yet to the technical partner's coded passages it
 * names (a theme by its default key, and words of the quote): one read of the codings, one insert.
 */
async function seedFindingEvidence(db: Database, territoryId: string, args: { findings: DemoFinding[]; coderEmail: string }): Promise<void> {
  const [coder] = await db.select({ id: user.id }).from(user).where(eq(user.email, args.coderEmail));
  if (!coder) return;
  const findings = await db
    .select({ id: finding.id, statement: finding.statement })
    .from(finding)
    .where(
      and(
        eq(finding.territoryId, territoryId),
        inArray(
          finding.statement,
          args.findings.map((f) => f.statement),
        ),
        notExists(db.select({ one: sql`1` }).from(findingEvidence).where(eq(findingEvidence.findingId, finding.id))),
      ),
    );
  if (!findings.length) return;
  const passages = await db
    .select({ id: coding.id, key: theme.defaultKey, quote: coding.quote })
    .from(coding)
    .innerJoin(theme, eq(theme.id, coding.themeId))
    .innerJoin(interview, eq(interview.id, coding.interviewId))
    .where(and(eq(coding.territoryId, territoryId), eq(coding.coderUserId, coder.id)))
    .orderBy(asc(interview.conductedOn), asc(coding.start));
  const idOf = new Map(findings.map((f) => [f.statement, f.id]));
  const links: { findingId: string; codingId: string }[] = [];
  for (const demo of args.findings) {
    const findingId = idOf.get(demo.statement);
    if (!findingId) continue;
    const chosen = new Set<string>();
    for (const e of demo.evidence) {
      const words = e.words.toLowerCase();
      const passage = passages.find((p) => p.key === e.theme && !chosen.has(p.id) && p.quote.toLowerCase().includes(words));
      if (passage) chosen.add(passage.id);
    }
    for (const codingId of chosen) links.push({ findingId, codingId });
  }
  if (links.length) await db.insert(findingEvidence).values(links).onConflictDoNothing();
}

/**
 * Invented interviews with their participants and transcripts, each added only if missing (same
 * date and notes), in one transaction of batch inserts. Returns the ids of the interviews added
 * now, by their index in the territory's list.
 */
async function seedInterviews(db: Database, territoryId: string, demos: DemoInterview[]): Promise<Map<number, string>> {
  const added = new Map<number, string>();
  if (!demos.length) return added;
  await db.transaction(async (tx) => {
    const key = (conductedOn: string, notes: string) => `${conductedOn}\n${notes}`;
    const existing = await tx.select({ conductedOn: interview.conductedOn, notes: interview.notes }).from(interview).where(eq(interview.territoryId, territoryId));
    const have = new Set(existing.map((i) => key(i.conductedOn, i.notes)));
    const interviewers = await tx
      .select({ id: user.id, email: user.email })
      .from(user)
      .where(inArray(user.email, [...new Set(demos.map((d) => d.interviewerEmail))]));
    const people = await tx
      .select({ id: participant.id, pseudonym: participant.pseudonym })
      .from(participant)
      .where(and(eq(participant.territoryId, territoryId), inArray(participant.pseudonym, [...new Set(demos.flatMap((d) => d.participants))])));
    const userOf = new Map(interviewers.map((u) => [u.email, u.id]));
    const personOf = new Map(people.map((p) => [p.pseudonym, p.id]));
    const missing = demos
      .map((demo, index) => ({ demo, index, interviewerId: userOf.get(demo.interviewerEmail) }))
      .filter(({ demo, interviewerId }) => !have.has(key(demo.conductedOn, demo.notes)) && interviewerId && demo.participants.every((p) => personOf.has(p)));
    if (!missing.length) return;
    const rows = await tx
      .insert(interview)
      .values(
        missing.map(({ demo, interviewerId }) => ({
          territoryId,
          conductedOn: demo.conductedOn,
          interviewerUserId: interviewerId!,
          language: demo.language,
          notes: demo.notes,
          createdByUserId: interviewerId!,
        })),
      )
      .returning({ id: interview.id, conductedOn: interview.conductedOn, notes: interview.notes });
    const idOf = new Map(rows.map((r) => [key(r.conductedOn, r.notes), r.id]));
    for (const { demo, index } of missing) added.set(index, idOf.get(key(demo.conductedOn, demo.notes))!);
    await tx
      .insert(interviewParticipant)
      .values(missing.flatMap(({ demo, index }) => demo.participants.map((p) => ({ interviewId: added.get(index)!, participantId: personOf.get(p)! }))));
    await tx
      .insert(transcript)
      .values(missing.map(({ demo, index, interviewerId }) => ({ interviewId: added.get(index)!, territoryId, text: normaliseTranscript(demo.transcript), updatedByUserId: interviewerId! })));
  });
  return added;
}

/** Invented desk research and participants with consent; each added only if missing, in batches. */
async function seedNeedsReview(db: Database, territoryId: string, review: (typeof DEMO_NEEDS_REVIEW)[string]): Promise<void> {
  const sources = await db.select({ title: deskSource.title }).from(deskSource).where(eq(deskSource.territoryId, territoryId));
  const titles = new Set(sources.map((s) => s.title));
  const newSources = review.sources.filter((s) => !titles.has(s.title));
  if (newSources.length) await db.insert(deskSource).values(newSources.map((s) => ({ territoryId, ...s })));
  // One transaction: a participant is never left without her identity or consent.
  await db.transaction(async (tx) => {
    const created = await tx
      .insert(participant)
      .values(review.participants.map(({ identity: _identity, consent: _consent, ...attributes }) => ({ territoryId, ...attributes })))
      .onConflictDoNothing()
      .returning({ id: participant.id, pseudonym: participant.pseudonym });
    if (!created.length) return; // all there from an earlier start
    const demoOf = new Map(review.participants.map((p) => [p.pseudonym, p]));
    const identities = created.flatMap((c) => {
      const identity = demoOf.get(c.pseudonym)?.identity;
      return identity ? [{ participantId: c.id, ...identity }] : [];
    });
    if (identities.length) await tx.insert(participantIdentity).values(identities);
    await tx.insert(consent).values(created.map((c) => ({ participantId: c.id, ...demoOf.get(c.pseudonym)!.consent })));
  });
}
