// Sign-in throttling, password storage, password reset by email (outbox, no SMTP), password
// change and sign-out. Every test uses its own demo account, so their effects stay apart.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { account, user } from "~/db/schema";
import { startApp, TestClient } from "../support/app";
import { decode, fieldError, inputValue, latestEmailTo, linkPath, t } from "../support/pages";

const DEMO_PASSWORD = "demo-password-2026";
let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  delete process.env.SMTP_URL; // mail goes to the outbox
  app = await startApp();
});

function signIn(client: TestClient, email: string, password: string, lang = "en") {
  return client.post(`/${lang}/sign-in`, { email, password });
}

async function storedPassword(email: string): Promise<string> {
  const [row] = await getDb()
    .select({ password: account.password })
    .from(account)
    .innerJoin(user, eq(user.id, account.userId))
    .where(eq(user.email, email));
  return row.password ?? "";
}

describe("sign-in throttling", () => {
  it("answers a wrong password with 401 and the translated message, keeping the email but not the password", async () => {
    const client = new TestClient(app, "10.1.0.1");
    const response = await signIn(client, "expert@eccipa.example", "wrong-password-0", "it");
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(decode(html)).toContain(t("it", "auth.invalidCredentials"));
    expect(inputValue(html, "email")).toBe("expert@eccipa.example");
    expect(inputValue(html, "password")).toBeUndefined();
    expect(html).not.toContain("wrong-password-0");
  });

  it("locks an account after 5 failures: the 6th attempt gets 429 even with the right password", async () => {
    const attacker = new TestClient(app, "10.1.0.2");
    for (let i = 1; i <= 5; i++) {
      const response = await signIn(attacker, "trainer.offenbach@eccipa.example", `guess-number-${i}`);
      expect(response.status, `attempt ${i}`).toBe(401);
    }
    const sixth = await signIn(attacker, "trainer.offenbach@eccipa.example", DEMO_PASSWORD);
    expect(sixth.status).toBe(429);
    expect(decode(await sixth.text())).toContain(t("en", "auth.tooManyAttempts"));
    expect(sixth.headers.getSetCookie().some((c) => c.includes("session_token"))).toBe(false);

    // The lock is on the account: the owner on another network is refused too, in her language.
    const owner = new TestClient(app, "10.1.0.3");
    const fromElsewhere = await signIn(owner, "trainer.offenbach@eccipa.example", DEMO_PASSWORD, "de");
    expect(fromElsewhere.status).toBe(429);
    expect(decode(await fromElsewhere.text())).toContain(t("de", "auth.tooManyAttempts"));
  });

  it("leaves a different account on a different IP unaffected (302)", async () => {
    const other = new TestClient(app, "10.1.0.4");
    const response = await signIn(other, "partner.offenbach@eccipa.example", DEMO_PASSWORD);
    expect(response.status).toBe(302);
  });

  it("blocks an IP that sprays 30 accounts, even for a valid account; other IPs still sign in", async () => {
    const sprayer = new TestClient(app, "10.1.0.5");
    for (let i = 1; i <= 30; i++) {
      const response = await signIn(sprayer, `nobody-${i}@example.org`, "password-spray-1");
      expect(response.status, `attempt ${i}`).toBe(401);
    }
    const blocked = await signIn(sprayer, "committee.offenbach@eccipa.example", DEMO_PASSWORD, "es");
    expect(blocked.status).toBe(429);
    expect(decode(await blocked.text())).toContain(t("es", "auth.tooManyAttempts"));

    const elsewhere = await signIn(new TestClient(app, "10.1.0.6"), "committee.offenbach@eccipa.example", DEMO_PASSWORD);
    expect(elsewhere.status).toBe(302);
  });

  it("stores passwords as scrypt salt:hash hex, never in plain", async () => {
    const rows = await getDb().select({ password: account.password }).from(account);
    expect(rows.length).toBeGreaterThanOrEqual(11);
    for (const { password } of rows) {
      expect(password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
      expect(password).not.toContain(DEMO_PASSWORD);
    }
  });
});

describe("password reset without SMTP", () => {
  const email = "partner.ravenna@eccipa.example"; // preferred language: Italian
  const newPassword = "a-brand-new-password-42";

  it("answers 400 with a translated error for a malformed address", async () => {
    const response = await new TestClient(app).post("/de/forgot-password", { email: "not-an-address" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, "email")).toBe(t("de", "errors.email"));
    expect(inputValue(html, "email")).toBe("not-an-address");
  });

  it("gives the same answer for an unknown address and sends nothing", async () => {
    const normalise = (html: string) => html.replace(/nonce="[^"]+"/g, "").replace(/[\w-]{32}/g, "");
    const unknown = await new TestClient(app).post("/en/forgot-password", { email: "nobody-here@example.org" });
    const known = await new TestClient(app).post("/en/forgot-password", { email: "coordinator.cartagena@eccipa.example" });
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    const unknownHtml = await unknown.text();
    expect(decode(unknownHtml)).toContain(t("en", "auth.resetSent"));
    expect(normalise(unknownHtml)).toBe(normalise(await known.text()));
    expect(await latestEmailTo("nobody-here@example.org")).toBeUndefined();
    expect(await latestEmailTo("coordinator.cartagena@eccipa.example")).toBeDefined();
  });

  it("puts the reset email in the outbox, where the programme admin reads it", async () => {
    const response = await new TestClient(app).post("/en/forgot-password", { email: email.toUpperCase() });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "auth.resetSent"));
    const mail = await latestEmailTo(email);
    expect(mail.subject).toBe(t("it", "email.reset.subject"));
    expect(linkPath(mail.body)).toMatch(/^\/it\/reset-password\?token=/);

    const admin = new TestClient(app);
    await admin.signIn("admin@eccipa.example");
    const outbox = await admin.get("/en/p/eccipa/outbox");
    expect(outbox.status).toBe(200);
    const html = decode(await outbox.text());
    expect(html).toContain(email);
    expect(html).toContain(t("it", "email.reset.subject"));
    expect(html).toContain(linkPath(mail.body));
  });

  it("keeps the outbox from everyone but the programme admin (403)", async () => {
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.ravenna@eccipa.example");
    expect((await coordinator.get("/en/p/eccipa/outbox")).status).toBe(403);
    const visitor = await new TestClient(app).get("/en/p/eccipa/outbox");
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toMatch(/^\/en\/sign-in\?next=/);
  });

  it("sets a new password from the link: 400 for too short or mismatched, then the new one works and the old one fails", async () => {
    const before = await storedPassword(email);
    const signedIn = new TestClient(app, "10.1.1.1");
    await signedIn.signIn(email);
    const path = linkPath((await latestEmailTo(email)).body);
    const token = new URL(path, "http://x").searchParams.get("token")!;

    // The form posts back to the link itself (its action keeps the ?token= query).
    const client = new TestClient(app, "10.1.1.2");
    const form = await client.get(path);
    expect(form.status).toBe(200);
    expect(inputValue(await form.text(), "token")).toBe(token);

    const short = await client.post(path, { token, password: "short", confirmPassword: "short" });
    expect(short.status).toBe(400);
    const shortHtml = await short.text();
    expect(fieldError(shortHtml, "password")).toBe(t("it", "errors.passwordTooShort"));
    expect(inputValue(shortHtml, "password")).toBeUndefined(); // passwords are never sent back
    expect(inputValue(shortHtml, "token")).toBe(token); // the link still works after a mistake

    const mismatch = await client.post(path, { token, password: newPassword, confirmPassword: `${newPassword}x` });
    expect(mismatch.status).toBe(400);
    const mismatchHtml = await mismatch.text();
    expect(fieldError(mismatchHtml, "confirmPassword")).toBe(t("it", "errors.passwordsDiffer"));
    expect(mismatchHtml).not.toContain(newPassword);

    const done = await client.post(path, { token, password: newPassword, confirmPassword: newPassword });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/it/sign-in?reset=1");

    const stored = await storedPassword(email);
    expect(stored).not.toBe(before);
    expect(stored).not.toContain(newPassword);

    // Sessions opened before the reset are ended.
    expect((await signedIn.get("/en/account")).status).toBe(302);

    expect((await signIn(new TestClient(app, "10.1.1.3"), email, DEMO_PASSWORD)).status).toBe(401);
    expect((await signIn(new TestClient(app, "10.1.1.4"), email, newPassword)).status).toBe(302);

    // The link works once.
    const reused = await client.post(path, { token, password: "yet-another-password-7", confirmPassword: "yet-another-password-7" });
    expect(reused.status).toBe(400);
    expect(decode(await reused.text())).toContain(t("it", "auth.resetInvalid"));
    expect((await signIn(new TestClient(app, "10.1.1.5"), email, "yet-another-password-7")).status).toBe(401);
  });

  it("refuses a made-up token with 400 and the translated message", async () => {
    const response = await new TestClient(app).post("/es/reset-password?token=made-up-token", { token: "made-up-token", password: "long-enough-password", confirmPassword: "long-enough-password" });
    expect(response.status).toBe(400);
    expect(decode(await response.text())).toContain(t("es", "auth.resetInvalid"));
  });
});

describe("password change and sign-out", () => {
  it("sends a visitor to sign in (302) instead of showing the account page", async () => {
    const response = await new TestClient(app).get("/en/account");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/en/sign-in?next=%2Fen%2Faccount");
  });

  it("refuses a wrong current password with 400 and a translated error next to the field", async () => {
    const client = new TestClient(app, "10.1.2.1");
    await client.signIn("partner.cartagena@eccipa.example");
    for (const lang of ["en", "es"] as const) {
      const response = await client.post(`/${lang}/account`, {
        intent: "password",
        currentPassword: "not-my-password",
        password: "a-good-new-password",
        confirmPassword: "a-good-new-password",
      });
      expect(response.status).toBe(400);
      expect(fieldError(await response.text(), "currentPassword")).toBe(t(lang, "auth.currentPasswordWrong"));
    }
    const short = await client.post("/en/account", { intent: "password", currentPassword: DEMO_PASSWORD, password: "short", confirmPassword: "short" });
    expect(short.status).toBe(400);
    expect(fieldError(await short.text(), "password")).toBe(t("en", "errors.passwordTooShort"));
    // Nothing changed: the demo password still works.
    expect((await signIn(new TestClient(app, "10.1.2.2"), "partner.cartagena@eccipa.example", DEMO_PASSWORD)).status).toBe(302);
  });

  it("changes the password (200) and ends the other sessions", async () => {
    const other = new TestClient(app, "10.1.2.3");
    await other.signIn("partner.cartagena@eccipa.example");
    const client = new TestClient(app, "10.1.2.4");
    await client.signIn("partner.cartagena@eccipa.example");
    const response = await client.post("/en/account", {
      intent: "password",
      currentPassword: DEMO_PASSWORD,
      password: "cartagena-new-password",
      confirmPassword: "cartagena-new-password",
    });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "account.passwordChanged"));
    expect((await client.get("/en/account")).status).toBe(200);
    expect((await other.get("/en/account")).status).toBe(302);
    expect((await signIn(new TestClient(app, "10.1.2.5"), "partner.cartagena@eccipa.example", DEMO_PASSWORD)).status).toBe(401);
    expect((await signIn(new TestClient(app, "10.1.2.6"), "partner.cartagena@eccipa.example", "cartagena-new-password")).status).toBe(302);
  });

  it("ends the session on POST /sign-out (302), and the old cookie is dead on the server", async () => {
    const client = new TestClient(app, "10.1.2.7");
    await client.signIn("expert@eccipa.example");
    const cookie = `eccipa.session_token=${client.cookie("eccipa.session_token")}`;
    expect((await client.get("/en/p/eccipa/assessment")).status).toBe(200);

    const response = await client.post("/de/sign-out", {});
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/de");
    expect(client.cookie("eccipa.session_token")).toBeUndefined();
    expect((await client.get("/en/p/eccipa/assessment")).status).toBe(302);

    // Replaying the old cookie does not bring the session back.
    const replay = await new TestClient(app).request("/en/p/eccipa/assessment", { headers: { cookie } });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("location")).toMatch(/^\/en\/sign-in/);
  });
});
