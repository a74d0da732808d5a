// Issue 9, A2 and A7 (decision 027): numbers typed in the page's language, and territory names per
// language. Refusals first (400, with the typed value kept), then what is stored and shown.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { territory } from "~/db/schema";
import { startApp, TestClient } from "../support/app";
import { decode, fieldError, inputValue, latestEmailTo, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
let admin: TestClient;

beforeAll(async () => {
  app = await startApp();
  admin = new TestClient(app);
  await admin.signIn("admin@eccipa.example");
});

const stored = async (slug: string) => (await getDb().select().from(territory).where(eq(territory.slug, slug)))[0];

describe("numbers on the territory form", () => {
  it("refuses '97.000' as a population on an English page (400, the message, the typed value kept)", async () => {
    const response = await admin.post("/en/p/eccipa/territories/new", {
      name_en: "Ambiguous Town",
      countryCode: "DE",
      "languages[]": "en",
      population: "97.000",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, "population")).toBe(t("en", "locale.ambiguousNumber"));
    expect(inputValue(html, "population")).toBe("97.000");
    expect(await stored("ambiguous-town")).toBeUndefined();
  });

  it("refuses '1,5' as a share on an English page and '97.5' on a Spanish one", async () => {
    const en = await admin.post("/en/p/eccipa/territories/new", {
      name_en: "Comma Town",
      countryCode: "DE",
      "languages[]": "en",
      foreignResidentsPercent: "1,5",
    });
    expect(en.status).toBe(400);
    expect(fieldError(await en.text(), "foreignResidentsPercent")).toBe(t("en", "locale.ambiguousNumber"));
    const es = await admin.post("/es/p/eccipa/territories/new", {
      name_es: "Villa Punto",
      countryCode: "ES",
      "languages[]": "es",
      population: "97.5",
    });
    expect(es.status).toBe(400);
    expect(fieldError(await es.text(), "population")).toBe(t("es", "locale.ambiguousNumber"));
  });

  it("reads '97.000' as 97000 on the Spanish and German forms", async () => {
    const es = await admin.post("/es/p/eccipa/territories/new", {
      name_es: "Villa Mil",
      countryCode: "ES",
      "languages[]": "es",
      population: "97.000",
      foreignResidentsPercent: "12,5",
    });
    expect(es.status).toBe(302);
    expect(await stored("villa-mil")).toMatchObject({
      population: 97000,
      foreignResidentsPercent: 12.5,
    });
    const de = await admin.post("/de/p/eccipa/territories/new", {
      name_de: "Tausendstadt",
      countryCode: "DE",
      "languages[]": "de",
      population: "97.000",
    });
    expect(de.status).toBe(302);
    expect((await stored("tausendstadt")).population).toBe(97000);
  });

  it("reads a share of '12,5' as 12.5 on the Italian form, and shows it back as '12,5'", async () => {
    const response = await admin.post("/it/p/eccipa/territories/ravenna/edit", {
      name_it: "Comune di Ravenna",
      name_en: "City of Ravenna",
      countryCode: "IT",
      "languages[]": "it",
      population: "156.000",
      foreignResidentsPercent: "12,5",
      tcnPercent: "8,5",
    });
    expect(response.status).toBe(302);
    expect(await stored("ravenna")).toMatchObject({
      population: 156000,
      foreignResidentsPercent: 12.5,
      tcnPercent: 8.5,
    });
    const form = await (await admin.get("/it/p/eccipa/territories/ravenna/edit")).text();
    expect(inputValue(form, "foreignResidentsPercent")).toBe("12,5");
    expect(inputValue(form, "population")).toBe("156.000");
    const english = await (await admin.get("/en/p/eccipa/territories/ravenna/edit")).text();
    expect(inputValue(english, "population")).toBe("156,000");
    expect(english).not.toMatch(/type="number"/);
  });
});

describe("territory names per language", () => {
  it("requires the name in each of the territory's own languages (400)", async () => {
    const response = await admin.post("/en/p/eccipa/territories/new", {
      name_en: "Only English",
      countryCode: "DE",
      "languages[]": ["de"],
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, "name_de")).toBe(t("en", "locale.territoryNameRequired"));
    expect(inputValue(html, "name_en")).toBe("Only English");
  });

  it("shows the demo territories' names in the page's language", async () => {
    const names = {
      en: "County of Offenbach",
      de: "Kreis Offenbach",
      it: "Comune di Ravenna",
      es: "Ayuntamiento de Cartagena",
    } as const;
    for (const [lang, name] of Object.entries(names)) {
      const home = decode(await (await new TestClient(app).get(`/${lang}`)).text());
      expect(home, lang).toContain(name);
    }
    const dashboard = decode(await (await admin.get("/es/p/eccipa")).text());
    expect(dashboard).toContain("Ayuntamiento de Cartagena");
    expect(dashboard).not.toContain("City of Cartagena");
    const territoryHome = decode(await (await admin.get("/de/t/offenbach")).text());
    expect(territoryHome).toContain("Kreis Offenbach");
    expect(territoryHome).not.toContain("County of Offenbach");
  });

  it("shows a name missing in the page's language in another, marked with its language", async () => {
    const created = await admin.post("/en/p/eccipa/territories/new", {
      name_de: "Kreis Beispiel",
      countryCode: "DE",
      "languages[]": "de",
    });
    expect(created.status).toBe(302);
    expect((await stored("kreis-beispiel")).names).toEqual({
      de: "Kreis Beispiel",
    });
    const html = await (await admin.get("/it/p/eccipa")).text();
    expect(html).toContain('<span lang="de">Kreis Beispiel</span>');
    expect(html).toMatch(/<span lang="de">Kreis Beispiel<\/span> <span class="muted">\(Deutsch\)<\/span>/);
  });
});

describe("the invitation email's role phrase", () => {
  const invite = (fields: Record<string, string>) => ({ intent: "invite", organisationId: "", ...fields });

  it("names the territory and the role in a phrase that holds in each language, the name in the email's language", async () => {
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.cartagena@eccipa.example");
    const expected = {
      es: "Lucía Navarro le ha invitado a Eccipa: Ayuntamiento de Cartagena, con el rol «Coordinación del territorio».",
      it: "Lucía Navarro ti ha invitato/a su Eccipa: Comune di Cartagena, con il ruolo «Coordinamento del territorio».",
      de: "Lucía Navarro hat Sie zu Eccipa eingeladen: Stadt Cartagena, in der Rolle „Gebietskoordination“.",
      en: "Lucía Navarro has invited you to Eccipa: City of Cartagena, with the role “Territory coordinator”.",
    };
    for (const [language, sentence] of Object.entries(expected)) {
      const email = `new.${language}@example.org`;
      const response = await coordinator.post("/es/t/cartagena/members", invite({ name: "Nueva Persona", email, role: "coordinator", language }));
      expect(response.status, language).toBe(200);
      const mail = await latestEmailTo(email);
      expect(mail.body, language).toContain(sentence);
    }
    const spanish = (await latestEmailTo("new.es@example.org")).body;
    expect(spanish).not.toMatch(/como Coordinación/);
  });
});

describe("the Needs Review Report's language on its page", () => {
  const REPORT = "/es/t/offenbach/needs-review/report";

  it("shows the report in the page's language by default, says so, and offers the territory's", async () => {
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.offenbach@eccipa.example");
    const response = await coordinator.get(REPORT);
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain('<article class="report" lang="es">');
    expect(html).toContain(t("es", "locale.reportShownIn", { language: "Español" }));
    expect(html).toContain(`href="${REPORT}?lang=de"`);
    expect(html).toContain(t("es", "locale.reportInTerritoryLanguage", { language: "Deutsch" }));
    expect(html).toContain(`${REPORT.replace("/report", "/report.docx")}?lang=es`);
  });

  it("shows the territory's language when chosen, saying so, with the territory's name in that language", async () => {
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.offenbach@eccipa.example");
    const html = decode(await (await coordinator.get(`${REPORT}?lang=de`)).text());
    expect(html).toContain('<article class="report" lang="de">');
    expect(html).toContain(t("es", "locale.reportShownIn", { language: "Deutsch" }));
    expect(html).toContain(t("es", "locale.reportInPageLanguage", { language: "Español" }));
    expect(html).toContain(t("de", "report.documentTitle", { territory: "Kreis Offenbach" }));
  });
});
