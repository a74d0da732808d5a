// A person's own training page and the programme's training page, through the real routes: the
// trainee sees her cohorts, sessions and marks and nobody else's; the programme admin sees every
// territory's cohorts, the Training of Trainers cascade and the key results, with no trainee named.
import { beforeAll, describe, expect, it } from "vitest";
import { signedInClient, startApp, TestClient } from "../support/app";
import { decode, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

describe("my training", () => {
  it("answers 302 to a visitor, 404 outside the territory, 403 to a coordinator (she has no training of her own here)", async () => {
    expect((await new TestClient(app).get("/en/t/offenbach/my-training")).status).toBe(302);
    const aylin = await signedInClient(app, "trainee.offenbach@eccipa.example");
    expect((await aylin.get("/en/t/ravenna/my-training")).status).toBe(404);
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    expect((await coordinator.get("/en/t/offenbach/my-training")).status).toBe(403);
  });

  it("shows the trainee her cohort, her past sessions with her marks, and no other trainee", async () => {
    const aylin = await signedInClient(app, "trainee.offenbach@eccipa.example");
    const response = await aylin.get("/en/t/offenbach/my-training");
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain("Fortbildung interkulturelle Verwaltung 2021/22");
    expect(html).toContain("Auftakt: Migration im Kreis Offenbach");
    // The demo marks her excused once (session 7 of 8): 87.5 % attendance.
    expect(html).toContain(t("en", "training.mine.rate", { rate: "87.5%", threshold: "75%" }));
    expect(html).toContain(`– ${t("en", "training.statuses.excused")}`);
    for (const other of ["Katrin Becker", "Jan Zimmermann", "Francesca Romano"]) expect(html).not.toContain(other);
    expect(html).not.toContain("Train-the-Trainer ECCIPA");
  });

  it("shows a trainer trained in another territory's ToT both her ToT and the sessions she trains", async () => {
    const chiara = await signedInClient(app, "trainer.ravenna@eccipa.example");
    const html = decode(await (await chiara.get("/en/t/ravenna/my-training")).text());
    expect(html).toContain("Train-the-Trainer ECCIPA, Mai 2021");
    expect(html).toContain("Apertura: le migrazioni a Ravenna");
    expect(html).toContain(t("en", "training.mine.youTrain"));
    expect(html).not.toContain("Francesca Romano");
  });
});

describe("the programme's training", () => {
  it("is for programme admins only (403 for an expert, 403 for a coordinator, 302 for a visitor)", async () => {
    expect((await new TestClient(app).get("/en/p/eccipa/training")).status).toBe(302);
    expect((await (await signedInClient(app, "expert@eccipa.example")).get("/en/p/eccipa/training")).status).toBe(403);
    expect((await (await signedInClient(app, "coordinator.offenbach@eccipa.example")).get("/en/p/eccipa/training")).status).toBe(403);
  });

  it("shows the key results computed from the rows, the cascade with trainers' names and counts, and no trainee", async () => {
    const admin = await signedInClient(app, "admin@eccipa.example");
    const response = await admin.get("/en/p/eccipa/training");
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    // Three territories, each with a completed staff cohort.
    expect(html).toContain(t("en", "training.programme.ofTerritories", { done: "3", all: "3" }));
    // 13 + 12 + 12 trainees, two under the threshold in each territory: 31 trained; 3 trainers trained.
    const figure = (label: string) => html.slice(html.indexOf(`<dt>${label}</dt>`)).match(/<dd>([^<]*)<\/dd>/)?.[1];
    expect(figure(t("en", "training.programme.traineesTrained"))).toBe("31");
    expect(figure(t("en", "training.programme.trainersTrained"))).toBe("3");
    for (const trainer of ["Sabine Hoffmann", "Chiara Bellini", "Pablo Serrano"]) expect(html).toContain(trainer);
    expect(html).toContain("trains Percorso di formazione del personale 2021/22 (City of Ravenna): 12 trainees");
    expect(html).toContain("trains Fortbildung interkulturelle Verwaltung 2021/22 (County of Offenbach): 13 trainees");
    for (const trainee of ["Aylin Demir", "Katrin Becker", "Francesca Romano", "María López"]) expect(html).not.toContain(trainee);
  });
});
