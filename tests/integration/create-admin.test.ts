// The first-admin script on an empty installation: programme created once, invitation link that
// the new admin opens to choose her password and land on her dashboard.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, prepareDatabase } from "~/db/client.server";
import { auditLog, programme } from "~/db/schema";
import { createFirstAdmin, parseCreateAdminArgs } from "../../scripts/create-admin";
import { startApp, TestClient } from "../support/app";

type Handler = Awaited<ReturnType<typeof startApp>>;
let app: Handler;

beforeAll(async () => {
  app = await startApp({ demo: false });
  await prepareDatabase();
});

describe("parseCreateAdminArgs", () => {
  it("derives the slug from the programme name and normalises the email", () => {
    const parsed = parseCreateAdminArgs(["--email", "Ana.Ruiz@City.example", "--name", "Ana Ruiz", "--programme", "Cartagena Acoge 2026", "--language", "es"]);
    expect(parsed).toEqual({
      options: { email: "ana.ruiz@city.example", name: "Ana Ruiz", programme: "Cartagena Acoge 2026", slug: "cartagena-acoge-2026", language: "es" },
    });
  });

  it("refuses missing options, a bad email, an unknown language and an unusable slug", () => {
    expect(parseCreateAdminArgs(["--email", "a@b.example"])).toEqual({ error: "Missing --name, --programme." });
    const bad = parseCreateAdminArgs(["--email", "nope", "--name", "Ana", "--programme", "P", "--language", "fr"]);
    expect("error" in bad && bad.error).toMatch(/--email.*\n--language/);
    expect(parseCreateAdminArgs(["--email", "a@b.example", "--name", "Ana", "--programme", "P", "--slug", "Not A Slug"])).toHaveProperty("error");
    expect(parseCreateAdminArgs(["--bogus"])).toHaveProperty("error");
  });
});

describe("createFirstAdmin", () => {
  const options = { email: "ana.ruiz@city.example", name: "Ana Ruiz", programme: "Cartagena Acoge", slug: "cartagena-acoge", language: "es" as const };

  it("creates the programme once, with its audit entry, and invites the admin", async () => {
    const first = await createFirstAdmin(getDb(), options);
    expect(first.createdProgramme).toBe(true);
    expect(first.alreadyAdmin).toBe(false);
    const again = await createFirstAdmin(getDb(), { ...options, programme: "Another name" });
    expect(again.createdProgramme).toBe(false);
    expect(again.programme.name).toBe("Cartagena Acoge");

    const rows = await getDb().select().from(programme).where(eq(programme.slug, "cartagena-acoge"));
    expect(rows).toHaveLength(1);
    const audit = await getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.programmeId, rows[0].id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["competence_framework.install_default", "invitation.create", "invitation.create", "programme.create"]);
  });

  it("gives a link with which the admin sets her password and reaches her dashboard", async () => {
    const result = await createFirstAdmin(getDb(), { ...options, email: "lead@city.example", slug: "pacto-cartagena", programme: "Pacto Cartagena" });
    if (result.alreadyAdmin) throw new Error("unexpected");
    const link = new URL(result.link);
    expect(link.pathname).toBe("/es/invitation");

    const client = new TestClient(app);
    expect((await client.get(link.pathname + link.search)).status).toBe(200);
    const accepted = await client.post("/es/invitation", {
      token: link.searchParams.get("token")!,
      name: "Ana Ruiz",
      password: "una frase larga de prueba",
      confirmPassword: "una frase larga de prueba",
    });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe("/es/start");
    const start = await client.get("/es/start");
    expect(start.headers.get("location")).toBe("/es/p/pacto-cartagena");
    expect((await client.get("/es/p/pacto-cartagena")).status).toBe(200);

    const repeat = await createFirstAdmin(getDb(), { ...options, email: "lead@city.example", slug: "pacto-cartagena" });
    expect(repeat.alreadyAdmin).toBe(true);
  });
});
