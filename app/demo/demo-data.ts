// The ECCIPA reference programme (2020–2023) as demo data. Territories, partners and dates come
// from the project's public brochures; every person, email address and context figure here is
// invented or approximate, for demonstration only.
import type { DeskSourceKind, LocalizedText, OrganisationKind, PhaseKind, ProgrammeRole, TargetGroup, TerritoryRole } from "~/db/schema";

export const DEMO_PASSWORD = "demo-password-2026";

export const DEMO_PROGRAMME = {
  slug: "eccipa",
  name: "ECCIPA",
  startsOn: "2020-12-01",
  endsOn: "2023-05-31",
  summary: {
    en: "ECCIPA helps cities make their services for third-country nationals more responsive by training the civil servants who deliver them. Each territory runs a Needs Review, co-designs a training programme with local stakeholders, trains its staff for twelve months and writes a Local Integration Strategy; the lessons learned are gathered in a Manifesto for other cities.",
    de: "ECCIPA unterstützt Städte dabei, ihre Angebote für Drittstaatsangehörige bedarfsgerechter zu gestalten, indem es die Verwaltungsbeschäftigten fortbildet, die diese Angebote erbringen. Jedes Gebiet führt eine Bedarfsanalyse durch, gestaltet mit lokalen Akteuren ein Trainingsprogramm, bildet seine Beschäftigten zwölf Monate lang fort und erarbeitet eine lokale Integrationsstrategie; die Erfahrungen fließen in ein Manifest für andere Städte ein.",
    it: "ECCIPA aiuta le città a rendere più efficaci i servizi per i cittadini di paesi terzi formando il personale comunale che li eroga. Ogni territorio svolge un'analisi dei bisogni, co-progetta un programma di formazione con gli attori locali, forma il proprio personale per dodici mesi e definisce una strategia locale di integrazione; le lezioni apprese confluiscono in un Manifesto per altre città.",
    es: "ECCIPA ayuda a las ciudades a mejorar sus servicios para nacionales de terceros países formando al personal municipal que los presta. Cada territorio realiza un análisis de necesidades, codiseña un programa de formación con los actores locales, forma a su personal durante doce meses y elabora una estrategia local de integración; las lecciones aprendidas se recogen en un Manifiesto para otras ciudades.",
  } satisfies LocalizedText,
  fundingNote: {
    en: "The reference programme was funded by the European Union's Erasmus+ programme (2020-1-DE02-KA202-007701).",
    de: "Das Referenzprogramm wurde aus dem Programm Erasmus+ der Europäischen Union gefördert (2020-1-DE02-KA202-007701).",
    it: "Il programma di riferimento è stato finanziato dal programma Erasmus+ dell'Unione europea (2020-1-DE02-KA202-007701).",
    es: "El programa de referencia fue financiado por el programa Erasmus+ de la Unión Europea (2020-1-DE02-KA202-007701).",
  } satisfies LocalizedText,
};

export const DEMO_PHASES: { kind: PhaseKind; startsOn: string; endsOn: string }[] = [
  { kind: "needs_review", startsOn: "2021-03-01", endsOn: "2021-06-30" },
  { kind: "focus_groups", startsOn: "2021-06-01", endsOn: "2021-06-21" },
  { kind: "piloting", startsOn: "2021-06-01", endsOn: "2022-03-31" },
  { kind: "co_design", startsOn: "2021-07-01", endsOn: "2021-10-31" },
  { kind: "capacity_building", startsOn: "2021-11-01", endsOn: "2022-10-31" },
  { kind: "strategy", startsOn: "2022-06-01", endsOn: "2022-12-31" },
  { kind: "manifesto", startsOn: "2023-01-01", endsOn: "2023-05-31" },
  { kind: "dissemination", startsOn: "2023-03-01", endsOn: "2023-05-31" },
];

// Context figures are rounded approximations for the demo, not official statistics.
export const DEMO_TERRITORIES = [
  // `name` is the local name (in the territory's first language); `names` gives one per platform language (decision 027).
  { slug: "offenbach", name: "Kreis Offenbach", names: { de: "Kreis Offenbach", en: "County of Offenbach", it: "Distretto di Offenbach", es: "Distrito de Offenbach" }, countryCode: "DE", languages: ["de"], population: 355000, foreignResidentsPercent: 21.5, tcnPercent: 11.0 },
  { slug: "ravenna", name: "Comune di Ravenna", names: { it: "Comune di Ravenna", en: "City of Ravenna", de: "Stadt Ravenna", es: "Ayuntamiento de Rávena" }, countryCode: "IT", languages: ["it"], population: 156000, foreignResidentsPercent: 12.0, tcnPercent: 8.5 },
  { slug: "cartagena", name: "Ayuntamiento de Cartagena", names: { es: "Ayuntamiento de Cartagena", en: "City of Cartagena", de: "Stadt Cartagena", it: "Comune di Cartagena" }, countryCode: "ES", languages: ["es"], population: 216000, foreignResidentsPercent: 11.5, tcnPercent: 8.0 },
] as const;

export const DEMO_ORGANISATIONS: { name: string; kind: OrganisationKind; countryCode: string; territorySlug: string | null }[] = [
  { name: "Pro Arbeit – Kreis Offenbach", kind: "public_authority", countryCode: "DE", territorySlug: "offenbach" },
  { name: "CCB", kind: "training_provider", countryCode: "IT", territorySlug: "ravenna" },
  { name: "Comune di Ravenna", kind: "public_authority", countryCode: "IT", territorySlug: "ravenna" },
  { name: "ACCEM", kind: "ngo", countryCode: "ES", territorySlug: "cartagena" },
  { name: "ADLE – Agencia de Desarrollo Local y Empleo de Cartagena", kind: "public_authority", countryCode: "ES", territorySlug: "cartagena" },
];

type DemoAccount = {
  email: string;
  name: string;
  language: "en" | "de" | "it" | "es";
  programmeRole?: ProgrammeRole;
  territory?: { slug: string; role: TerritoryRole; organisation?: string };
};

// Invented people. The README lists these accounts; the password is the same demo password.
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@eccipa.example", name: "Lena Hartmann", language: "en", programmeRole: "programme_admin" },
  { email: "expert@eccipa.example", name: "Ana Sousa", language: "en", programmeRole: "expert" },
  { email: "coordinator.offenbach@eccipa.example", name: "Jonas Weber", language: "de", territory: { slug: "offenbach", role: "coordinator", organisation: "Pro Arbeit – Kreis Offenbach" } },
  { email: "partner.offenbach@eccipa.example", name: "Miriam Scholz", language: "de", territory: { slug: "offenbach", role: "technical_partner", organisation: "Pro Arbeit – Kreis Offenbach" } },
  { email: "trainer.offenbach@eccipa.example", name: "Tobias Krüger", language: "de", territory: { slug: "offenbach", role: "trainer" } },
  { email: "trainee.offenbach@eccipa.example", name: "Aylin Demir", language: "de", territory: { slug: "offenbach", role: "trainee" } },
  { email: "committee.offenbach@eccipa.example", name: "Frank Otto", language: "de", territory: { slug: "offenbach", role: "committee_member" } },
  { email: "coordinator.ravenna@eccipa.example", name: "Giulia Rinaldi", language: "it", territory: { slug: "ravenna", role: "coordinator", organisation: "Comune di Ravenna" } },
  { email: "partner.ravenna@eccipa.example", name: "Marco Ferri", language: "it", territory: { slug: "ravenna", role: "technical_partner", organisation: "CCB" } },
  { email: "coordinator.cartagena@eccipa.example", name: "Lucía Navarro", language: "es", territory: { slug: "cartagena", role: "coordinator", organisation: "ADLE – Agencia de Desarrollo Local y Empleo de Cartagena" } },
  { email: "partner.cartagena@eccipa.example", name: "Javier Ortega", language: "es", territory: { slug: "cartagena", role: "technical_partner", organisation: "ACCEM" } },
];

// Needs Review (first slice): desk research sources and participants with consent, in each
// territory's language. Every source, participant, name and contact below is invented: the
// identities are marked as such in the territory's language, and no contact reaches anyone.
type DemoParticipant = {
  pseudonym: string;
  targetGroup: TargetGroup;
  /** Where she works or whom she speaks for (one field since issue 9). */
  organisation?: string;
  ageBand?: string;
  gender?: string;
  regionOfOrigin?: string;
  languages: string[];
  identity?: { realName: string; contact: string };
  consent: { purpose: string; givenOn: string; informationSheetVersion: string };
};
type DemoNeedsReview = {
  sources: { title: string; kind: DeskSourceKind; notes: string; themes: string[] }[];
  participants: DemoParticipant[];
};

export const DEMO_NEEDS_REVIEW: Record<string, DemoNeedsReview> = {
  offenbach: {
    sources: [
      { title: "Integrationskonzept des Kreises (Beispiel)", kind: "strategy", notes: "Erfundenes Beispiel. Leitlinien zur Willkommenskultur; wenig zu Fortbildung der Verwaltungsbeschäftigten.", themes: ["Willkommenskultur", "Fortbildung"] },
      { title: "Statistik der Ausländerbehörde 2020 (Beispiel)", kind: "statistics", notes: "Erfundenes Beispiel. Wartezeiten für Termine und Zahl der Vorsprachen nach Herkunft.", themes: ["Wartezeiten"] },
    ],
    participants: [
      { pseudonym: "CS-01", targetGroup: "civil_servant", organisation: "Ausländerbehörde", ageBand: "35_44", gender: "female", languages: ["de", "en"], consent: { purpose: "Interview, Aufzeichnung und anonymisierte Zitate", givenOn: "2021-03-22", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-01", targetGroup: "third_country_national", ageBand: "25_34", gender: "male", regionOfOrigin: "Westafrika", languages: ["fr", "de"], identity: { realName: "Kofi Mensah (erfunden)", contact: "kofi.mensah@beispiel.example" }, consent: { purpose: "Interview, Aufzeichnung und anonymisierte Zitate", givenOn: "2021-04-08", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-01", targetGroup: "stakeholder", organisation: "Migrantenverein (Beispiel)", languages: ["de", "tr"], consent: { purpose: "Interview und anonymisierte Zitate", givenOn: "2021-04-15", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-02", targetGroup: "civil_servant", organisation: "Jobcenter", ageBand: "45_54", gender: "male", languages: ["de"], consent: { purpose: "Interview, Aufzeichnung und anonymisierte Zitate", givenOn: "2021-04-13", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-03", targetGroup: "third_country_national", ageBand: "35_44", gender: "female", regionOfOrigin: "Naher Osten", languages: ["ar", "de"], consent: { purpose: "Interview und anonymisierte Zitate", givenOn: "2021-04-19", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-03", targetGroup: "civil_servant", organisation: "Bürgerbüro", ageBand: "25_34", gender: "female", languages: ["de", "tr"], consent: { purpose: "Interview, Aufzeichnung und anonymisierte Zitate", givenOn: "2021-04-23", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-04", targetGroup: "third_country_national", ageBand: "25_34", gender: "male", regionOfOrigin: "Südasien", languages: ["en", "hi"], identity: { realName: "Arjun Mehta (erfunden)", contact: "arjun.mehta@beispiel.example" }, consent: { purpose: "Interview, Aufzeichnung und anonymisierte Zitate", givenOn: "2021-04-26", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-02", targetGroup: "stakeholder", organisation: "Wohlfahrtsverband, Migrationsdienst (Beispiel)", languages: ["de", "en"], consent: { purpose: "Interview und anonymisierte Zitate", givenOn: "2021-05-03", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-05", targetGroup: "third_country_national", ageBand: "under_25", gender: "female", regionOfOrigin: "Ostafrika", languages: ["ti", "en", "de"], identity: { realName: "Selam Tesfaye (erfunden)", contact: "0151 0000000 (erfunden)" }, consent: { purpose: "Interview und anonymisierte Zitate", givenOn: "2021-05-07", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-04", targetGroup: "civil_servant", organisation: "Ausländerbehörde", ageBand: "55_64", gender: "male", languages: ["de"], consent: { purpose: "Interview, Aufzeichnung und anonymisierte Zitate", givenOn: "2021-05-12", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-05", targetGroup: "civil_servant", organisation: "Ausländerbehörde", ageBand: "25_34", gender: "female", languages: ["de", "ru"], consent: { purpose: "Interview, Aufzeichnung und anonymisierte Zitate", givenOn: "2021-05-12", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-03", targetGroup: "stakeholder", organisation: "Ehrenamtliche Integrationslotsen (Beispiel)", languages: ["de", "fa"], consent: { purpose: "Interview und anonymisierte Zitate", givenOn: "2021-05-20", informationSheetVersion: "1.0" } },
    ],
  },
  ravenna: {
    sources: [
      { title: "Piano comunale per l'integrazione (esempio)", kind: "policy", notes: "Esempio inventato. Obiettivi sull'accesso ai servizi; nessuna misura sulla formazione del personale comunale.", themes: ["accesso ai servizi", "formazione"] },
      { title: "Rapporto sportello immigrazione 2020 (esempio)", kind: "report", notes: "Esempio inventato. Richieste per permesso di soggiorno e barriere linguistiche allo sportello.", themes: ["barriere linguistiche"] },
    ],
    participants: [
      { pseudonym: "CS-01", targetGroup: "civil_servant", organisation: "Ufficio anagrafe", ageBand: "45_54", gender: "female", languages: ["it"], consent: { purpose: "Intervista, registrazione e citazioni anonime", givenOn: "2021-03-25", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-01", targetGroup: "third_country_national", ageBand: "25_34", gender: "female", regionOfOrigin: "Nord Africa", languages: ["ar", "it", "fr"], identity: { realName: "Samira Benali (inventata)", contact: "samira.benali@esempio.example" }, consent: { purpose: "Intervista, registrazione e citazioni anonime", givenOn: "2021-04-12", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-02", targetGroup: "third_country_national", ageBand: "35_44", gender: "male", regionOfOrigin: "Asia meridionale", languages: ["ur", "en"], consent: { purpose: "Intervista e citazioni anonime", givenOn: "2021-04-20", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-01", targetGroup: "stakeholder", organisation: "Associazione di migranti (esempio)", languages: ["it"], consent: { purpose: "Intervista e citazioni anonime", givenOn: "2021-05-03", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-02", targetGroup: "civil_servant", organisation: "Servizi sociali", ageBand: "35_44", gender: "female", languages: ["it", "en"], consent: { purpose: "Intervista, registrazione e citazioni anonime", givenOn: "2021-04-16", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-03", targetGroup: "third_country_national", ageBand: "25_34", gender: "male", regionOfOrigin: "Africa occidentale", languages: ["wo", "fr", "it"], identity: { realName: "Moussa Diallo (inventato)", contact: "moussa.diallo@esempio.example" }, consent: { purpose: "Intervista, registrazione e citazioni anonime", givenOn: "2021-04-21", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-03", targetGroup: "civil_servant", organisation: "Ufficio relazioni con il pubblico", ageBand: "45_54", gender: "male", languages: ["it"], consent: { purpose: "Intervista, registrazione e citazioni anonime", givenOn: "2021-04-28", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-02", targetGroup: "stakeholder", organisation: "Centro di ascolto (esempio)", languages: ["it", "es"], consent: { purpose: "Intervista e citazioni anonime", givenOn: "2021-05-03", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-04", targetGroup: "third_country_national", ageBand: "35_44", gender: "male", regionOfOrigin: "Asia meridionale", languages: ["bn", "en"], consent: { purpose: "Intervista e citazioni anonime", givenOn: "2021-05-10", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-05", targetGroup: "third_country_national", ageBand: "25_34", gender: "female", regionOfOrigin: "America Latina", languages: ["es", "it"], identity: { realName: "Daniela Ruiz (inventata)", contact: "333 0000000 (inventato)" }, consent: { purpose: "Intervista, registrazione e citazioni anonime", givenOn: "2021-05-12", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-04", targetGroup: "civil_servant", organisation: "Ufficio casa", ageBand: "55_64", gender: "female", languages: ["it"], consent: { purpose: "Intervista e citazioni anonime", givenOn: "2021-05-18", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-03", targetGroup: "stakeholder", organisation: "Patronato sindacale (esempio)", languages: ["it", "ar"], consent: { purpose: "Intervista e citazioni anonime", givenOn: "2021-05-18", informationSheetVersion: "1.0" } },
    ],
  },
  cartagena: {
    sources: [
      { title: "Plan municipal de convivencia (ejemplo)", kind: "strategy", notes: "Ejemplo inventado. Medidas de acogida; la formación del personal municipal apenas aparece.", themes: ["acogida", "formación"] },
      { title: "Padrón municipal: población extranjera 2020 (ejemplo)", kind: "statistics", notes: "Ejemplo inventado. Población por nacionalidad y barrio.", themes: ["datos de población"] },
    ],
    participants: [
      { pseudonym: "CS-01", targetGroup: "civil_servant", organisation: "Servicios sociales", ageBand: "35_44", gender: "male", languages: ["es"], consent: { purpose: "Entrevista, grabación y citas anonimizadas", givenOn: "2021-03-30", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-01", targetGroup: "third_country_national", ageBand: "25_34", gender: "female", regionOfOrigin: "América Latina", languages: ["es"], identity: { realName: "Valentina Rojas (inventada)", contact: "valentina.rojas@ejemplo.example" }, consent: { purpose: "Entrevista, grabación y citas anonimizadas", givenOn: "2021-04-14", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-01", targetGroup: "stakeholder", organisation: "Asociación de migrantes (ejemplo)", languages: ["es", "ar"], consent: { purpose: "Entrevista y citas anonimizadas", givenOn: "2021-05-05", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-02", targetGroup: "civil_servant", organisation: "Padrón y atención ciudadana", ageBand: "45_54", gender: "female", languages: ["es"], consent: { purpose: "Entrevista, grabación y citas anonimizadas", givenOn: "2021-04-21", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-03", targetGroup: "third_country_national", ageBand: "35_44", gender: "male", regionOfOrigin: "Norte de África", languages: ["ar", "es"], identity: { realName: "Youssef Amrani (inventado)", contact: "600 000 000 (inventado)" }, consent: { purpose: "Entrevista, grabación y citas anonimizadas", givenOn: "2021-04-26", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-03", targetGroup: "civil_servant", organisation: "Agencia de empleo", ageBand: "35_44", gender: "male", languages: ["es", "en"], consent: { purpose: "Entrevista, grabación y citas anonimizadas", givenOn: "2021-04-30", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-02", targetGroup: "stakeholder", organisation: "ONG de acogida (ejemplo)", languages: ["es", "fr"], consent: { purpose: "Entrevista y citas anonimizadas", givenOn: "2021-05-05", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-04", targetGroup: "third_country_national", ageBand: "25_34", gender: "male", regionOfOrigin: "África occidental", languages: ["en", "yo"], consent: { purpose: "Entrevista y citas anonimizadas", givenOn: "2021-05-11", informationSheetVersion: "1.0" } },
      { pseudonym: "TCN-05", targetGroup: "third_country_national", ageBand: "45_54", gender: "female", regionOfOrigin: "América Latina", languages: ["es"], identity: { realName: "Rosa Quispe (inventada)", contact: "rosa.quispe@ejemplo.example" }, consent: { purpose: "Entrevista, grabación y citas anonimizadas", givenOn: "2021-05-14", informationSheetVersion: "1.0" } },
      { pseudonym: "CS-04", targetGroup: "civil_servant", organisation: "Educación", ageBand: "25_34", gender: "female", languages: ["es", "fr"], consent: { purpose: "Entrevista, grabación y citas anonimizadas", givenOn: "2021-05-19", informationSheetVersion: "1.0" } },
      { pseudonym: "NGO-03", targetGroup: "stakeholder", organisation: "Asociación de mujeres migrantes (ejemplo)", languages: ["es", "ar"], consent: { purpose: "Entrevista y citas anonimizadas", givenOn: "2021-05-24", informationSheetVersion: "1.0" } },
    ],
  },
};
