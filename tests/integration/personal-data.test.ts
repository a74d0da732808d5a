// People's rights over their data (decision 024): her own data as JSON and as a page, erasure by
// a programme admin or by herself, refusals first (302, 404, 403, 400, 409), then 200, and after
// an erasure a search of every text column of every table for her name and email.
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createAccountWithPassword } from "~/auth/auth.server";
import { getDb } from "~/db/client.server";
import { account, certificate, enrolment, invitation, loginThrottle, programme, programmeMember, roundTable, roundTableParticipant, territory, territoryMember, user } from "~/db/schema";
import { createProgramme } from "~/features/programmes/programmes.server";
import { signedInClient, startApp, TestClient } from "../support/app";
import { auditSince, auditTextSince, lastAuditId } from "../support/audit";
import { decode, fieldError, inputValue, t } from "../support/pages";
import { territoryOf } from "../support/training";

let app: Awaited<ReturnType<typeof startApp>>;
let programmeSlug: string;
const COORDINATOR = "coordinator.offenbach@eccipa.example";
const ADMIN = "admin@eccipa.example";
const PASSWORD = "demo-password-2026";

type Holder = { userId: string; name: string; email: string; certificateId: string };

/** A demo trainee of the territory who holds a certificate in force, other than those in `not`. */
async function certificateHolder(slug: string, not: string[] = []): Promise<Holder> {
  const t = await territoryOf(slug);
  const rows = await getDb()
    .select({ userId: user.id, name: user.name, email: user.email, certificateId: certificate.id })
    .from(certificate)
    .innerJoin(enrolment, eq(enrolment.id, certificate.enrolmentId))
    .innerJoin(user, eq(user.id, enrolment.userId))
    .where(and(eq(certificate.territoryId, t.id), isNull(certificate.revokedAt)))
    .orderBy(user.email);
  const found = rows.find((r) => !not.includes(r.userId));
  if (!found) throw new Error(`no certificate holder in ${slug}`);
  return found;
}

/** Every text or JSON column of every table of the schema holding the value (case-insensitive), as "table.column". */
async function columnsHolding(value: string): Promise<string[]> {
  const db = getDb();
  const columns = (await db.execute(
    sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY') order by table_name, column_name`,
  )) as unknown as { rows: { table_name: string; column_name: string }[] };
  const found: string[] = [];
  for (const { table_name, column_name } of columns.rows) {
    const hit = (await db.execute(
      sql`select 1 from ${sql.identifier(table_name)} where strpos(lower(${sql.identifier(column_name)}::text), lower(${value})) > 0 limit 1`,
    )) as unknown as { rows: unknown[] };
    if (hit.rows.length) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

beforeAll(async () => {
  app = await startApp();
  const t = await territoryOf("offenbach");
  [{ slug: programmeSlug }] = await getDb().select({ slug: programme.slug }).from(programme).where(eq(programme.id, t.programmeId));
});

describe("her own data", () => {
  it("sends visitors to sign in (302)", async () => {
    const visitor = new TestClient(app);
    for (const path of ["/en/account/data", "/en/account/data.json", "/en/account/erase"]) {
      const response = await visitor.get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toContain("/en/sign-in");
    }
  });

  it("gives the coordinator everything about her as JSON, and nothing about anyone else; audited", async () => {
    const before = await lastAuditId();
    const coord = await signedInClient(app, COORDINATOR);
    expect((await coord.get("/en/account/data")).status).toBe(200); // audited: in the log before the download
    const response = await coord.get("/en/account/data.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="eccipa-personal-data-/);
    const text = await response.text();
    const data = JSON.parse(text) as { userId: string; sections: { table: string; rows: Record<string, unknown>[]; authored: Record<string, unknown>[] }[] };
    const section = (name: string) => data.sections.find((s) => s.table === name);
    const [me] = await getDb().select().from(user).where(eq(user.email, COORDINATOR));
    expect(data.userId).toBe(me.id);
    expect(section("user")?.rows).toEqual([expect.objectContaining({ id: me.id, email: COORDINATOR, name: me.name })]);
    expect(section("territory_member")?.rows).toEqual([expect.objectContaining({ user_id: me.id, role: "coordinator" })]);
    expect(section("session")?.rows.length).toBeGreaterThan(0);
    // What she authored (the demo's interviews she conducted), by id and dates only.
    const interviews = section("interview")?.authored ?? [];
    expect(interviews.length).toBeGreaterThan(0);
    expect(interviews[0]).toEqual(expect.objectContaining({ as: expect.arrayContaining(["interviewer_user_id"]), conducted_on: expect.any(String) }));
    expect(Object.keys(interviews[0])).not.toContain("notes");
    // Her actions in the audit log, and never a secret.
    expect(section("audit_log")?.rows).toEqual(expect.arrayContaining([expect.objectContaining({ action: "account.export", actor_user_id: me.id, details: { format: "page" } })]));
    for (const s of data.sections) for (const row of s.rows) for (const secret of ["password", "token", "token_hash", "access_token"]) expect(row, `${s.table}.${secret}`).not.toHaveProperty(secret);
    const [{ hash }] = await getDb().select({ hash: account.password }).from(account).where(eq(account.userId, me.id));
    expect(text).not.toContain(hash!);
    expect(section("account")?.rows[0]).not.toHaveProperty("password");
    // Isolation: no other person's email address or account.
    const others = await getDb().select({ email: user.email }).from(user);
    for (const { email } of others) if (email !== COORDINATOR) expect(text, email).not.toContain(email);
    const audited = await auditSince(before, "account.export");
    expect(audited).toEqual([
      expect.objectContaining({ actorUserId: me.id, objectId: me.id, details: { format: "page" } }),
      expect.objectContaining({ actorUserId: me.id, objectId: me.id, details: { format: "json" } }),
    ]);
  });

  it("gives a trainee her enrolments, attendance, self-assessments, feedback and certificates", async () => {
    const holder = await certificateHolder("offenbach");
    const [{ id: accountId }] = await getDb().select({ id: user.id }).from(user).where(eq(user.id, holder.userId));
    expect(accountId).toBe(holder.userId);
    // Demo trainees sign in with the demo password.
    const trainee = await signedInClient(app, holder.email);
    const data = JSON.parse(await (await trainee.get("/en/account/data.json")).text()) as { sections: { table: string; rows: Record<string, unknown>[] }[] };
    const tables = Object.fromEntries(data.sections.map((s) => [s.table, s.rows.length]));
    for (const table of ["enrolment", "attendance", "self_assessment", "self_assessment_rating", "certificate"]) expect(tables[table], table).toBeGreaterThan(0);
    const cert = data.sections.find((s) => s.table === "certificate")!.rows.find((r) => r.id === holder.certificateId);
    expect(cert).toEqual(expect.objectContaining({ recipient_name: holder.name }));
  });

  it("shows the same as a page in the page's language", async () => {
    const coord = await signedInClient(app, COORDINATOR);
    const response = await coord.get("/de/account/data");
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain(t("de", "personalData.title"));
    expect(html).toContain(t("de", "personalData.tables.user"));
    expect(html).toContain(t("de", "personalData.tables.territory_member"));
    expect(html).toContain(COORDINATOR);
    expect(html).toContain('href="/de/account/data.json"');
    // The account page links to it.
    expect(await (await coord.get("/de/account")).text()).toContain('href="/de/account/data"');
  });
});

describe("erasure by a programme admin", () => {
  const erasePage = (userId?: string) => `/en/p/${programmeSlug}/members/erase${userId ? `?user=${userId}` : ""}`;

  it("refuses visitors (302), other roles (403), strangers to the programme (404) and a wrong confirmation (400)", async () => {
    const holder = await certificateHolder("offenbach");
    const visitor = new TestClient(app);
    expect((await visitor.get(erasePage(holder.userId))).status).toBe(302);
    expect((await visitor.post(erasePage(holder.userId), { confirmEmail: holder.email })).status).toBe(302);
    const coord = await signedInClient(app, COORDINATOR);
    expect((await coord.get(erasePage(holder.userId))).status).toBe(403);
    expect((await coord.post(erasePage(holder.userId), { confirmEmail: holder.email })).status).toBe(403);

    const admin = await signedInClient(app, ADMIN);
    expect((await admin.get(erasePage("no-such-person"))).status).toBe(404);
    const wrong = await admin.post(erasePage(holder.userId), { confirmEmail: "someone.else@example.org" });
    expect(wrong.status).toBe(400);
    const html = await wrong.text();
    expect(decode(fieldError(html, "confirmEmail") ?? "")).toBe(t("en", "personalData.confirmationWrong"));
    expect(inputValue(html, "confirmEmail")).toBe("someone.else@example.org");
    expect((await admin.post(erasePage(holder.userId), { confirmEmail: "" })).status).toBe(400);
    expect(await getDb().select({ id: user.id }).from(user).where(eq(user.id, holder.userId))).toHaveLength(1);
  });

  it("does not let the admin of another programme erase this programme's members (404), nor anyone erase a member of two programmes (409)", async () => {
    const holder = await certificateHolder("offenbach");
    const other = await createProgramme(getDb(), { actor: null, slug: `other-${randomUUID().slice(0, 8)}`, name: "Invented Other Programme" });
    const otherAdmin = await createAccountWithPassword({ email: `admin-${randomUUID()}@other.example`, name: "Invented Other Admin", password: PASSWORD, language: "en" });
    await getDb().insert(programmeMember).values({ programmeId: other.id, userId: otherAdmin.id, role: "programme_admin" });
    const outsider = await signedInClient(app, otherAdmin.email);
    expect((await outsider.get(`/en/p/${other.slug}/members/erase?user=${holder.userId}`)).status).toBe(404);
    expect((await outsider.post(`/en/p/${other.slug}/members/erase?user=${holder.userId}`, { confirmEmail: holder.email })).status).toBe(404);
    expect(await outsider.get(`/en/p/${other.slug}/members/erase`).then((r) => r.text())).not.toContain(holder.email);
    expect(await getDb().select({ id: user.id }).from(user).where(eq(user.id, holder.userId))).toHaveLength(1);

    // A person of both programmes: neither admin alone may erase her.
    const both = await createAccountWithPassword({ email: `both-${randomUUID()}@example.org`, name: "Invented Twofold Member", password: PASSWORD, language: "en" });
    const offenbach = await territoryOf("offenbach");
    await getDb().insert(territoryMember).values({ territoryId: offenbach.id, userId: both.id, role: "trainee" });
    await getDb().insert(programmeMember).values({ programmeId: other.id, userId: both.id, role: "expert" });
    const admin = await signedInClient(app, ADMIN);
    const page = await admin.get(erasePage(both.id));
    expect(page.status).toBe(200);
    expect(decode(await page.text())).toContain(t("en", "personalData.otherProgrammes"));
    expect((await admin.post(erasePage(both.id), { confirmEmail: both.email })).status).toBe(409);
    expect(await getDb().select({ id: user.id }).from(user).where(eq(user.id, both.id))).toHaveLength(1);
  });

  it("erases a certificate holder: her name and email stay only on the certificate; it still verifies; audited without her name", async () => {
    const holder = await certificateHolder("offenbach");
    // She has used the platform: a session, an email in the outbox, a seat at a round table, a
    // failed sign-in, an invitation to another role.
    const trainee = await signedInClient(app, holder.email);
    expect((await trainee.post("/en/forgot-password", { email: holder.email })).status).toBeLessThan(500);
    const db = getDb();
    const [table] = await db.select({ id: roundTable.id }).from(roundTable).innerJoin(territory, eq(territory.id, roundTable.territoryId)).where(eq(territory.slug, "offenbach")).limit(1);
    const [seat] = await db.insert(roundTableParticipant).values({ roundTableId: table.id, name: holder.name, organisationName: "Kreisverwaltung", category: "public_authority", scope: "local", userId: holder.userId }).returning({ id: roundTableParticipant.id });
    // Her own sign-in above already counted under account:…; a failed one from elsewhere adds a pair key.
    await db
      .insert(loginThrottle)
      .values([{ key: `account:${holder.email}`, failures: 1 }, { key: `pair:${holder.email}|192.0.2.7`, failures: 1 }])
      .onConflictDoUpdate({ target: loginThrottle.key, set: { failures: 1 } });
    const { programmeId } = await territoryOf("offenbach");
    await db.insert(invitation).values({ programmeId, email: holder.email, name: holder.name, role: "expert", language: "de", tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86400_000) });
    expect(await columnsHolding(holder.email)).not.toEqual([]);

    const admin = await signedInClient(app, ADMIN);
    const list = await admin.get(erasePage());
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(`members/erase?user=${holder.userId}`);
    const page = await admin.get(erasePage(holder.userId));
    expect(page.status).toBe(200);
    expect(decode(await page.text())).toContain(t("en", "personalData.eraseCertificates"));

    const before = await lastAuditId();
    const done = await admin.post(erasePage(holder.userId), { confirmEmail: ` ${holder.email.toUpperCase()} ` });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`/en/p/${programmeSlug}/members?erased=1`);
    expect(decode(await (await admin.get(done.headers.get("location")!)).text())).toContain(t("en", "personalData.erasedMember"));

    // Decision 024: only the certificate keeps her name (printed and signed); her email nowhere.
    expect(await columnsHolding(holder.email)).toEqual([]);
    expect(await columnsHolding(holder.name)).toEqual(["certificate.credential", "certificate.recipient_name"]);
    expect(await getDb().select().from(user).where(eq(user.id, holder.userId))).toEqual([]);
    // Her seat stays (its votes count), without her name or account.
    expect(await getDb().select({ name: roundTableParticipant.name, userId: roundTableParticipant.userId }).from(roundTableParticipant).where(eq(roundTableParticipant.id, seat.id))).toEqual([{ name: "", userId: null }]);
    const [kept] = await getDb().select().from(certificate).where(eq(certificate.id, holder.certificateId));
    expect(kept).toEqual(expect.objectContaining({ enrolmentId: null, recipientName: holder.name }));
    expect(kept.cohortId).not.toBeNull();

    // Her session ended with the account.
    expect((await trainee.get("/en/account")).status).toBe(302);
    // The certificate still verifies, with the name printed on it.
    const verify = await new TestClient(app).get(`/en/verify/${holder.certificateId}`);
    expect(verify.status).toBe(200);
    const verifyHtml = decode(await verify.text());
    expect(verifyHtml).toContain(holder.name);
    expect(verifyHtml).toContain(t("en", "certificates.verify.valid"));

    const [me] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, ADMIN));
    expect(await auditSince(before, "account.erase")).toEqual([
      expect.objectContaining({ actorUserId: me.id, objectType: "user", objectId: holder.userId, details: { by: "programme_admin", certificatesKept: 1 } }),
    ]);
    const logged = await auditTextSince(before);
    expect(logged).not.toContain(holder.name);
    expect(logged).not.toContain(holder.email);
  });
});

describe("erasure by herself", () => {
  it("asks for her email again (400), refuses the last programme admin (409), then erases and signs her out", async () => {
    const admin = await signedInClient(app, ADMIN);
    const refused = await admin.post("/en/account/erase", { confirmEmail: ADMIN });
    expect(refused.status).toBe(409);
    expect(decode(await refused.text())).toContain(t("en", "personalData.lastProgrammeAdmin"));

    const email = `self-${randomUUID()}@example.org`;
    const made = await createAccountWithPassword({ email, name: "Invented Selferaser Person", password: PASSWORD, language: "en" });
    const offenbach = await territoryOf("offenbach");
    await getDb().insert(territoryMember).values({ territoryId: offenbach.id, userId: made.id, role: "trainee" });
    const self = await signedInClient(app, email, PASSWORD);
    expect((await self.get("/en/account/erase")).status).toBe(200);
    const wrong = await self.post("/en/account/erase", { confirmEmail: "not-me@example.org" });
    expect(wrong.status).toBe(400);
    expect(await getDb().select({ id: user.id }).from(user).where(eq(user.id, made.id))).toHaveLength(1);

    const before = await lastAuditId();
    const done = await self.post("/en/account/erase", { confirmEmail: email });
    expect(done.status).toBe(200);
    expect(decode(await done.text())).toContain(t("en", "personalData.erasedOwn"));
    expect(await columnsHolding(email)).toEqual([]);
    expect(await columnsHolding("Invented Selferaser Person")).toEqual([]);
    expect(await auditSince(before, "account.erase")).toEqual([expect.objectContaining({ actorUserId: null, objectId: made.id, details: { by: "self", certificatesKept: 0 } })]);
    expect((await self.get("/en/account")).status).toBe(302);
    const again = new TestClient(app);
    expect((await again.post("/en/sign-in", { email, password: PASSWORD })).status).not.toBe(302);
    // Nobody else of the territory was touched.
    expect((await getDb().select({ id: territoryMember.userId }).from(territoryMember).innerJoin(territory, eq(territory.id, territoryMember.territoryId)).where(eq(territory.slug, "offenbach"))).length).toBeGreaterThan(10);
  });
});
