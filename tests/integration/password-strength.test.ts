// Easy passwords are refused wherever a password is set (decision 023): accepting an invitation
// (which is also how the first admin from create-admin sets hers), a reset link, and the
// account page. Each refusal is a 400 with a translated message next to the field that says
// what to do; the link still works afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import { startApp, TestClient } from "../support/app";
import { decode, fieldError, inputValue, t } from "../support/pages";
import { deliveredEmailTo } from "../support/server-mail";
import { linkPath } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  app = await startApp();
});

const WEAK = ["aaaaaaaaaaaa", "password1234", "qwertzuiop12"];

describe("weak passwords", () => {
  it("are refused when accepting an invitation (400, in the invitation's language), also the own email or name; then a strong one works", async () => {
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.offenbach@eccipa.example");
    const invited = await coordinator.post("/en/t/offenbach/members", {
      intent: "invite", name: "Greta Gärtner", email: "greta.gaertner@example.org", role: "trainer", organisationId: "", language: "de",
    });
    expect(invited.status).toBe(200);
    const link = linkPath(deliveredEmailTo("greta.gaertner@example.org")!.body);
    const token = new URL(link, "http://x").searchParams.get("token")!;
    const invitee = new TestClient(app);
    for (const password of WEAK) {
      const response = await invitee.post(link, { token, name: "Greta Gärtner", password, confirmPassword: password });
      expect(response.status, password).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "password"), password).toBe(t("de", "security.passwordWeak"));
      expect(inputValue(html, "name")).toBe("Greta Gärtner");
    }
    for (const password of ["greta.gaertner@example.org", "GretaGaertner!"]) {
      const response = await invitee.post(link, { token, name: "Greta Gärtner", password, confirmPassword: password });
      expect(response.status, password).toBe(400);
      expect(fieldError(await response.text(), "password"), password).toBe(t("de", "security.passwordPersonal"));
    }
    const strong = "quiet harbour lantern seventy";
    expect((await invitee.post(link, { token, name: "Greta Gärtner", password: strong, confirmPassword: strong })).status).toBe(302);
  });

  it("are refused on a reset link (400, in the person's language); the link still works afterwards", async () => {
    const email = "partner.cartagena@eccipa.example";
    expect((await new TestClient(app).post("/es/forgot-password", { email })).status).toBe(200);
    const path = linkPath(deliveredEmailTo(email)!.body);
    const token = new URL(path, "http://x").searchParams.get("token")!;
    const client = new TestClient(app);
    for (const password of [...WEAK, email]) {
      const response = await client.post(path, { token, password, confirmPassword: password });
      expect(response.status, password).toBe(400);
      const message = fieldError(await response.text(), "password");
      expect([t("es", "security.passwordWeak"), t("es", "security.passwordPersonal")], password).toContain(message);
    }
    const own = await client.post(path, { token, password: email, confirmPassword: email });
    expect(fieldError(await own.text(), "password")).toBe(t("es", "security.passwordPersonal"));
    const strong = "granite orchard bicycle whisper";
    const done = await client.post(path, { token, password: strong, confirmPassword: strong });
    expect(done.status).toBe(302);
  });

  it("are refused on the account page (400), the own email too; a strong one is saved (200)", async () => {
    const email = "trainer.ravenna@eccipa.example";
    const client = new TestClient(app);
    await client.signIn(email);
    const change = (password: string) =>
      client.post("/it/account", { intent: "password", currentPassword: "demo-password-2026", password, confirmPassword: password });
    for (const password of WEAK) {
      const response = await change(password);
      expect(response.status, password).toBe(400);
      expect(fieldError(await response.text(), "password"), password).toBe(t("it", "security.passwordWeak"));
    }
    const own = await change(email);
    expect(own.status).toBe(400);
    expect(decode(await own.text())).toContain(t("it", "security.passwordPersonal"));
    expect((await change("velvet compass under rain")).status).toBe(200);
  });
});
