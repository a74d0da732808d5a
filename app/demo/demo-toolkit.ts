// The ECCIPA Training Programme Toolkit of the demo: eight modules in English, traced to the
// validated demo findings of the three territories and to the competences of the default
// framework (linked by key where the framework has them). EVERYTHING HERE IS INVENTED for the
// demo; the link materials point to real public pages. Modules are only ever appended, matched by
// title, so a module changed in the app keeps its text, links and place.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "~/db/client.server";
import type { TrainingMethod } from "~/db/schema";
import { competence, finding, moduleCompetence, moduleFinding, moduleMaterial, territory, toolkit, trainingModule } from "~/db/schema";
import { DEMO_FINDINGS } from "~/demo/demo-findings";

type Need = { territory: keyof typeof DEMO_FINDINGS; finding: number };
type DemoModule = {
  title: string;
  summary: string;
  learningOutcomes: string[];
  methods: TrainingMethod[];
  durationMinutes: number;
  trainerNotes: string;
  competences: string[];
  needs: Need[];
  link: { title: string; url: string };
  file?: { title: string; fileName: string; text: string };
};

const need = (t: Need["territory"], finding: number): Need => ({ territory: t, finding });

export const DEMO_TOOLKIT = {
  title: "ECCIPA Training Programme Toolkit (demo)",
  introduction: "Invented for the demo: eight modules for staff who serve third-country nationals, traced to the demo Needs Reviews of Offenbach, Ravenna and Cartagena.",
};

export const DEMO_MODULES: DemoModule[] = [
  {
    title: "Plain language at the counter",
    summary: "Explaining procedures so that newcomers understand them the first time, in speech and in writing.",
    learningOutcomes: [
      "Participants can rewrite a standard letter of their office in plain language.",
      "Participants can check understanding without embarrassing the person in front of them.",
    ],
    methods: ["face_to_face", "role_play"],
    durationMinutes: 180,
    trainerNotes: "Ask participants to bring one real (anonymised) letter of their office. Role plays in pairs, then swap.",
    competences: ["communication-across-languages"],
    needs: [need("offenbach", 2), need("cartagena", 1)],
    link: { title: "European Website on Integration", url: "https://migrant-integration.ec.europa.eu/" },
    file: {
      title: "Checklist: a letter in plain language (demo)",
      fileName: "plain-language-checklist-demo.txt",
      text: "Invented demo handout.\n1. One message per sentence.\n2. Say what the reader must do, and by when.\n3. Explain every technical word once.\n4. Give a name and a telephone number.\n",
    },
  },
  {
    title: "Working with interpreters and intercultural mediators",
    summary: "When and how to involve an interpreter or mediator, and why children must not interpret.",
    learningOutcomes: [
      "Participants can organise telephone or video interpreting for an appointment.",
      "Participants can lead a conversation through an interpreter, speaking to the person, not to the interpreter.",
    ],
    methods: ["role_play", "case_study"],
    durationMinutes: 240,
    trainerNotes: "Invite a mediator of a local association as co-trainer if possible.",
    competences: ["communication-across-languages", "intercultural-competence"],
    needs: [need("offenbach", 1), need("ravenna", 3), need("cartagena", 0)],
    link: { title: "Council of Europe – Intercultural Cities", url: "https://www.coe.int/en/web/interculturalcities" },
  },
  {
    title: "Residence law in practice for front-office staff",
    summary: "The residence permits, registrations and rights newcomers ask about most, and where to check when unsure.",
    learningOutcomes: [
      "Participants can name the main residence titles and what each allows.",
      "Participants can say where to find the current rules and whom to ask before giving an answer.",
    ],
    methods: ["face_to_face", "case_study"],
    durationMinutes: 360,
    trainerNotes: "Update the national examples before each cohort: the rules change often.",
    competences: ["rights-based-migration-law"],
    needs: [need("offenbach", 6), need("ravenna", 1), need("cartagena", 4), need("cartagena", 6)],
    link: { title: "EU Immigration Portal", url: "https://immigration-portal.ec.europa.eu/" },
  },
  {
    title: "Recognising and countering discrimination",
    summary: "Everyday discrimination at the counter, what the law says, and how complaints can be made and handled.",
    learningOutcomes: [
      "Participants can recognise discriminatory remarks and practices, including unintended ones.",
      "Participants can explain to a person how to complain, and handle a complaint about a colleague.",
    ],
    methods: ["case_study", "peer_exchange", "role_play"],
    durationMinutes: 240,
    trainerNotes: "Sensitive topic: agree on ground rules first. Use the invented cases, never real colleagues.",
    competences: ["countering-discrimination"],
    needs: [need("offenbach", 9), need("cartagena", 9)],
    link: { title: "European Union Agency for Fundamental Rights", url: "https://fra.europa.eu/en" },
  },
  {
    title: "Intercultural competence in everyday service",
    summary: "Own assumptions, other expectations: reflecting on encounters at work, built together with associations.",
    learningOutcomes: [
      "Participants can describe how their own background shapes their expectations of service users.",
      "Participants can handle a misunderstanding by asking rather than assuming.",
    ],
    methods: ["face_to_face", "peer_exchange"],
    durationMinutes: 300,
    trainerNotes: "Pair each participant with a member of a migrant association for the exchange part.",
    competences: ["intercultural-competence", "diversity-management"],
    needs: [need("ravenna", 6), need("cartagena", 6)],
    link: {
      title: "Council of Europe – Reference Framework of Competences for Democratic Culture",
      url: "https://www.coe.int/en/web/reference-framework-of-competences-for-democratic-culture",
    },
  },
  {
    title: "Cooperating with NGOs and migrant associations",
    summary: "Who does what in the territory, and how to refer people and share cases with associations.",
    learningOutcomes: [
      "Participants can map the associations and services newcomers turn to in their territory.",
      "Participants can agree a referral with an association, with the person's consent.",
    ],
    methods: ["study_visit", "peer_exchange"],
    durationMinutes: 480,
    trainerNotes: "A full day: the morning at an association, the afternoon mapping services together.",
    competences: ["cooperation-with-ngos"],
    needs: [need("ravenna", 5), need("offenbach", 4)],
    link: { title: "European Website on Integration", url: "https://migrant-integration.ec.europa.eu/" },
  },
  {
    title: "Digital services without exclusion",
    summary: "Online appointments and forms that everyone can use, and help at the counter for those who cannot.",
    learningOutcomes: [
      "Participants can name the barriers of their office's online services for newcomers.",
      "Participants can offer an alternative way in for people without a digital identity or device.",
    ],
    methods: ["case_study", "e_learning"],
    durationMinutes: 120,
    trainerNotes: "The e-learning part can be done before the session; the case study needs the office's own booking page.",
    competences: ["diversity-management", "communication-across-languages"],
    needs: [need("offenbach", 3), need("ravenna", 4), need("cartagena", 3)],
    link: { title: "EU Immigration Portal", url: "https://immigration-portal.ec.europa.eu/" },
  },
  {
    title: "One-stop information: guiding newcomers between offices",
    summary: "Giving the right first answer and a clear next step, so that nobody is sent from one office to the next.",
    learningOutcomes: [
      "Participants can tell which office is responsible for the most frequent requests.",
      "Participants can hand a person over to another office with the information she needs.",
    ],
    methods: ["study_visit", "case_study"],
    durationMinutes: 240,
    trainerNotes: "Visit the one-stop desk of another territory if one exists; otherwise simulate a referral chain.",
    competences: ["cooperation-with-ngos", "communication-across-languages"],
    needs: [need("ravenna", 2), need("offenbach", 4), need("cartagena", 1)],
    link: { title: "European Website on Integration", url: "https://migrant-integration.ec.europa.eu/" },
  },
];

/** The programme's Toolkit (created if missing) and the demo modules it lacks, with their links. */
export async function seedDemoToolkit(db: Database, programmeId: string): Promise<void> {
  await db.transaction(async (tx) => {
    let [kit] = await tx
      .select({ id: toolkit.id })
      .from(toolkit)
      .where(and(eq(toolkit.programmeId, programmeId), isNull(toolkit.territoryId)));
    kit ??= (await tx.insert(toolkit).values({ programmeId, territoryId: null, language: "en", ...DEMO_TOOLKIT }).returning({ id: toolkit.id }))[0];
    const existing = await tx.select({ title: trainingModule.title }).from(trainingModule).where(eq(trainingModule.toolkitId, kit.id));
    const have = new Set(existing.map((m) => m.title));
    const missing = DEMO_MODULES.map((m, position) => ({ m, position })).filter(({ m }) => !have.has(m.title));
    if (!missing.length) return;

    // The findings by territory and original statement; the competences by key (those the framework has).
    const statements = [...new Set(missing.flatMap(({ m }) => m.needs.map((n) => DEMO_FINDINGS[n.territory].findings[n.finding].statement)))];
    const findings = await tx
      .select({ id: finding.id, slug: territory.slug, statement: finding.statement })
      .from(finding)
      .innerJoin(territory, eq(territory.id, finding.territoryId))
      .where(and(eq(territory.programmeId, programmeId), inArray(finding.statement, statements)));
    const findingId = new Map(findings.map((f) => [`${f.slug}\n${f.statement}`, f.id]));
    const keys = [...new Set(missing.flatMap(({ m }) => m.competences))];
    const competences = await tx
      .select({ id: competence.id, key: competence.key })
      .from(competence)
      .where(and(eq(competence.programmeId, programmeId), inArray(competence.key, keys)));
    const competenceId = new Map(competences.map((c) => [c.key, c.id]));

    const added = await tx
      .insert(trainingModule)
      .values(
        missing.map(({ m, position }) => ({
          toolkitId: kit.id,
          title: m.title,
          summary: m.summary,
          learningOutcomes: m.learningOutcomes,
          methods: m.methods,
          durationMinutes: m.durationMinutes,
          trainerNotes: m.trainerNotes,
          position,
        })),
      )
      .returning({ id: trainingModule.id, title: trainingModule.title });
    const idOf = new Map(added.map((a) => [a.title, a.id]));
    const rows = missing.map(({ m }) => ({ m, moduleId: idOf.get(m.title)! }));
    const findingLinks = rows.flatMap(({ m, moduleId }) =>
      m.needs.flatMap((n) => {
        const id = findingId.get(`${n.territory}\n${DEMO_FINDINGS[n.territory].findings[n.finding].statement}`);
        return id ? [{ moduleId, findingId: id }] : [];
      }),
    );
    const competenceLinks = rows.flatMap(({ m, moduleId }) => m.competences.flatMap((key) => (competenceId.has(key) ? [{ moduleId, competenceId: competenceId.get(key)! }] : [])));
    if (findingLinks.length) await tx.insert(moduleFinding).values(findingLinks).onConflictDoNothing();
    if (competenceLinks.length) await tx.insert(moduleCompetence).values(competenceLinks).onConflictDoNothing();
    await tx.insert(moduleMaterial).values(
      rows.flatMap(({ m, moduleId }) => {
        const link = { moduleId, title: m.link.title, url: m.link.url };
        if (!m.file) return [link];
        const content = new TextEncoder().encode(m.file.text);
        return [link, { moduleId, title: m.file.title, fileName: m.file.fileName, mediaType: "text/plain; charset=utf-8", size: content.length, content }];
      }),
    );
  });
}
