// Two-step sign-in (decision 023): TOTP set-up on the account page, sign-in with a code or a
// recovery code (each once), turning it off, and a programme that requires it of admins and
// coordinators. All through plain form posts, as a browser without JavaScript would.
import { beforeAll, describe, expect, it } from "vitest";
import { startApp, TestClient } from "../support/app";
import { decode, fieldError, t } from "../support/pages";
import { totpCode } from "../support/totp";

const DEMO_PASSWORD = "demo-password-2026";
let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

function secretOnPage(html: string): string {
  const secret = html.match(/<code class="secret">([A-Z2-7 ]+)<\/code>/)?.[1];
  if (!secret) throw new Error("no secret on the page");
  return secret;
}

function recoveryCodesOnPage(html: string): string[] {
  const list = html.match(/<ul class="recovery-codes">([\s\S]*?)<\/ul>/)?.[1] ?? "";
  return [...list.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]);
}

/** Turns two-step sign-in on for a signed-in client; returns the secret and the recovery codes. */
async function enrol(client: TestClient, password = DEMO_PASSWORD) {
  const started = await client.post("/en/account/security", { intent: "start", password });
  expect(started.status).toBe(200);
  const html = await started.text();
  const secret = secretOnPage(html);
  const setupUri = decode(html.match(/name="setupUri" value="([^"]+)"/)![1]);
  const confirmed = await client.post("/en/account/security", { intent: "confirm", code: totpCode(secret), setupUri });
  return { secret, confirmed };
}

async function signInWithCode(email: string, code: string, ip?: string) {
  const client = new TestClient(app, ip);
  const first = await client.post("/en/sign-in", { email, password: DEMO_PASSWORD });
  expect(first.status).toBe(302);
  expect(first.headers.get("location")).toBe("/en/sign-in/code");
  expect(first.headers.getSetCookie().some((c) => /session_token=[^;]+/.test(c) && !/max-age=0/i.test(c))).toBe(false);
  const second = await client.post("/en/sign-in/code", { code });
  return { client, second };
}

describe("the TOTP helper", () => {
  it("gives the RFC 6238 test vectors (SHA-1, six digits)", () => {
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890"
    expect(totpCode(secret, 59_000)).toBe("287082");
    expect(totpCode(secret, 1_111_111_109_000)).toBe("081804");
    expect(totpCode(secret, 1_234_567_890_000)).toBe("005924");
  });
});

describe("two-step sign-in of one person", () => {
  const email = "coordinator.ravenna@eccipa.example";
  let secret = "";
  let recoveryCodes: string[] = [];

  it("sends a visitor to sign in (302) instead of showing the set-up", async () => {
    const response = await new TestClient(app).get("/en/account/security");
    expect(response.status).toBe(302);
  });

  it("is set up from the account page: password (400 when wrong), QR code and secret, a code (400 when wrong), then the recovery codes once", async () => {
    const client = new TestClient(app);
    await client.signIn(email);
    const account = decode(await (await client.get("/en/account")).text());
    expect(account).toContain('href="/en/account/security"');

    const wrong = await client.post("/en/account/security", { intent: "start", password: "not-my-password" });
    expect(wrong.status).toBe(400);
    expect(fieldError(await wrong.text(), "password")).toBe(t("en", "auth.currentPasswordWrong"));

    const started = await client.post("/en/account/security", { intent: "start", password: DEMO_PASSWORD });
    expect(started.status).toBe(200);
    const html = await started.text();
    expect(html).toMatch(/<img class="qr-code" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/);
    secret = secretOnPage(html);
    const setupUri = decode(html.match(/name="setupUri" value="([^"]+)"/)![1]);
    expect(setupUri).toMatch(/^otpauth:\/\/totp\/Eccipa:/);

    const badCode = await client.post("/en/account/security", { intent: "confirm", code: totpCode(secret, Date.now() - 10 * 60_000), setupUri });
    expect(badCode.status).toBe(400);
    const badHtml = await badCode.text();
    expect(fieldError(badHtml, "code")).toBe(t("en", "security.codeWrong"));
    expect(secretOnPage(badHtml)).toBe(secret); // the set-up is still on screen

    const confirmed = await client.post("/en/account/security", { intent: "confirm", code: totpCode(secret), setupUri });
    expect(confirmed.status).toBe(200);
    const done = decode(await confirmed.text());
    expect(done).toContain(t("en", "security.turnedOn"));
    recoveryCodes = recoveryCodesOnPage(done);
    expect(recoveryCodes).toHaveLength(10);

    // Shown once: confirming again (with a valid code) is refused, and the page offers to turn it off, without the codes.
    const again = await client.post("/en/account/security", { intent: "confirm", code: totpCode(secret), setupUri });
    expect(again.status).toBe(400);
    const againHtml = await again.text();
    for (const code of recoveryCodes) expect(againHtml).not.toContain(code);
    const later = decode(await (await client.get("/en/account/security")).text());
    expect(later).toContain(t("en", "security.onHeading"));
    for (const code of recoveryCodes) expect(later).not.toContain(code);
  });

  it("asks for the code after the password: a wrong code is 401, the app's code signs in (302)", async () => {
    const { client, second } = await signInWithCode(email, "000000");
    expect(second.status).toBe(401);
    expect(fieldError(await second.text(), "code")).toBe(t("en", "security.codeWrong"));
    expect((await client.get("/en/account")).status).toBe(302); // not signed in

    const { client: good, second: ok } = await signInWithCode(email, totpCode(secret));
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe("/en/start");
    expect((await good.get("/en/account")).status).toBe(200);
  });

  it("accepts a recovery code once: the second use is refused (401)", async () => {
    const { client, second } = await signInWithCode(email, recoveryCodes[0]);
    expect(second.status).toBe(302);
    expect((await client.get("/en/account")).status).toBe(200);
    const { second: again } = await signInWithCode(email, recoveryCodes[0]);
    expect(again.status).toBe(401);
  });

  it("is turned off with the password (400 when wrong); then the password alone signs in", async () => {
    const { client } = await signInWithCode(email, recoveryCodes[1]);
    const wrong = await client.post("/en/account/security", { intent: "disable", password: "not-my-password" });
    expect(wrong.status).toBe(400);
    const off = await client.post("/en/account/security", { intent: "disable", password: DEMO_PASSWORD });
    expect(off.status).toBe(200);
    expect(decode(await off.text())).toContain(t("en", "security.turnedOff"));
    const plain = await new TestClient(app).post("/en/sign-in", { email, password: DEMO_PASSWORD });
    expect(plain.status).toBe(302);
    expect(plain.headers.get("location")).toBe("/en/start");
  });
});

describe("a programme that requires two-step sign-in", () => {
  it("lets only its admin set the rule (403 for a coordinator), and only once her own is on (400)", async () => {
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.offenbach@eccipa.example");
    expect((await coordinator.post("/en/p/eccipa/security", { required: "on" })).status).toBe(403);

    const admin = new TestClient(app);
    await admin.signIn("admin@eccipa.example");
    const page = await admin.get("/en/p/eccipa/security");
    expect(page.status).toBe(200);
    expect(decode(await page.text())).toContain(t("en", "security.programmeOptional"));
    const tooEarly = await admin.post("/en/p/eccipa/security", { required: "on" });
    expect(tooEarly.status).toBe(400);
    expect(decode(await tooEarly.text())).toContain(t("en", "security.programmeOwnFirst"));

    const bad = await admin.post("/en/p/eccipa/security", { required: "maybe" });
    expect(bad.status).toBe(400);

    const { confirmed } = await enrol(admin);
    expect(confirmed.status).toBe(200);
    const required = await admin.post("/en/p/eccipa/security", { required: "on" });
    expect(required.status).toBe(200);
    expect(decode(await required.text())).toContain(t("en", "security.programmeRequired"));
  });

  it("sends a coordinator without it to the set-up before any other page; a trainer is not concerned", async () => {
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.offenbach@eccipa.example");
    for (const path of ["/en/t/offenbach", "/en/t/offenbach/members", "/en/account", "/en/start"]) {
      const response = await coordinator.get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toBe("/en/account/security");
    }
    const setUp = await coordinator.get("/en/account/security");
    expect(setUp.status).toBe(200);
    expect(decode(await setUp.text())).toContain(t("en", "security.requiredNotice"));

    const trainer = new TestClient(app);
    await trainer.signIn("trainer.offenbach@eccipa.example");
    expect((await trainer.get("/en/t/offenbach")).status).toBe(200);

    const { confirmed } = await enrol(coordinator);
    expect(confirmed.status).toBe(200);
    expect((await coordinator.get("/en/t/offenbach")).status).toBe(200);
  });
});
