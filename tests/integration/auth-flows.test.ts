// Sign-in throttling, password storage, password reset by email (outbox, no SMTP), password
// change and sign-out. Every test uses its own demo account, so their effects stay apart.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { account, outboxEmail, user, verification } from "~/db/schema";
import { ACCOUNT_FREE, CLIENT_FREE, PAIR_FREE, RESET_ADDRESS_FREE, RESET_CLIENT_FREE, reserveAttempt, signInBuckets } from "~/auth/login-throttle.server";
import { startApp, TestClient } from "../support/app";
import { decode, fieldError, inputValue, latestEmailTo, linkPath, t } from "../support/pages";
import { deliveredEmailTo } from "../support/server-mail";

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

  it("evaluates at most 5 of 10 truly parallel wrong attempts of one client; the rest get 429 without a check", async () => {
    const attacker = new TestClient(app, "10.1.0.2");
    await attacker.get("/en"); // the CSRF cookie first, so that the ten posts start together
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(attacker, "trainer.offenbach@eccipa.example", `guess-number-${i}`)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(PAIR_FREE);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10 - PAIR_FREE);

    // Even the right password is not checked now: 429, no session.
    const next = await signIn(attacker, "trainer.offenbach@eccipa.example", DEMO_PASSWORD);
    expect(next.status).toBe(429);
    expect(decode(await next.text())).toContain(t("en", "auth.tooManyAttempts"));
    expect(next.headers.getSetCookie().some((c) => c.includes("session_token"))).toBe(false);
  });

  it("does not lock the person out: she signs in from her own client while the attacker waits (302)", async () => {
    const owner = new TestClient(app, "10.1.0.3");
    const response = await signIn(owner, "trainer.offenbach@eccipa.example", DEMO_PASSWORD, "de");
    expect(response.status).toBe(302);
  });

  it("makes the attacker's wait grow: after the wait, one more attempt, then twice as long", async () => {
    const buckets = signInBuckets("trainer2.offenbach@eccipa.example", "10.1.0.7");
    const start = new Date();
    for (let i = 0; i < PAIR_FREE; i++) expect((await reserveAttempt(buckets, start)).allowed).toBe(true);
    expect(await reserveAttempt(buckets, new Date(start.getTime() + 30_000))).toEqual({ allowed: false, minutes: 1 });
    const afterFirstWait = new Date(start.getTime() + 61_000);
    expect((await reserveAttempt(buckets, afterFirstWait)).allowed).toBe(true);
    expect(await reserveAttempt(buckets, new Date(afterFirstWait.getTime() + 1_000))).toEqual({ allowed: false, minutes: 2 });
  });

  it("slows guessing of one account from many clients only after a much higher bound", async () => {
    const email = "committee.offenbach@eccipa.example";
    for (let i = 0; i < ACCOUNT_FREE - 1; i++) expect((await reserveAttempt(signInBuckets(email, `10.2.0.${i}`))).allowed).toBe(true);
    // Below the bound: her own sign-in works (and gives its attempt back).
    expect((await signIn(new TestClient(app, "10.2.1.1"), email, DEMO_PASSWORD)).status).toBe(302);
    expect((await reserveAttempt(signInBuckets(email, "10.2.0.200"))).allowed).toBe(true);
    const refused = await signIn(new TestClient(app, "10.2.1.2"), email, DEMO_PASSWORD);
    expect(refused.status).toBe(429);
  });

  it("leaves a different account on a different IP unaffected (302)", async () => {
    const other = new TestClient(app, "10.1.0.4");
    const response = await signIn(other, "partner.offenbach@eccipa.example", DEMO_PASSWORD);
    expect(response.status).toBe(302);
  });

  it("slows a client that sprays many accounts, counting parallel attempts exactly; other clients still sign in", async () => {
    const ip = "10.1.0.5";
    // Most of the client's bound spent directly (a hundred scrypt checks would only make the test slow)…
    for (let i = 0; i < CLIENT_FREE - 5; i++) expect((await reserveAttempt(signInBuckets(`sprayed-${i}@example.org`, ip))).allowed).toBe(true);
    // …then ten truly parallel guesses at other accounts: exactly the five left are evaluated.
    const sprayer = new TestClient(app, ip);
    await sprayer.get("/en");
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => signIn(sprayer, `nobody-${i}@example.org`, "password-spray-1")));
    expect(responses.filter((r) => r.status === 401)).toHaveLength(5);
    expect(responses.filter((r) => r.status === 429)).toHaveLength(5);
    const blocked = await signIn(sprayer, "trainee.offenbach@eccipa.example", DEMO_PASSWORD, "es");
    expect(blocked.status).toBe(429);
    expect(decode(await blocked.text())).toContain(t("es", "auth.tooManyAttempts"));

    const elsewhere = await signIn(new TestClient(app, "10.1.0.6"), "trainee.offenbach@eccipa.example", DEMO_PASSWORD);
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

  it("delivers the working link to the addressee only: the outbox and the database hold no working token", async () => {
    const response = await new TestClient(app).post("/en/forgot-password", { email: email.toUpperCase() });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "auth.resetSent"));
    // Without SMTP the complete email goes to the server's log, for the operator to pass on.
    const delivered = deliveredEmailTo(email)!;
    expect(delivered.subject).toBe(t("it", "email.reset.subject"));
    const token = new URL(linkPath(delivered.body), "http://x").searchParams.get("token")!;
    expect(token.length).toBeGreaterThan(20);

    // The programme admin sees that an email went out, where its link leads, but not the token.
    const admin = new TestClient(app);
    await admin.signIn("admin@eccipa.example");
    const outbox = await admin.get("/en/p/eccipa/outbox");
    expect(outbox.status).toBe(200);
    const html = decode(await outbox.text());
    expect(html).toContain(email);
    expect(html).toContain(t("it", "email.reset.subject"));
    expect(html).toContain("/it/reset-password?token=…");
    expect(html).not.toContain(token);
    expect(html).toContain(t("en", "outbox.smtpOff"));

    // Nor is the token anywhere in the database: the reset is kept as a hash.
    const db = getDb();
    const outboxRows = await db.select({ body: outboxEmail.body }).from(outboxEmail);
    expect(outboxRows.some((row) => row.body.includes(token))).toBe(false);
    const stored = await db.select({ identifier: verification.identifier, value: verification.value }).from(verification);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((row) => row.identifier.includes(token) || row.value.includes(token))).toBe(false);
  });

  it("throttles reset requests per address, the same whether the account exists or not (429), and per client", async () => {
    const known = "coordinator.ravenna@eccipa.example";
    const unknown = "nobody-at-all@example.org";
    const statuses = async (address: string) => {
      const out: number[] = [];
      for (let i = 0; i < RESET_ADDRESS_FREE + 1; i++) out.push((await new TestClient(app).post("/en/forgot-password", { email: address })).status);
      return out;
    };
    const expected = [...Array(RESET_ADDRESS_FREE).fill(200), 429];
    expect(await statuses(known)).toEqual(expected);
    expect(await statuses(unknown)).toEqual(expected);
    const refused = await new TestClient(app).post("/de/forgot-password", { email: known });
    expect(refused.status).toBe(429);
    expect(decode(await refused.text())).toContain(t("de", "security.resetTooMany"));

    // Ten truly parallel requests from one client for new addresses: exactly its bound gets through.
    const flooder = new TestClient(app, "10.3.0.1");
    await flooder.get("/en");
    const flood = await Promise.all(
      Array.from({ length: RESET_CLIENT_FREE + 4 }, (_, i) => flooder.post("/en/forgot-password", { email: `flood-${i}@example.org` })),
    );
    expect(flood.filter((r) => r.status === 200)).toHaveLength(RESET_CLIENT_FREE);
    expect(flood.filter((r) => r.status === 429)).toHaveLength(4);
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
    const path = linkPath(deliveredEmailTo(email)!.body);
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
