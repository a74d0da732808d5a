// Territories and partner organisations created by the programme admin, and the invitations
// that bring people into a territory. Refusals (302/403/404/400) come before the happy paths.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { invitation, organisation, territory, territoryMember, user } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { checkedValues, decode, fieldError, inputValue, LANGS, latestEmailTo, linkPath, t } from "../support/pages";
import { deliveredEmailTo } from "../support/server-mail";

let app: Awaited<ReturnType<typeof startApp>>;
let admin: TestClient;

beforeAll(async () => {
  delete process.env.SMTP_URL; // mail goes to the outbox
  app = await startApp();
  admin = new TestClient(app);
  await admin.signIn("admin@eccipa.example");
});

const signedIn = (email: string) => signedInClient(app, email);

async function territoryId(slug: string): Promise<string> {
  const [row] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  return row.id;
}

async function organisationId(name: string): Promise<string> {
  const [row] = await getDb().select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name));
  return row.id;
}

async function rows(table: typeof territory | typeof organisation | typeof invitation): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(table);
  return n;
}

describe("territory creation", () => {
  const NEW = "/en/p/eccipa/territories/new";

  it("sends a visitor to sign in (302)", async () => {
    const response = await new TestClient(app).get(NEW);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(NEW)}`);
  });

  it("refuses the form to non-admins of the programme (403), on GET and on POST", async () => {
    const before = await rows(territory);
    for (const email of ["coordinator.offenbach@eccipa.example", "trainee.offenbach@eccipa.example", "expert@eccipa.example"]) {
      const client = await signedIn(email);
      expect((await client.get(NEW)).status, email).toBe(403);
      const post = await client.post(NEW, { name_de: "Sneaky Town", countryCode: "DE", "languages[]": "de" });
      expect(post.status, email).toBe(403);
      expect(decode(await post.text())).toContain(t("en", "errorPage.kinds.forbidden.title"));
    }
    expect(await rows(territory)).toBe(before);
  });

  it("answers invalid input with 400, translated errors next to the fields and the typed values kept, in each language", async () => {
    const before = await rows(territory);
    for (const lang of LANGS) {
      const response = await admin.post(`/${lang}/p/eccipa/territories/new`, {
        name_it: "Comune di Forlì",
        countryCode: "Italia",
        population: lang === "en" ? "12.5" : "12,5",
        foreignResidentsPercent: "120",
        tcnPercent: "5",
      });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "countryCode"), lang).toBe(t(lang, "errors.countryCode"));
      expect(fieldError(html, "languages[]"), lang).toBe(t(lang, "errors.languagesRequired"));
      expect(fieldError(html, "population"), lang).toBe(t(lang, "errors.wholeNumber"));
      expect(fieldError(html, "foreignResidentsPercent"), lang).toBe(t(lang, "errors.percent"));
      expect(fieldError(html, "name_it"), lang).toBeUndefined();
      expect(decode(html), lang).toContain(t(lang, "forms.fixErrors_other", { count: 4 }));
      expect(inputValue(html, "name_it"), lang).toBe("Comune di Forlì");
      expect(inputValue(html, "countryCode"), lang).toBe("Italia");
      expect(inputValue(html, "population"), lang).toBe(lang === "en" ? "12.5" : "12,5");
      expect(inputValue(html, "foreignResidentsPercent"), lang).toBe("120");
      expect(inputValue(html, "tcnPercent"), lang).toBe("5");

      const above = await admin.post(`/${lang}/p/eccipa/territories/new`, {
        name_it: "Comune di Forlì",
        countryCode: "it",
        "languages[]": ["it", "en"],
        foreignResidentsPercent: "5",
        tcnPercent: "8",
      });
      expect(above.status, lang).toBe(400);
      const aboveHtml = await above.text();
      expect(fieldError(aboveHtml, "tcnPercent"), lang).toBe(t(lang, "errors.tcnAboveForeign"));
      expect(checkedValues(aboveHtml, "languages[]"), lang).toEqual(["en", "it"]);
      expect(inputValue(aboveHtml, "tcnPercent"), lang).toBe("8");
    }
    expect(await rows(territory)).toBe(before);
  });

  it("creates a valid territory (302 to its members page); it shows on the dashboard and the public home page", async () => {
    const response = await admin.post(NEW, {
      name_it: "Comune di Forlì",
      countryCode: "it",
      "languages[]": ["it"],
      population: "117000",
      foreignResidentsPercent: "11.5",
      tcnPercent: "9.25",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/en/t/comune-di-forli/members?created=1");

    const landing = await admin.get("/en/t/comune-di-forli/members?created=1");
    expect(landing.status).toBe(200);
    expect(decode(await landing.text())).toContain(t("en", "territory.created", { territory: "Comune di Forlì" }));

    const [row] = await getDb().select().from(territory).where(eq(territory.slug, "comune-di-forli"));
    expect(row).toMatchObject({ countryCode: "IT", languages: ["it"], population: 117000, foreignResidentsPercent: 11.5, tcnPercent: 9.25 });

    expect(decode(await (await admin.get("/en/p/eccipa")).text())).toContain("Comune di Forlì");
    const home = await new TestClient(app).get("/it");
    expect(home.status).toBe(200);
    expect(decode(await home.text())).toContain("Comune di Forlì");
  });

  it("gives a second territory of the same name its own address", async () => {
    const response = await admin.post(NEW, { name_it: "Comune di Forlì", countryCode: "IT", "languages[]": "it" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/en/t/comune-di-forli-2/members?created=1");
  });

  it("gives territories of the same name created at the same moment each their own address (302, no 500)", async () => {
    const responses = await Promise.all(
      [1, 2, 3].map(() => admin.post(NEW, { name_de: "Twin Town", countryCode: "DE", "languages[]": "de" })),
    );
    expect(responses.map((r) => r.status)).toEqual([302, 302, 302]);
    expect(new Set(responses.map((r) => r.headers.get("location"))).size).toBe(3);
  });
});

describe("organisation creation", () => {
  const PAGE = "/en/p/eccipa/organisations";

  it("refuses non-admins (403)", async () => {
    const before = await rows(organisation);
    const coordinator = await signedIn("coordinator.ravenna@eccipa.example");
    expect((await coordinator.get(PAGE)).status).toBe(403);
    expect((await coordinator.post(PAGE, { name: "Sneaky NGO", kind: "ngo", countryCode: "IT" })).status).toBe(403);
    expect(await rows(organisation)).toBe(before);
  });

  it("answers invalid input with 400 and translated errors, keeping what was typed, in each language", async () => {
    const before = await rows(organisation);
    for (const lang of LANGS) {
      const response = await admin.post(`/${lang}/p/eccipa/organisations`, {
        name: "X",
        kind: "spaceship",
        countryCode: "Deutschland",
        territoryId: "",
        website: "javascript:alert(1)",
      });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "name"), lang).toBe(t(lang, "errors.nameTooShort"));
      expect(fieldError(html, "kind"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "countryCode"), lang).toBe(t(lang, "errors.countryCode"));
      expect(fieldError(html, "website"), lang).toBe(t(lang, "errors.url"));
      expect(inputValue(html, "name"), lang).toBe("X");
      expect(inputValue(html, "countryCode"), lang).toBe("Deutschland");
      expect(inputValue(html, "website"), lang).toBe("javascript:alert(1)");
      expect(html).not.toContain('href="javascript:');
    }
    expect(await rows(organisation)).toBe(before);
  });

  it("answers a forged territoryId with 400 next to the territory field, not 500", async () => {
    const before = await rows(organisation);
    for (const forged of ["4b1f2c7e-0000-4000-8000-000000000000", "../offenbach", "offenbach"]) {
      const response = await admin.post(`/de/p/eccipa/organisations`, { name: "Forged Partner", kind: "ngo", countryCode: "DE", territoryId: forged });
      expect(response.status, forged).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "territoryId"), forged).toBe(t("de", "errors.choose"));
      expect(inputValue(html, "name")).toBe("Forged Partner");
    }
    expect(await rows(organisation)).toBe(before);
  });

  it("adds a valid organisation to a territory (200) and lists it", async () => {
    const offenbach = await territoryId("offenbach");
    const response = await admin.post(PAGE, {
      name: "Caritas Offenbach",
      kind: "ngo",
      countryCode: "de",
      territoryId: offenbach,
      website: "https://caritas.example/offenbach",
    });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "organisations.added", { name: "Caritas Offenbach" }));
    const [row] = await getDb().select().from(organisation).where(eq(organisation.name, "Caritas Offenbach"));
    expect(row).toMatchObject({ kind: "ngo", countryCode: "DE", territoryId: offenbach, website: "https://caritas.example/offenbach" });
    const list = decode(await (await admin.get(PAGE)).text());
    expect(list).toContain('<a href="https://caritas.example/offenbach" rel="noopener noreferrer">Caritas Offenbach</a>');
  });
});

describe("invitations to a territory", () => {
  const MEMBERS = "/en/t/offenbach/members";
  const invite = (fields: Record<string, string>) => ({ intent: "invite", organisationId: "", language: "de", ...fields });

  async function invitationFor(email: string) {
    const [row] = await getDb().select().from(invitation).where(eq(invitation.email, email));
    return row;
  }

  it("sends a visitor to sign in (302)", async () => {
    const response = await new TestClient(app).get(MEMBERS);
    expect(response.status).toBe(302);
  });

  it("refuses a trainee (403) and lets a technical partner read but not invite (403)", async () => {
    const before = await rows(invitation);
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    expect((await trainee.get(MEMBERS)).status).toBe(403);
    expect((await trainee.post(MEMBERS, invite({ name: "Tina Trainee", email: "tina@example.org", role: "coordinator" }))).status).toBe(403);
    const partner = await signedIn("partner.offenbach@eccipa.example");
    expect((await partner.get(MEMBERS)).status).toBe(200);
    expect((await partner.post(MEMBERS, invite({ name: "Paul Partner", email: "paul@example.org", role: "trainer" }))).status).toBe(403);
    expect(await rows(invitation)).toBe(before);
  });

  it("hides another territory from a coordinator (404), on GET and on POST", async () => {
    const before = await rows(invitation);
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    expect((await coordinator.get("/en/t/ravenna/members")).status).toBe(404);
    const post = await coordinator.post("/en/t/ravenna/members", invite({ name: "Rita Ravenna", email: "rita@example.org", role: "trainer" }));
    expect(post.status).toBe(404);
    expect(decode(await post.text())).toContain(t("en", "errorPage.kinds.notFound.title"));
    expect(await rows(invitation)).toBe(before);
  });

  it("answers invalid input with 400 and translated errors, keeping the typed values", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const response = await coordinator.post("/de/t/offenbach/members", invite({ name: "Sofia Brandt", email: "not-an-email", role: "" }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, "email")).toBe(t("de", "errors.email"));
    expect(fieldError(html, "role")).toBe(t("de", "errors.choose"));
    expect(inputValue(html, "name")).toBe("Sofia Brandt");
    expect(inputValue(html, "email")).toBe("not-an-email");

    const foreignOrganisation = await coordinator.post(
      "/de/t/offenbach/members",
      invite({ name: "Sofia Brandt", email: "sofia.brandt@example.org", role: "trainer", organisationId: await organisationId("CCB") }),
    );
    expect(foreignOrganisation.status).toBe(400);
    expect(fieldError(await foreignOrganisation.text(), "organisationId")).toBe(t("de", "errors.choose"));
    expect(await invitationFor("sofia.brandt@example.org")).toBeUndefined();
  });

  it("invites with a role (200, email in the outbox); the link creates the account, the membership, and lands on the territory home", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const proArbeit = await organisationId("Pro Arbeit – Kreis Offenbach");
    const response = await coordinator.post(MEMBERS, invite({ name: "Sofia Brandt", email: "Sofia.Brandt@Example.org", role: "trainer", organisationId: proArbeit }));
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "members.invited", { email: "sofia.brandt@example.org" }));

    const mail = deliveredEmailTo("sofia.brandt@example.org")!;
    expect(mail.subject).toBe(t("de", "email.invitation.subject", { programme: "ECCIPA" }));
    expect(mail.body).toContain("Jonas Weber");
    expect(mail.body).toContain(t("de", "roles.trainer"));
    const link = linkPath(mail.body);
    expect(link).toMatch(/^\/de\/invitation\?token=[\w-]{40,}$/);
    expect(decode(await (await coordinator.get(MEMBERS)).text())).toContain("sofia.brandt@example.org");

    const sofia = new TestClient(app);
    const page = await sofia.get(link);
    expect(page.status).toBe(200);
    const pageHtml = decode(await page.text());
    expect(pageHtml).toContain("sofia.brandt@example.org");
    expect(pageHtml).toContain(t("de", "invitation.createAccount"));

    const short = await sofia.post(link, { token: new URL(link, "http://x").searchParams.get("token")!, name: "Sofia B.", password: "short", confirmPassword: "short" });
    expect(short.status).toBe(400);
    const shortHtml = await short.text();
    expect(fieldError(shortHtml, "password")).toBe(t("de", "errors.passwordTooShort"));
    expect(inputValue(shortHtml, "name")).toBe("Sofia B.");
    expect(inputValue(shortHtml, "password")).toBeUndefined();

    const token = new URL(link, "http://x").searchParams.get("token")!;
    const mismatch = await sofia.post(link, { token, name: "Sofia B.", password: "sofia-password-2026", confirmPassword: "sofia-password-2027" });
    expect(mismatch.status).toBe(400);
    expect(fieldError(await mismatch.text(), "confirmPassword")).toBe(t("de", "errors.passwordsDiffer"));

    const created = await sofia.post(link, { token, name: "Sofia B.", password: "sofia-password-2026", confirmPassword: "sofia-password-2026" });
    expect(created.status).toBe(302);
    expect(created.headers.get("location")).toBe("/de/start");
    const start = await sofia.get("/de/start");
    expect(start.status).toBe(302);
    expect(start.headers.get("location")).toBe("/de/t/offenbach");
    const home = await sofia.get("/de/t/offenbach");
    expect(home.status).toBe(200);
    expect(decode(await home.text())).toContain(t("de", "territoryHome.yourRoles", { roles: t("de", "roles.trainer") }));

    const [member] = await getDb()
      .select({ role: territoryMember.role, organisationId: territoryMember.organisationId, name: user.name })
      .from(territoryMember)
      .innerJoin(user, eq(user.id, territoryMember.userId))
      .where(and(eq(user.email, "sofia.brandt@example.org"), eq(territoryMember.territoryId, await territoryId("offenbach"))));
    expect(member).toEqual({ role: "trainer", organisationId: proArbeit, name: "Sofia B." });

    // A used link is dead: translated invalid page, 404, on GET and on POST.
    const again = await new TestClient(app).get(link);
    expect(again.status).toBe(404);
    expect(decode(await again.text())).toContain(t("de", "invitation.invalid"));
    const repost = await new TestClient(app).post(link, { token, name: "Mallory", password: "mallory-password-1", confirmPassword: "mallory-password-1" });
    expect(repost.status).toBe(404);
  });

  it("revokes a pending invitation (200); its link then shows the translated invalid page (404)", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    expect((await coordinator.post(MEMBERS, invite({ name: "Paolo Neri", email: "paolo.neri@example.org", role: "trainee", language: "it" }))).status).toBe(200);
    const link = linkPath(deliveredEmailTo("paolo.neri@example.org")!.body);
    expect((await new TestClient(app).get(link)).status).toBe(200);
    const { id } = await invitationFor("paolo.neri@example.org");

    // Another territory's coordinator cannot revoke it.
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const foreign = await ravenna.post("/en/t/ravenna/members", { intent: "revoke", invitationId: id });
    expect(foreign.status).toBe(400);
    expect(decode(await foreign.text())).toContain(t("en", "members.revokeFailed"));
    expect((await invitationFor("paolo.neri@example.org")).revokedAt).toBeNull();

    const revoked = await coordinator.post(MEMBERS, { intent: "revoke", invitationId: id });
    expect(revoked.status).toBe(200);
    expect(decode(await revoked.text())).toContain(t("en", "members.revoked"));
    expect(link.startsWith("/it/")).toBe(true);
    const dead = await new TestClient(app).get(link);
    expect(dead.status).toBe(404);
    expect(decode(await dead.text())).toContain(t("it", "invitation.invalid"));

    const twice = await coordinator.post(MEMBERS, { intent: "revoke", invitationId: id });
    expect(twice.status).toBe(400);
  });

  it("shows the translated invalid page (404) for an expired link", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    expect((await coordinator.post(MEMBERS, invite({ name: "Elena Ruiz", email: "elena.ruiz@example.org", role: "committee_member", language: "es" }))).status).toBe(200);
    const link = linkPath(deliveredEmailTo("elena.ruiz@example.org")!.body);
    await getDb().update(invitation).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(invitation.email, "elena.ruiz@example.org"));
    const page = await new TestClient(app).get(link);
    expect(page.status).toBe(404);
    expect(decode(await page.text())).toContain(t("es", "invitation.invalid"));
    const token = new URL(link, "http://x").searchParams.get("token")!;
    const post = await new TestClient(app).post(link, { token, name: "Elena Ruiz", password: "elena-password-2026", confirmPassword: "elena-password-2026" });
    expect(post.status).toBe(404);
    expect(await latestEmailTo("elena.ruiz@example.org")).toBeDefined();
    const [{ n }] = await getDb().select({ n: count() }).from(user).where(eq(user.email, "elena.ruiz@example.org"));
    expect(n).toBe(0);
  });

  it("creates one account when the new-account form is sent twice at once (a double submit: no 500)", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    expect((await coordinator.post(MEMBERS, invite({ name: "Dora Double", email: "dora.double@example.org", role: "trainee", language: "en" }))).status).toBe(200);
    const link = linkPath(deliveredEmailTo("dora.double@example.org")!.body);
    const token = new URL(link, "http://x").searchParams.get("token")!;
    const dora = new TestClient(app);
    await dora.get(link);
    const fields = { token, name: "Dora Double", password: "dora-password-2026", confirmPassword: "dora-password-2026" };
    const responses = await Promise.all([dora.post(link, fields), dora.post(link, fields)]);
    // One creates the account and lands on /start (302). The other, depending on when it
    // arrives: collides on creation → 302 to sign in; finds the account → 403 "sign in first";
    // finds the invitation used → 404. Never a 500.
    expect(responses.map((r) => r.headers.get("location"))).toContain("/en/start");
    for (const response of responses) {
      expect([302, 403, 404]).toContain(response.status);
      if (response.status === 302) expect(["/en/start", "/en/sign-in"]).toContain(response.headers.get("location"));
    }
    const [{ n }] = await getDb().select({ n: count() }).from(user).where(eq(user.email, "dora.double@example.org"));
    expect(n).toBe(1);
    const again = new TestClient(app);
    await again.signIn("dora.double@example.org", "dora-password-2026");
    expect((await again.get("/en/t/offenbach")).status).toBe(200);
  });

  it("lets someone with an account accept only when signed in as herself (403 otherwise), then adds the role", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    expect((await coordinator.post(MEMBERS, invite({ name: "Marco Ferri", email: "partner.ravenna@eccipa.example", role: "trainer", language: "en" }))).status).toBe(200);
    const link = linkPath(deliveredEmailTo("partner.ravenna@eccipa.example")!.body);
    const token = new URL(link, "http://x").searchParams.get("token")!;

    const visitor = new TestClient(app);
    const page = await visitor.get(link);
    expect(page.status).toBe(200);
    expect(decode(await page.text())).toContain(t("en", "invitation.hasAccount", { email: "partner.ravenna@eccipa.example" }));
    expect((await visitor.post(link, { token })).status).toBe(403);

    const someoneElse = await signedIn("partner.cartagena@eccipa.example");
    expect((await someoneElse.post(link, { token })).status).toBe(403);

    const marco = await signedIn("partner.ravenna@eccipa.example");
    const accepted = await marco.post(link, { token });
    expect(accepted.status).toBe(302);
    expect((await marco.get("/en/t/offenbach")).status).toBe(200);
    expect((await marco.get("/en/t/ravenna")).status).toBe(200);
  });
});
