// The audit log: one row per mutation (and per read of personal data), written in the same
// transaction as the change; append-only in the database; read per territory by coordinators
// and in full by the programme admin.
import { and, count, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, invitation, organisation, territory, user } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { decode, errorMessages, latestEmailTo, linkPath } from "../support/pages";
import { deliveredEmailTo } from "../support/server-mail";

let app: Awaited<ReturnType<typeof startApp>>;
let admin: TestClient;
let offenbach: TestClient;
let ravenna: TestClient;

const signedIn = (email: string) => signedInClient(app, email);

beforeAll(async () => {
  delete process.env.SMTP_URL;
  app = await startApp();
  admin = await signedIn("admin@eccipa.example");
  offenbach = await signedIn("coordinator.offenbach@eccipa.example");
  ravenna = await signedIn("coordinator.ravenna@eccipa.example");
});

async function territoryId(slug: string): Promise<string> {
  const [row] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  return row.id;
}

async function userId(email: string): Promise<string> {
  const [row] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, email));
  return row.id;
}

async function entries(action: string, objectId?: string) {
  return getDb()
    .select()
    .from(auditLog)
    .where(objectId ? and(eq(auditLog.action, action), eq(auditLog.objectId, objectId)) : eq(auditLog.action, action))
    .orderBy(desc(auditLog.id));
}

async function auditCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(auditLog);
  return n;
}

describe("audit rows for every mutation", () => {
  it("writes nothing for a refused (403) or invalid (400) request", async () => {
    const before = await auditCount();
    expect((await admin.post("/en/p/eccipa/territories/new", { name: "", countryCode: "??" })).status).toBe(400);
    expect((await offenbach.post("/en/p/eccipa/territories/new", { name_de: "City of Nope", countryCode: "DE", "languages[]": "de" })).status).toBe(403);
    expect((await admin.post("/en/p/eccipa/organisations", { name: "Forged", kind: "ngo", countryCode: "DE", territoryId: "00000000-0000-4000-8000-000000000000" })).status).toBe(400);
    expect(await auditCount()).toBe(before);
  });

  it("territory.create (302), with the admin as actor and the new territory as object", async () => {
    const response = await admin.post("/en/p/eccipa/territories/new", { name_en: "City of Tampere", countryCode: "FI", "languages[]": "en" });
    expect(response.status).toBe(302);
    const id = await territoryId("city-of-tampere");
    const [row] = await entries("territory.create", id);
    expect(row).toMatchObject({
      actorUserId: await userId("admin@eccipa.example"),
      territoryId: id,
      objectType: "territory",
      details: { name: "City of Tampere" },
    });
  });

  it("organisation.create (200)", async () => {
    const response = await admin.post("/en/p/eccipa/organisations", { name: "Diakonie Offenbach", kind: "ngo", countryCode: "DE", territoryId: await territoryId("offenbach") });
    expect(response.status).toBe(200);
    const [created] = await getDb().select().from(organisation).where(eq(organisation.name, "Diakonie Offenbach"));
    const [row] = await entries("organisation.create", created.id);
    expect(row).toMatchObject({ territoryId: created.territoryId, objectType: "organisation", actorUserId: await userId("admin@eccipa.example") });
  });

  it("members.read on every view of a member list (200)", async () => {
    const before = (await entries("members.read")).length;
    expect((await offenbach.get("/en/t/offenbach/members")).status).toBe(200);
    expect((await admin.get("/en/p/eccipa/members")).status).toBe(200);
    const rows = await entries("members.read");
    expect(rows.length).toBe(before + 2);
    expect(rows[1]).toMatchObject({ actorUserId: await userId("coordinator.offenbach@eccipa.example"), territoryId: await territoryId("offenbach") });
    expect(rows[0]).toMatchObject({ actorUserId: await userId("admin@eccipa.example"), territoryId: null, objectType: "programme" });
  });

  it("invitation.create, invitation.accept and invitation.revoke", async () => {
    const invite = (name: string, email: string) => ({ intent: "invite", name, email, role: "trainer", organisationId: "", language: "en" });
    expect((await offenbach.post("/en/t/offenbach/members", invite("Anna Auditor", "anna.auditor@example.org"))).status).toBe(200);
    expect((await offenbach.post("/en/t/offenbach/members", invite("Rolf Revoked", "rolf.revoked@example.org"))).status).toBe(200);
    const [anna] = await getDb().select().from(invitation).where(eq(invitation.email, "anna.auditor@example.org"));
    const [rolf] = await getDb().select().from(invitation).where(eq(invitation.email, "rolf.revoked@example.org"));
    const jonas = await userId("coordinator.offenbach@eccipa.example");
    const offenbachId = await territoryId("offenbach");
    expect((await entries("invitation.create", anna.id))[0]).toMatchObject({ actorUserId: jonas, territoryId: offenbachId, details: { role: "trainer" } });

    const link = linkPath(deliveredEmailTo("anna.auditor@example.org")!.body);
    const token = new URL(link, "http://x").searchParams.get("token")!;
    const accepted = await new TestClient(app).post(link, { token, name: "Anna Auditor", password: "anna-password-2026", confirmPassword: "anna-password-2026" });
    expect(accepted.status).toBe(302);
    const annaUser = await userId("anna.auditor@example.org");
    expect((await entries("invitation.accept", anna.id))[0]).toMatchObject({ actorUserId: annaUser, territoryId: offenbachId });

    expect((await offenbach.post("/en/t/offenbach/members", { intent: "revoke", invitationId: rolf.id })).status).toBe(200);
    expect((await entries("invitation.revoke", rolf.id))[0]).toMatchObject({ actorUserId: jonas, territoryId: offenbachId });
  });

});

describe("audit entry and change in one transaction", () => {
  // A trigger makes the audit insert fail for one action: the change it records must not land.
  async function failAuditFor(action: string, run: () => Promise<void>) {
    const db = getDb();
    await db.execute(sql.raw(`CREATE FUNCTION test_fail_audit() RETURNS trigger AS $$ BEGIN IF NEW.action = '${action}' THEN RAISE EXCEPTION 'audit insert refused by test'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql`));
    await db.execute(sql.raw("CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_fail_audit()"));
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {}); // the expected server error
    try {
      await run();
    } finally {
      quiet.mockRestore();
      await db.execute(sql.raw("DROP TRIGGER test_fail_audit ON audit_log"));
      await db.execute(sql.raw("DROP FUNCTION test_fail_audit()"));
    }
  }

  it("creates no territory when its audit entry cannot be written (500, nothing saved)", async () => {
    await failAuditFor("territory.create", async () => {
      const response = await admin.post("/en/p/eccipa/territories/new", { name_de: "City of Ghosts", countryCode: "DE", "languages[]": "de" });
      expect(response.status).toBe(500);
    });
    expect(await getDb().select().from(territory).where(eq(territory.name, "City of Ghosts"))).toEqual([]);
  });

  it("creates no organisation and no invitation (and sends no email) when the audit entry fails", async () => {
    await failAuditFor("organisation.create", async () => {
      const response = await admin.post("/en/p/eccipa/organisations", { name: "Ghost NGO", kind: "ngo", countryCode: "DE" });
      expect(response.status).toBe(500);
    });
    expect(await getDb().select().from(organisation).where(eq(organisation.name, "Ghost NGO"))).toEqual([]);

    await failAuditFor("invitation.create", async () => {
      const response = await offenbach.post("/en/t/offenbach/members", { intent: "invite", name: "Ghost Person", email: "ghost@example.org", role: "trainer", organisationId: "", language: "en" });
      expect(response.status).toBe(500);
    });
    expect(await getDb().select().from(invitation).where(eq(invitation.email, "ghost@example.org"))).toEqual([]);
    expect(await latestEmailTo("ghost@example.org")).toBeUndefined();
  });
});

describe("the audit log is append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE through the application's own database handle", async () => {
    const db = getDb();
    const before = await auditCount();
    expect(before).toBeGreaterThan(0);
    const attempts: [string, () => Promise<unknown>][] = [
      ["UPDATE", () => db.update(auditLog).set({ action: "tampered" })],
      ["UPDATE one row", () => db.update(auditLog).set({ actorUserId: null }).where(eq(auditLog.action, "territory.create"))],
      ["DELETE", () => db.delete(auditLog)],
      ["TRUNCATE", () => db.execute(sql`TRUNCATE audit_log`)],
      ["TRUNCATE in a transaction", () => db.transaction(async (tx) => tx.execute(sql`TRUNCATE TABLE audit_log CASCADE`))],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `${name} should fail`).toBeDefined();
      expect(errorMessages(error), name).toMatch(/append-only/);
    }
    expect(await auditCount()).toBe(before);
    expect(await entries("tampered")).toEqual([]);
  });
});

describe("who reads the audit log", () => {
  beforeAll(async () => {
    // Give both territories entries of their own.
    expect((await offenbach.get("/en/t/offenbach/members")).status).toBe(200);
    expect((await ravenna.get("/en/t/ravenna/members")).status).toBe(200);
  });

  it("refuses a visitor (302), members without the audit role (403) and other territories' coordinators (404)", async () => {
    expect((await new TestClient(app).get("/en/t/offenbach/audit")).status).toBe(302);
    for (const email of ["trainee.offenbach@eccipa.example", "partner.offenbach@eccipa.example"]) {
      expect((await (await signedIn(email)).get("/en/t/offenbach/audit")).status, email).toBe(403);
    }
    expect((await ravenna.get("/en/t/offenbach/audit")).status).toBe(404);
    expect((await offenbach.get("/en/t/ravenna/audit")).status).toBe(404);
    expect((await offenbach.get("/en/p/eccipa/audit")).status).toBe(403);
  });

  it("shows a coordinator her territory's entries only", async () => {
    const response = await offenbach.get("/en/t/offenbach/audit");
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain("Jonas Weber");
    expect(html).toContain("<code>members.read</code>");
    expect(html).not.toContain("Giulia Rinaldi"); // Ravenna's coordinator

    const own = decode(await (await ravenna.get("/en/t/ravenna/audit")).text());
    expect(own).toContain("Giulia Rinaldi");
    expect(own).not.toContain("Jonas Weber");
  });

  it("shows the programme admin every territory's entries", async () => {
    const response = await admin.get("/en/p/eccipa/audit");
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    for (const text of ["Jonas Weber", "Giulia Rinaldi", "County of Offenbach", "City of Ravenna", "<code>territory.create</code>", "<code>invitation.revoke</code>"]) {
      expect(html).toContain(text);
    }
  });
});
