// A Training Programme Toolkit for the tests of versions, inserted directly (the module pages are
// another part of the app): the programme's own Toolkit (the demo's, when the demo has one) gets
// two modules with competences of the programme, a link and an uploaded file, a need of Offenbach
// and a round-table contribution, whose wording must never reach a version.
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import {
  competence,
  finding,
  moduleCompetence,
  moduleContribution,
  moduleFinding,
  moduleMaterial,
  roundTable,
  roundTableContribution,
  territory,
  toolkit,
  trainingModule,
} from "~/db/schema";
import { findProgrammeToolkit } from "~/features/toolkit/toolkits.server";
import { createVersion, publishVersion } from "~/features/toolkit/versions/versions.server";
import { programmeIdOf } from "./toolkit";

export const TEST_MODULE = "Interkulturelle Kompetenz im Bürgerbüro – Übung";
export const TEST_MODULE_2 = "Diskriminierung erkennen und ihr begegnen";
export const TEST_COMPETENCES = [
  { key: "test-intercultural-competence", name: { en: "Intercultural competence (test)", de: "Interkulturelle Kompetenz (Test)" } },
  { key: "test-countering-discrimination", name: { en: "Countering discrimination (test)", it: "Contrastare la discriminazione (test)" } },
] as const;
export const TEST_LINK = { title: "Leitfaden für die Beratung", url: "https://example.org/leitfaden-beratung" };
export const TEST_FILE = { title: "Handreichung zum Modul", fileName: "handreichung-modul.pdf" };
export const SECRET_PROPOSAL = "Canary proposal of Offenbach's round table: train the registry office on visas.";

/** Competences with these keys in the programme (made if missing); their ids by key. */
export async function ensureCompetences(programmeId: string): Promise<Map<string, string>> {
  const db = getDb();
  await db
    .insert(competence)
    .values(TEST_COMPETENCES.map((c, position) => ({ programmeId, key: c.key, group: "skills" as const, name: c.name, position })))
    .onConflictDoNothing();
  const rows = await db.select({ id: competence.id, key: competence.key }).from(competence).where(eq(competence.programmeId, programmeId));
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** The ECCIPA programme's own Toolkit with the two test modules; returns its id. Idempotent. */
export async function ensureTestToolkit(): Promise<string> {
  const db = getDb();
  const programmeId = await programmeIdOf("eccipa");
  let [own] = await db
    .select({ id: toolkit.id })
    .from(toolkit)
    .where(and(eq(toolkit.programmeId, programmeId), isNull(toolkit.territoryId)))
    .orderBy(asc(toolkit.createdAt))
    .limit(1);
  own ??= (
    await db
      .insert(toolkit)
      .values({ programmeId, title: "Toolkit für Verwaltungsbeschäftigte (Test)", language: "de", introduction: "Ein erfundenes Toolkit für die Tests: Übungen für Ämter." })
      .returning({ id: toolkit.id })
  )[0];
  const [already] = await db.select({ id: trainingModule.id }).from(trainingModule).where(and(eq(trainingModule.toolkitId, own.id), eq(trainingModule.title, TEST_MODULE)));
  if (already) return own.id;

  const competences = await ensureCompetences(programmeId);
  const [m1, m2] = await db
    .insert(trainingModule)
    .values([
      {
        toolkitId: own.id,
        title: TEST_MODULE,
        summary: "Grundlagen für Gespräche über Sprachgrenzen hinweg.",
        learningOutcomes: ["Die Teilnehmenden erklären, wann eine Dolmetscherin nötig ist."],
        methods: ["face_to_face", "role_play"],
        durationMinutes: 240,
        trainerNotes: "Mit einer erfundenen Fallgeschichte beginnen; Rollen tauschen.",
        position: 1000,
      },
      { toolkitId: own.id, title: TEST_MODULE_2, methods: ["e_learning"], durationMinutes: 90, position: 1001 },
    ])
    .returning({ id: trainingModule.id });
  await db.insert(moduleCompetence).values([
    { moduleId: m1.id, competenceId: competences.get(TEST_COMPETENCES[0].key)! },
    { moduleId: m2.id, competenceId: competences.get(TEST_COMPETENCES[1].key)! },
  ]);
  await db.insert(moduleMaterial).values([
    { moduleId: m1.id, ...TEST_LINK },
    { moduleId: m1.id, title: TEST_FILE.title, fileName: TEST_FILE.fileName, mediaType: "application/pdf", size: 4, content: new Uint8Array([37, 80, 68, 70]) },
  ]);
  const [offenbach] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, "offenbach"));
  const needs = await db.select({ id: finding.id }).from(finding).where(and(eq(finding.territoryId, offenbach.id), eq(finding.kind, "need"))).limit(2);
  if (needs.length) await db.insert(moduleFinding).values(needs.map((n) => ({ moduleId: m1.id, findingId: n.id })));
  const [table] = await db.insert(roundTable).values({ territoryId: offenbach.id, theme: "Erfundener Runder Tisch (Test)", heldOn: "2021-09-15" }).returning({ id: roundTable.id });
  const [proposal] = await db.insert(roundTableContribution).values({ roundTableId: table.id, proposal: SECRET_PROPOSAL }).returning({ id: roundTableContribution.id });
  await db.insert(moduleContribution).values({ moduleId: m1.id, contributionId: proposal.id });
  return own.id;
}

/**
 * A published version of the programme's own Toolkit (the one every demo territory works with
 * until it copies one), made if missing; its id. For the route matrix's :versionId.
 */
export async function publishedProgrammeVersion(): Promise<string> {
  const db = getDb();
  const programmeId = await programmeIdOf("eccipa");
  if (!(await findProgrammeToolkit(db, { programmeId }))) await ensureTestToolkit();
  const shared = (await findProgrammeToolkit(db, { programmeId }))!;
  const version = await createVersion(db, { actor: null, territory: null, toolkit: shared, note: "" });
  await publishVersion(db, { actor: null, territory: null, toolkit: shared, versionId: version.id });
  return version.id;
}
