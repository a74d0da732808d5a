// All key results of issue 4 on the programme's training page, computed from the rows: the
// Toolkit delivered (a published version of the programme's Toolkit), the Training Programme
// delivered, trainees trained, trainees certified (certificates in force) and trainers trained.
import { and, count, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { certificate, territory, toolkit, toolkitVersion } from "~/db/schema";
import { signedInClient, startApp, TestClient } from "../support/app";
import { decode, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

const PAGE = "/en/p/eccipa/training";

async function figures() {
  const admin = await signedInClient(app, "admin@eccipa.example");
  const response = await admin.get(PAGE);
  expect(response.status).toBe(200);
  const html = decode(await response.text());
  const figure = (label: string) => html.slice(html.indexOf(`<dt>${label}</dt>`)).match(/<dd>([^<]*)<\/dd>/)?.[1];
  return {
    html,
    toolkit: figure(t("en", "keyResults.toolkitDelivered")),
    delivered: figure(t("en", "training.programme.delivered")),
    trained: figure(t("en", "training.programme.traineesTrained")),
    certified: figure(t("en", "keyResults.traineesCertified")),
    trainers: figure(t("en", "training.programme.trainersTrained")),
  };
}

/** The demo database holds the one programme: every certificate not revoked is in force in it. */
const certificatesInForce = async () => (await getDb().select({ n: count() }).from(certificate).where(isNull(certificate.revokedAt)))[0].n;

describe("key results on the programme's training page", () => {
  it("is for programme admins only (302 visitor, 403 expert)", async () => {
    expect((await new TestClient(app).get(PAGE)).status).toBe(302);
    expect((await (await signedInClient(app, "expert@eccipa.example")).get(PAGE)).status).toBe(403);
  });

  it("shows all five, computed from the demo's rows", async () => {
    const f = await figures();
    expect(f.toolkit).toBe(t("en", "keyResults.toolkitYes_one", { formatted: "1" }));
    expect(f.delivered).toBe(t("en", "training.programme.ofTerritories", { done: "3", all: "3" }));
    expect(f.trained).toBe("31");
    expect(f.trainers).toBe("3");
    const inForce = await certificatesInForce();
    expect(inForce).toBeGreaterThan(0);
    expect(f.certified).toBe(String(inForce));
  });

  it("follows the rows: a revoked certificate is no longer counted; an unpublished Toolkit is not delivered", async () => {
    const before = Number((await figures()).certified);
    const [held] = await getDb()
      .select({ id: certificate.id })
      .from(certificate)
      .innerJoin(territory, eq(territory.id, certificate.territoryId))
      .where(and(eq(territory.slug, "offenbach"), isNull(certificate.revokedAt)))
      .limit(1);
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    const revoked = await coordinator.post(`/en/t/offenbach/certificates/${held.id}`, { intent: "revoke", reason: "Test: issued by mistake.", "confirm[]": "yes" });
    expect(revoked.status).toBe(200);
    expect((await figures()).certified).toBe(String(before - 1));

    // Unpublish every version of the programme's Toolkit (no route does this; the figure must follow the rows).
    const [kit] = await getDb().select({ id: toolkit.id }).from(toolkit).where(isNull(toolkit.territoryId));
    await getDb().update(toolkitVersion).set({ publishedAt: null }).where(eq(toolkitVersion.toolkitId, kit.id));
    expect((await figures()).toolkit).toBe(t("en", "keyResults.toolkitNo"));
  });
});
