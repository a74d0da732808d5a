// Tracing through the Toolkit: a module back to the needs and the interviews behind them (links
// into the Needs Review for the reader's own territory only; other territories' needs as statement
// and territory), every validated need forward to its modules, and the finding page's list.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { trainingModule } from "~/db/schema";
import { DEMO_FINDINGS } from "~/demo/demo-findings";
import { DEMO_MODULES } from "~/demo/demo-toolkit";
import { startApp, signedInClient } from "../support/app";
import { decode, t } from "../support/pages";
import { demoFinding, evidenceInterviewIds } from "../support/toolkit";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

/** "Working with interpreters and intercultural mediators": Offenbach 1, Ravenna 3, Cartagena 0. */
const MEDIATORS = DEMO_MODULES[1];

describe("Toolkit trace back and forward", () => {
  let moduleId: string;
  let offenbachNeed: { id: string; statement: string };
  let ravennaNeed: { id: string; statement: string };
  let offenbachInterviews: string[];
  let ravennaInterviews: string[];

  beforeAll(async () => {
    const [row] = await getDb().select({ id: trainingModule.id }).from(trainingModule).where(eq(trainingModule.title, MEDIATORS.title));
    moduleId = row.id;
    offenbachNeed = await demoFinding("offenbach", 1);
    ravennaNeed = await demoFinding("ravenna", 3);
    offenbachInterviews = await evidenceInterviewIds(offenbachNeed.id);
    ravennaInterviews = await evidenceInterviewIds(ravennaNeed.id);
    expect(offenbachInterviews.length).toBeGreaterThan(0);
    expect(ravennaInterviews.length).toBeGreaterThan(0);
  });

  it("shows Offenbach's coordinator links to Offenbach's finding and interviews, and Ravenna's need as statement and territory only", async () => {
    const client = await signedIn("coordinator.offenbach@eccipa.example");
    const response = await client.get(`/en/t/offenbach/toolkit/modules/${moduleId}`);
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    // Offenbach's finding was amended by its focus group: the wording that stands is shown.
    const amended = DEMO_FINDINGS.offenbach.focusGroup.outcomes.find((o) => o.finding === 1)!.amendedStatement!;
    expect(html).toContain(amended);
    expect(html).toContain(`/en/t/offenbach/needs-review/findings/${offenbachNeed.id}`);
    for (const id of offenbachInterviews) expect(html).toContain(`/en/t/offenbach/needs-review/interviews/${id}`);
    expect(html).toContain(ravennaNeed.statement);
    expect(html).toContain("City of Ravenna");
    expect(html).not.toContain(ravennaNeed.id);
    for (const id of ravennaInterviews) expect(html).not.toContain(id);
    expect(html).not.toContain("/t/ravenna/");
  });

  it("shows Ravenna's coordinator the same module with Ravenna's links and none of Offenbach's interviews", async () => {
    const client = await signedIn("coordinator.ravenna@eccipa.example");
    const html = decode(await (await client.get(`/it/t/ravenna/toolkit/modules/${moduleId}`)).text());
    expect(html).toContain(`/it/t/ravenna/needs-review/findings/${ravennaNeed.id}`);
    for (const id of ravennaInterviews) expect(html).toContain(`/it/t/ravenna/needs-review/interviews/${id}`);
    expect(html).toContain("Distretto di Offenbach");
    expect(html).not.toContain(offenbachNeed.id);
    for (const id of offenbachInterviews) expect(html).not.toContain(id);
    expect(html).not.toContain("/t/offenbach/");
    expect(html).toContain(t("it", "toolkit.traceBack"));
  });

  it("gives a trainer (no Needs Review access) no links into the Needs Review at all", async () => {
    const client = await signedIn("trainer.offenbach@eccipa.example");
    const html = decode(await (await client.get(`/en/t/offenbach/toolkit/modules/${moduleId}`)).text());
    expect(html).toContain("An den Schaltern fehlt ein verlässlicher Dolmetscherdienst");
    expect(html).not.toContain("/needs-review/");
    for (const id of offenbachInterviews) expect(html).not.toContain(id);
  });

  it("lists every validated need with the modules addressing it, and the needs no module addresses", async () => {
    const client = await signedIn("coordinator.offenbach@eccipa.example");
    const response = await client.get("/en/t/offenbach/toolkit/needs");
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    const unaddressedAt = html.indexOf('id="needs-unaddressed"');
    expect(unaddressedAt).toBeGreaterThan(0);
    const addressed = html.slice(0, unaddressedAt);
    const unaddressed = html.slice(unaddressedAt);
    // Addressed: Ravenna's need, by statement and territory, links to the module (not to Ravenna's Needs Review, nor by id).
    const item = addressed.slice(addressed.lastIndexOf("<li", addressed.indexOf(ravennaNeed.statement)));
    expect(item.slice(0, item.indexOf("</li>"))).toContain(`/en/t/offenbach/toolkit/modules/${moduleId}`);
    expect(item.slice(0, item.indexOf("</li>"))).toContain("City of Ravenna");
    expect(html).not.toContain(ravennaNeed.id);
    expect(addressed).toContain(`id="need-${offenbachNeed.id}"`);
    // Offenbach's first finding (a confirmed strength) no demo module addresses.
    const strength = await demoFinding("offenbach", 0);
    expect(unaddressed).toContain(`id="need-${strength.id}"`);
    expect(unaddressed).toContain(`/en/t/offenbach/needs-review/findings/${strength.id}`);
    // Rejected findings are no needs: not listed at all.
    const rejected = await demoFinding("offenbach", 8);
    expect(html).not.toContain(rejected.id);
    // The Toolkit page counts the same.
    const index = decode(await (await client.get("/en/t/offenbach/toolkit")).text());
    expect(index).toContain(t("en", "toolkit.needsAddressed"));
    for (const m of DEMO_MODULES) expect(index).toContain(m.title);
  });

  it("lists the modules addressing a validated finding on the finding's page", async () => {
    const client = await signedIn("coordinator.offenbach@eccipa.example");
    const html = decode(await (await client.get(`/en/t/offenbach/needs-review/findings/${offenbachNeed.id}`)).text());
    // (The catalog travels with the page, so the section is found by its id, not its heading text.)
    expect(html).toContain('id="addressed-by-heading"');
    expect(html).toContain(`/en/t/offenbach/toolkit/modules/${moduleId}`);
    const rejected = await demoFinding("offenbach", 8);
    const rejectedPage = decode(await (await client.get(`/en/t/offenbach/needs-review/findings/${rejected.id}`)).text());
    expect(rejectedPage).not.toContain('id="addressed-by-heading"');
    // A validated finding no module addresses says so.
    const strength = await demoFinding("offenbach", 0);
    const lonely = decode(await (await client.get(`/en/t/offenbach/needs-review/findings/${strength.id}`)).text());
    expect(lonely).toContain('id="addressed-by-heading"');
    expect(lonely).not.toContain("/toolkit/modules/");
  });
});
