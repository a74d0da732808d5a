// Every page of issue 4 is reachable by clicking: the cohort page leads to its insights and
// certificates, "my training" to her self-assessments, progress, feedback and certificates, the
// Toolkit to its versions, co-design to the Toolkit and the competence framework, training to the
// calendar. Every link a role is shown answers 200 for that role (never 403 or 404). And the demo
// Toolkit's modules are traced to the round-table contributions they answer.
import { and, count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { moduleContribution, programme, toolkit, trainingModule } from "~/db/schema";
import { DEMO_MODULE_CONTRIBUTIONS, seedDemoModuleContributions } from "~/demo/demo-module-contributions";
import { DEMO_MODULES } from "~/demo/demo-toolkit";
import { type TestClient, signedInClient, startApp } from "../support/app";
import { decode, t } from "../support/pages";
import { cohortOf, sessionsOf } from "../support/training";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

/** The app's own links inside territories and programmes (no shell's other languages, no fragments or queries). */
function appLinks(html: string): string[] {
  const links = [...html.matchAll(/href="(\/en\/[tp]\/[^"?#]+)/g)].map((m) => m[1]);
  return [...new Set(links)];
}

/** Follows every such link on the page as that person: none may answer anything but 200. */
async function expectAllOpen(client: TestClient, html: string) {
  const answers = await Promise.all(appLinks(html).map(async (link) => `${link} ${(await client.get(link)).status}`));
  expect(answers.filter((a) => !a.endsWith(" 200"))).toEqual([]);
}

async function page(client: TestClient, path: string) {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return decode(await response.text());
}

describe("the cohort page", () => {
  it("links the coordinator to its insights and certificates, and every link opens", async () => {
    const cohortId = await cohortOf("offenbach");
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const html = await page(coordinator, `/en/t/offenbach/training/cohorts/${cohortId}`);
    expect(html).toContain(`href="/en/t/offenbach/training/cohorts/${cohortId}/insights"`);
    expect(html).toContain(`href="/en/t/offenbach/training/cohorts/${cohortId}/certificates"`);
    expect(html).toContain(t("en", "crossLinks.cohortInsights"));
    await expectAllOpen(coordinator, html);
  });

  it("shows a technical partner the insights but not the certificates, and a trainer neither (they would answer 403)", async () => {
    const cohortId = await cohortOf("offenbach");
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const forPartner = await page(partner, `/en/t/offenbach/training/cohorts/${cohortId}`);
    expect(forPartner).toContain(`/training/cohorts/${cohortId}/insights"`);
    expect(forPartner).not.toContain(`/training/cohorts/${cohortId}/certificates"`);
    await expectAllOpen(partner, forPartner);
    const trainer = await signedIn("trainer.offenbach@eccipa.example");
    const forTrainer = await page(trainer, `/en/t/offenbach/training/cohorts/${cohortId}`);
    expect(forTrainer).not.toContain(`/training/cohorts/${cohortId}/insights"`);
    expect(forTrainer).not.toContain(`/training/cohorts/${cohortId}/certificates"`);
    await expectAllOpen(trainer, forTrainer);
  });
});

describe("my training", () => {
  it("links the trainee to her open self-assessment, her progress, feedback on past sessions and her certificates; all open", async () => {
    const aylin = await signedIn("trainee.offenbach@eccipa.example");
    const html = await page(aylin, "/en/t/offenbach/my-training");
    const enrolment = html.match(/\/en\/t\/offenbach\/my-training\/progress\/([0-9a-f-]{36})"/)?.[1];
    expect(enrolment).toBeDefined();
    // The demo cohort ended in 2022: the "after" self-assessment stays open, the "before" one is closed.
    expect(html).toContain(`href="/en/t/offenbach/my-training/assessments/${enrolment}/post"`);
    expect(html).not.toContain(`/assessments/${enrolment}/pre"`);
    expect(html).toContain(t("en", "crossLinks.selfAssessment", { phase: t("en", "assessments.phases.post") }));
    expect(html).toContain('href="/en/t/offenbach/my-training/certificates"');
    for (const session of await sessionsOf(await cohortOf("offenbach"))) {
      expect(html).toContain(`href="/en/t/offenbach/my-training/sessions/${session.id}/feedback"`);
    }
    await expectAllOpen(aylin, html);
  });

  it("is linked from the territory home for those taking part in training, not for the programme admin who oversees it", async () => {
    const link = 'href="/en/t/offenbach/my-training"';
    expect(await page(await signedIn("trainee.offenbach@eccipa.example"), "/en/t/offenbach")).toContain(link);
    expect(await page(await signedIn("trainer.offenbach@eccipa.example"), "/en/t/offenbach")).toContain(link);
    expect(await page(await signedIn("admin@eccipa.example"), "/en/t/offenbach")).not.toContain(link);
  });

  it("gives a trainer no links into another territory's Training of Trainers, where she is no member; hers all open", async () => {
    const chiara = await signedIn("trainer.ravenna@eccipa.example");
    const html = await page(chiara, "/en/t/ravenna/my-training");
    expect(html).toContain("Train-the-Trainer ECCIPA");
    expect(html).not.toContain("/en/t/offenbach/my-training");
    // The sessions she trains are not hers to rate.
    expect(html).not.toMatch(/\/sessions\/[0-9a-f-]{36}\/feedback"/);
    await expectAllOpen(chiara, html);
  });
});

describe("Toolkit, co-design and training overviews", () => {
  it("link the Toolkit to its versions, co-design to the Toolkit and the framework, training to its calendar; all open", async () => {
    for (const email of ["coordinator.offenbach@eccipa.example", "trainer.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      const toolkitPage = await page(client, "/en/t/offenbach/toolkit");
      expect(toolkitPage).toContain('href="/en/t/offenbach/toolkit/versions"');
      const coDesign = await page(client, "/en/t/offenbach/co-design");
      expect(coDesign).toContain('href="/en/t/offenbach/toolkit"');
      expect(coDesign).toContain('href="/en/t/offenbach/competences"');
      const training = await page(client, "/en/t/offenbach/training");
      expect(training).toContain('href="/en/t/offenbach/training/calendar"');
      for (const html of [toolkitPage, coDesign, training]) await expectAllOpen(client, html);
    }
  });
});

describe("the demo Toolkit's modules and the round-table contributions they answer", () => {
  const demoModuleIds = async () => {
    const [prog] = await getDb().select({ id: programme.id }).from(programme).where(eq(programme.slug, "eccipa"));
    const rows = await getDb()
      .select({ id: trainingModule.id, title: trainingModule.title })
      .from(trainingModule)
      .innerJoin(toolkit, eq(toolkit.id, trainingModule.toolkitId))
      .where(and(eq(toolkit.programmeId, prog.id), inArray(trainingModule.title, DEMO_MODULES.map((m) => m.title))));
    return { programmeId: prog.id, ids: new Map(rows.map((r) => [r.title, r.id])) };
  };
  const links = async (ids: string[]) => (await getDb().select({ n: count() }).from(moduleContribution).where(inArray(moduleContribution.moduleId, ids)))[0].n;

  it("shows a module's contributions on its page (traced back to the round table)", async () => {
    const { ids } = await demoModuleIds();
    const plain = DEMO_MODULES[0].title;
    const html = await page(await signedIn("coordinator.ravenna@eccipa.example"), `/en/t/ravenna/toolkit/modules/${ids.get(plain)}`);
    for (const c of DEMO_MODULE_CONTRIBUTIONS[plain]) expect(html).toContain(c.proposal);
    expect(html).toContain(t("en", "toolkit.contributionFrom", { theme: "Interkulturelle Kommunikation am Schalter", territory: "County of Offenbach", date: "14 Jul 2021" }));
  });

  it("links every demo module, and seeding again adds nothing nor puts back a link removed in the app", async () => {
    const { programmeId, ids } = await demoModuleIds();
    const all = [...ids.values()];
    const expected = Object.values(DEMO_MODULE_CONTRIBUTIONS).reduce((n, list) => n + list.length, 0);
    expect(await links(all)).toBe(expected);
    await seedDemoModuleContributions(getDb(), { programmeId });
    expect(await links(all)).toBe(expected);
    await getDb().delete(moduleContribution).where(eq(moduleContribution.moduleId, ids.get(DEMO_MODULES[0].title)!));
    await seedDemoModuleContributions(getDb(), { programmeId });
    expect(await links(all)).toBe(expected - DEMO_MODULE_CONTRIBUTIONS[DEMO_MODULES[0].title].length);
  });
});
