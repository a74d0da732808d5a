// The codebook a territory starts from: the themes that come up again and again when city staff
// who serve third-country nationals are interviewed. Written for Eccipa in four languages; a
// territory copies it in its own language and then changes it freely. `key` stays with the copy
// (theme.default_key) so that territories can be compared theme by theme.
import type { Language } from "~/i18n/languages";
import type { ThemeColour } from "./theme-colours";

type Localised = Record<Language, string>;
export type DefaultTheme = { key: string; colour: ThemeColour; name: Localised; description: Localised; children?: DefaultTheme[] };

export const DEFAULT_CODEBOOK: DefaultTheme[] = [
  {
    key: "access",
    colour: "#1d4f91",
    name: { en: "Access to services", de: "Zugang zu Leistungen", it: "Accesso ai servizi", es: "Acceso a los servicios" },
    description: {
      en: "How newcomers reach the administration and understand what it expects of them.",
      de: "Wie Neuangekommene die Verwaltung erreichen und verstehen, was sie von ihnen erwartet.",
      it: "Come i nuovi arrivati raggiungono l'amministrazione e capiscono che cosa chiede loro.",
      es: "Cómo llegan las personas recién llegadas a la administración y entienden lo que se les pide.",
    },
    children: [
      {
        key: "language_barriers",
        colour: "#0b6e75",
        name: { en: "Language barriers", de: "Sprachbarrieren", it: "Barriere linguistiche", es: "Barreras lingüísticas" },
        description: {
          en: "Misunderstandings, missing interpreters, forms and letters only in the official language.",
          de: "Missverständnisse, fehlende Dolmetschende, Formulare und Briefe nur in der Amtssprache.",
          it: "Incomprensioni, mancanza di interpreti, moduli e lettere solo nella lingua ufficiale.",
          es: "Malentendidos, falta de intérpretes, formularios y cartas solo en la lengua oficial.",
        },
      },
      {
        key: "information_for_newcomers",
        colour: "#5b3f8c",
        name: { en: "Information for newcomers", de: "Informationen für Neuangekommene", it: "Informazioni per i nuovi arrivati", es: "Información para personas recién llegadas" },
        description: {
          en: "Whether newcomers find clear, timely information on procedures, rights and where to go.",
          de: "Ob Neuangekommene klare und rechtzeitige Informationen zu Verfahren, Rechten und Anlaufstellen finden.",
          it: "Se i nuovi arrivati trovano informazioni chiare e tempestive su procedure, diritti e sportelli.",
          es: "Si las personas recién llegadas encuentran información clara y a tiempo sobre trámites, derechos y a dónde acudir.",
        },
      },
      {
        key: "digital_services",
        colour: "#6b4e16",
        name: { en: "Digital services", de: "Digitale Dienste", it: "Servizi digitali", es: "Servicios digitales" },
        description: {
          en: "Online appointments and forms: a help for some, a new barrier for others.",
          de: "Online-Termine und -Formulare: für manche eine Hilfe, für andere eine neue Hürde.",
          it: "Appuntamenti e moduli online: un aiuto per alcuni, un nuovo ostacolo per altri.",
          es: "Citas y formularios en línea: una ayuda para unos, una nueva barrera para otros.",
        },
      },
    ],
  },
  {
    key: "staff_competences",
    colour: "#8a2c0d",
    name: { en: "Staff competences", de: "Kompetenzen der Beschäftigten", it: "Competenze del personale", es: "Competencias del personal" },
    description: {
      en: "What civil servants know and can do when they serve third-country nationals.",
      de: "Was Verwaltungsbeschäftigte wissen und können, wenn sie Drittstaatsangehörige beraten.",
      it: "Che cosa sanno e sanno fare i funzionari pubblici quando servono cittadini di paesi terzi.",
      es: "Lo que saben y saben hacer los funcionarios cuando atienden a nacionales de terceros países.",
    },
    children: [
      {
        key: "legal_rights_knowledge",
        colour: "#a1127a",
        name: { en: "Legal and rights knowledge", de: "Rechtskenntnisse", it: "Conoscenza di norme e diritti", es: "Conocimiento jurídico y de derechos" },
        description: {
          en: "Knowing residence law, procedures and the rights of third-country nationals, and applying them consistently.",
          de: "Aufenthaltsrecht, Verfahren und Rechte von Drittstaatsangehörigen kennen und einheitlich anwenden.",
          it: "Conoscere le norme sul soggiorno, le procedure e i diritti dei cittadini di paesi terzi, e applicarli in modo coerente.",
          es: "Conocer la normativa de residencia, los procedimientos y los derechos de los nacionales de terceros países, y aplicarlos con coherencia.",
        },
      },
      {
        key: "intercultural_competence",
        colour: "#2f6b1f",
        name: { en: "Intercultural competence", de: "Interkulturelle Kompetenz", it: "Competenza interculturale", es: "Competencia intercultural" },
        description: {
          en: "Understanding different expectations and ways of communicating, and adapting without prejudice.",
          de: "Unterschiedliche Erwartungen und Kommunikationsweisen verstehen und sich vorurteilsfrei darauf einstellen.",
          it: "Comprendere aspettative e modi di comunicare diversi e adattarsi senza pregiudizi.",
          es: "Entender expectativas y formas de comunicar distintas y adaptarse sin prejuicios.",
        },
      },
      {
        key: "workload",
        colour: "#4d4d4d",
        name: { en: "Workload and stress", de: "Arbeitsbelastung", it: "Carico di lavoro", es: "Carga de trabajo" },
        description: {
          en: "Caseloads, time pressure and staff shortages, and what they do to the quality of service.",
          de: "Fallzahlen, Zeitdruck und Personalmangel und was sie für die Qualität der Leistungen bedeuten.",
          it: "Numero di pratiche, pressione dei tempi e carenza di personale, e i loro effetti sulla qualità del servizio.",
          es: "Volumen de expedientes, presión de tiempo y falta de personal, y su efecto en la calidad del servicio.",
        },
      },
    ],
  },
  {
    key: "cooperation",
    colour: "#005a8c",
    name: { en: "Cooperation", de: "Zusammenarbeit", it: "Collaborazione", es: "Cooperación" },
    description: {
      en: "How the services work together and with the organisations around them.",
      de: "Wie die Dienste untereinander und mit den Organisationen in ihrem Umfeld zusammenarbeiten.",
      it: "Come i servizi lavorano tra loro e con le organizzazioni del territorio.",
      es: "Cómo colaboran los servicios entre sí y con las organizaciones de su entorno.",
    },
    children: [
      {
        key: "coordination_between_departments",
        colour: "#7a3e00",
        name: { en: "Coordination between departments", de: "Abstimmung zwischen Ämtern", it: "Coordinamento tra uffici", es: "Coordinación entre departamentos" },
        description: {
          en: "Referrals, shared information and consistent answers across departments.",
          de: "Weiterverweisung, geteilte Informationen und einheitliche Auskünfte über Ämter hinweg.",
          it: "Invii, informazioni condivise e risposte coerenti tra un ufficio e l'altro.",
          es: "Derivaciones, información compartida y respuestas coherentes entre departamentos.",
        },
      },
      {
        key: "cooperation_with_ngos",
        colour: "#00695c",
        name: { en: "Cooperation with NGOs", de: "Zusammenarbeit mit NGOs", it: "Collaborazione con le ONG", es: "Cooperación con ONG" },
        description: {
          en: "Working with NGOs and migrant associations: who they reach, what they know, how they are involved.",
          de: "Zusammenarbeit mit NGOs und Migrantenorganisationen: wen sie erreichen, was sie wissen, wie sie beteiligt sind.",
          it: "Lavorare con ONG e associazioni di migranti: chi raggiungono, che cosa sanno, come sono coinvolte.",
          es: "Trabajar con ONG y asociaciones de personas migrantes: a quién llegan, qué saben, cómo participan.",
        },
      },
    ],
  },
  {
    key: "discrimination",
    colour: "#b3261e",
    name: { en: "Discrimination", de: "Diskriminierung", it: "Discriminazione", es: "Discriminación" },
    description: {
      en: "Experiences or risks of unequal treatment, and how staff recognise and counter them.",
      de: "Erfahrungen oder Risiken ungleicher Behandlung und wie Beschäftigte sie erkennen und ihnen begegnen.",
      it: "Esperienze o rischi di trattamento diseguale, e come il personale li riconosce e li contrasta.",
      es: "Experiencias o riesgos de trato desigual, y cómo el personal los reconoce y los combate.",
    },
  },
  {
    key: "good_practices",
    colour: "#0f6b3a",
    name: { en: "Good practices", de: "Gute Praxis", it: "Buone pratiche", es: "Buenas prácticas" },
    description: {
      en: "What already works well and could be kept, spread or copied by other cities.",
      de: "Was bereits gut funktioniert und beibehalten, verbreitet oder von anderen Städten übernommen werden kann.",
      it: "Ciò che funziona già bene e può essere mantenuto, diffuso o ripreso da altre città.",
      es: "Lo que ya funciona bien y puede mantenerse, extenderse o ser adoptado por otras ciudades.",
    },
  },
  {
    key: "training_needs",
    colour: "#3d3d8f",
    name: { en: "Training needs", de: "Fortbildungsbedarf", it: "Bisogni formativi", es: "Necesidades de formación" },
    description: {
      en: "What staff say they would need to learn, and how they would like to learn it.",
      de: "Was Beschäftigte nach eigener Aussage lernen müssten und wie sie es lernen möchten.",
      it: "Che cosa il personale dice di dover imparare e come vorrebbe impararlo.",
      es: "Lo que el personal dice que necesitaría aprender y cómo le gustaría aprenderlo.",
    },
  },
];
