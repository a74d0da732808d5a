// Without SMTP, mail waits in the outbox. Each programme admin reads her own programme's
// mail and account mail of her own members, never another programme's invitation links.
import { beforeAll, describe, expect, it } from "vitest";
import { createAccountWithPassword } from "~/auth/auth.server";
import { getDb } from "~/db/client.server";
import { outboxEmail, programme, programmeMember } from "~/db/schema";
import { startApp, TestClient } from "../support/app";
import { decode, linkPath } from "../support/pages";
import { deliveredEmailTo } from "../support/server-mail";

let handler: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  handler = await startApp();
  const db = getDb();
  const [other] = await db.insert(programme).values({ slug: "other-programme", name: "Other programme" }).returning();
  const admin = await createAccountWithPassword({ email: "admin@other.example", name: "Other Admin", password: "other-password-2026", language: "en" });
  await db.insert(programmeMember).values({ programmeId: other.id, userId: admin.id, role: "programme_admin" });
});

describe("the email outbox", () => {
  it("shows a programme's invitations to its own admin", async () => {
    const coordinator = new TestClient(handler);
    await coordinator.signIn("coordinator.offenbach@eccipa.example");
    const invite = await coordinator.post("/en/t/offenbach/members", {
      intent: "invite",
      name: "Outbox Probe",
      email: "outbox-probe@eccipa.example",
      role: "trainer",
      language: "en",
    });
    expect(invite.status).toBe(200);

    const admin = new TestClient(handler);
    await admin.signIn("admin@eccipa.example");
    const page = await admin.get("/en/p/eccipa/outbox");
    expect(page.status).toBe(200);
    const html = decode(await page.text());
    expect(html).toContain("outbox-probe@eccipa.example");

    // …but never its working link: only the addressee (through the server's log here) gets the token.
    const token = new URL(linkPath(deliveredEmailTo("outbox-probe@eccipa.example")!.body), "http://x").searchParams.get("token")!;
    expect(token.length).toBeGreaterThan(20);
    expect(html).not.toContain(token);
    expect(html).toContain("/en/invitation?token=…");
    const stored = await getDb().select({ body: outboxEmail.body }).from(outboxEmail);
    expect(stored.some((row) => row.body.includes(token))).toBe(false);
  });

  it("hides them from the admin of another programme, who sees her own members' account mail", async () => {
    const stranger = new TestClient(handler);
    await stranger.post("/en/forgot-password", { email: "admin@other.example" });
    await stranger.post("/en/forgot-password", { email: "coordinator.offenbach@eccipa.example" });

    const otherAdmin = new TestClient(handler);
    await otherAdmin.signIn("admin@other.example", "other-password-2026");
    const page = await otherAdmin.get("/en/p/other-programme/outbox");
    expect(page.status).toBe(200);
    const html = await page.text();
    // Her own reset email is there; the eccipa coordinator's reset is not: one reset in all.
    expect(html.match(/class="mail__subject">Reset your Eccipa password</g)).toHaveLength(1);
    expect(html).not.toContain("outbox-probe@eccipa.example");
    expect(html).not.toContain("coordinator.offenbach@eccipa.example");
  });
});
