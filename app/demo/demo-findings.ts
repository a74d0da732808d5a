// Needs Review (results): demo findings in each territory's language, each backed by coded
// passages of the demo transcripts, and one validation focus group per territory that confirms
// most of them, amends one or two and rejects one. EVERYTHING BELOW IS INVENTED for the demo;
// attendees are demo participants who were interviewed too (each person counts once).
// Findings are only ever appended: the seed matches them by statement and the focus group's
// outcomes by position, so existing entries keep their text and place.
import type { FindingKind, FindingPriority, TargetGroup, ValidationOutcome } from "~/db/schema";

/** A passage of evidence: the partner's coding of the theme (default key) whose quote contains the words. */
export type DemoEvidence = { theme: string; words: string };
export type DemoFinding = { kind: FindingKind; statement: string; targetGroups: TargetGroup[]; priority: FindingPriority; evidence: DemoEvidence[] };
export type DemoFocusGroup = {
  title: string;
  heldOn: string;
  place: string;
  notes: string;
  attendees: string[];
  /** By index into the territory's findings. */
  outcomes: { finding: number; outcome: ValidationOutcome; amendedStatement?: string; notes: string }[];
};

export const DEMO_FINDINGS: Record<string, { findings: DemoFinding[]; focusGroup: DemoFocusGroup }> = {
  offenbach: {
    findings: [
      {
        kind: "strength",
        statement: "Migrantenvereine begleiten Neuzugewanderte zu Terminen und kennen ihre häufigsten Probleme.",
        targetGroups: ["stakeholder", "third_country_national"],
        priority: "medium",
        evidence: [
          { theme: "cooperation_with_ngos", words: "accompany newcomers" },
          { theme: "cooperation_with_ngos", words: "Verein im Stadtteil" },
        ],
      },
      {
        kind: "weakness",
        statement: "An den Schaltern gibt es keinen Dolmetscherdienst; Kolleginnen helfen nur aus, wenn sie Zeit haben.",
        targetGroups: ["civil_servant", "third_country_national"],
        priority: "high",
        evidence: [
          { theme: "language_barriers", words: "keinen Dolmetscherdienst" },
          { theme: "language_barriers", words: "Angehörige oder Kinder zu übersetzen" },
        ],
      },
      {
        kind: "need",
        statement: "Beschäftigte wünschen Schulungen zu einfacher Sprache und mehrsprachige Merkblätter.",
        targetGroups: ["civil_servant"],
        priority: "high",
        evidence: [
          { theme: "training_needs", words: "Schulungen zu einfacher Sprache" },
          { theme: "training_needs", words: "in einfacher Sprache erklärt" },
          { theme: "information_for_newcomers", words: "Merkblatt auf Arabisch" },
        ],
      },
      {
        kind: "weakness",
        statement: "Termine gibt es fast nur online und auf Deutsch; wer kein Smartphone hat oder die Seite nicht lesen kann, wartet Wochen.",
        targetGroups: ["third_country_national"],
        priority: "high",
        evidence: [
          { theme: "digital_services", words: "Nur online" },
          { theme: "digital_services", words: "ohne Smartphone" },
        ],
      },
      {
        kind: "weakness",
        statement: "Niemand hat den Überblick, welche Stelle wofür zuständig ist; Neuzugewanderte werden zwischen Ausländerbehörde, Jobcenter und Bürgerbüro hin und her geschickt.",
        targetGroups: ["civil_servant", "third_country_national"],
        priority: "high",
        evidence: [
          { theme: "coordination_between_departments", words: "wer für was zuständig" },
          { theme: "coordination_between_departments", words: "niemand mehr zuständig" },
          { theme: "coordination_between_departments", words: "Arbeitserlaubnis" },
        ],
      },
      {
        kind: "weakness",
        statement: "Steigende Fallzahlen ohne zusätzliches Personal lassen kaum Zeit für Erklärungen.",
        targetGroups: ["civil_servant"],
        priority: "medium",
        evidence: [
          { theme: "workload", words: "Fallzahlen" },
          { theme: "workload", words: "überlastet" },
        ],
      },
      {
        kind: "need",
        statement: "Eine praxisnahe Fortbildung zum Aufenthaltsrecht auch für Beschäftigte außerhalb der Ausländerbehörde.",
        targetGroups: ["civil_servant"],
        priority: "high",
        evidence: [
          { theme: "training_needs", words: "Schulung zum Aufenthaltsrecht" },
          { theme: "legal_rights_knowledge", words: "Aufenthaltsgesetz" },
        ],
      },
      {
        kind: "strength",
        statement: "Einzelne Beschäftigte nehmen sich Zeit und erklären Verfahren geduldig; Zugewanderte schätzen das ausdrücklich.",
        targetGroups: ["civil_servant", "third_country_national"],
        priority: "medium",
        evidence: [
          { theme: "information_for_newcomers", words: "sehr geduldig" },
          { theme: "good_practices", words: "kurze Draht" },
        ],
      },
      {
        kind: "strength",
        statement: "Die Zusammenarbeit mit Vereinen und Verbänden ist in allen Dienststellen fest geregelt.",
        targetGroups: ["stakeholder"],
        priority: "low",
        evidence: [{ theme: "cooperation_with_ngos", words: "festen Austausch" }],
      },
      {
        kind: "weakness",
        statement: "Zugewanderte erleben an einzelnen Schaltern herablassende Bemerkungen und Diskriminierung.",
        targetGroups: ["third_country_national", "stakeholder"],
        priority: "medium",
        evidence: [
          { theme: "discrimination", words: "Frauen mit Kopftuch" },
          { theme: "discrimination", words: "herablassend" },
        ],
      },
    ],
    focusGroup: {
      title: "Validierungs-Fokusgruppe Offenbach (Demo)",
      heldOn: "2021-06-16",
      place: "Kreishaus, Sitzungsraum 2",
      notes: "Erfundene Demo-Fokusgruppe.",
      attendees: ["CS-01", "NGO-01", "CS-02", "CS-03", "NGO-02", "TCN-03"],
      outcomes: [
        { finding: 0, outcome: "confirmed", notes: "" },
        { finding: 1, outcome: "amended", amendedStatement: "An den Schaltern fehlt ein verlässlicher Dolmetscherdienst, auch telefonisch.", notes: "Telefonisches Dolmetschen ergänzt." },
        { finding: 2, outcome: "confirmed", notes: "" },
        { finding: 3, outcome: "confirmed", notes: "Telefonische Terminvergabe als Ausweg genannt." },
        { finding: 4, outcome: "confirmed", notes: "" },
        { finding: 6, outcome: "confirmed", notes: "" },
        { finding: 7, outcome: "confirmed", notes: "" },
        { finding: 8, outcome: "rejected", notes: "Fester Austausch nur mit dem Jobcenter; sonst hängt alles an persönlichen Kontakten." },
        {
          finding: 9,
          outcome: "amended",
          amendedStatement: "Zugewanderte, besonders Frauen mit Kopftuch, erleben an einzelnen Schaltern herablassende Bemerkungen; Beschwerdewege kennen sie nicht.",
          notes: "Fehlende Beschwerdewege ergänzt.",
        },
      ],
    },
  },
  ravenna: {
    findings: [
      {
        kind: "strength",
        statement: "Le associazioni del territorio orientano i nuovi arrivati verso i servizi del Comune.",
        targetGroups: ["stakeholder"],
        priority: "medium",
        evidence: [
          { theme: "cooperation_with_ngos", words: "associazione di volontariato" },
          { theme: "cooperation_with_ngos", words: "volontarie parlano sei lingue" },
        ],
      },
      {
        kind: "weakness",
        statement: "Gli operatori non ricevono aggiornamenti sulla normativa e danno informazioni diverse dalla questura.",
        targetGroups: ["civil_servant"],
        priority: "high",
        evidence: [
          { theme: "legal_rights_knowledge", words: "aggiornamento sulla normativa" },
          { theme: "legal_rights_knowledge", words: "diritti collegati ai diversi permessi" },
        ],
      },
      {
        kind: "need",
        statement: "Serve un punto informativo unico, aperto anche il sabato mattina.",
        targetGroups: ["third_country_national"],
        priority: "high",
        evidence: [
          { theme: "information_for_newcomers", words: "punto informativo unico" },
          { theme: "information_for_newcomers", words: "quali documenti portare" },
        ],
      },
      {
        kind: "weakness",
        statement: "Mancano mediatori e interpreti negli uffici: si ricorre ai figli delle famiglie, anche minorenni.",
        targetGroups: ["civil_servant", "third_country_national"],
        priority: "high",
        evidence: [
          { theme: "language_barriers", words: "figli delle famiglie" },
          { theme: "language_barriers", words: "gli uffici pubblici praticamente una" },
        ],
      },
      {
        kind: "weakness",
        statement: "Le procedure online (SPID, prenotazioni) escludono chi non ha documenti italiani o competenze digitali.",
        targetGroups: ["third_country_national"],
        priority: "high",
        evidence: [
          { theme: "digital_services", words: "SPID" },
          { theme: "digital_services", words: "digital identity" },
        ],
      },
      {
        kind: "weakness",
        statement: "Comune, questura e patronati non si coordinano: le persone vengono mandate da un ufficio all'altro e portano le stesse carte più volte.",
        targetGroups: ["civil_servant", "third_country_national", "stakeholder"],
        priority: "high",
        evidence: [
          { theme: "coordination_between_departments", words: "questura quasi mai" },
          { theme: "coordination_between_departments", words: "stesse carte tre volte" },
          { theme: "coordination_between_departments", words: "which office was responsible" },
        ],
      },
      {
        kind: "need",
        statement: "Formazione del personale sulla competenza interculturale, costruita insieme alle associazioni.",
        targetGroups: ["civil_servant", "stakeholder"],
        priority: "medium",
        evidence: [
          { theme: "training_needs", words: "differenze culturali" },
          { theme: "intercultural_competence", words: "senza pregiudizi" },
        ],
      },
      {
        kind: "strength",
        statement: "La mediatrice dei servizi sociali il martedì funziona: le famiglie lo sanno e vengono quel giorno.",
        targetGroups: ["civil_servant"],
        priority: "medium",
        evidence: [{ theme: "good_practices", words: "pratica migliore" }],
      },
      {
        kind: "weakness",
        statement: "Il personale comunale discrimina sistematicamente i cittadini stranieri.",
        targetGroups: ["third_country_national"],
        priority: "high",
        evidence: [
          { theme: "discrimination", words: "razzismo" },
          { theme: "discrimination", words: "discriminazione vera" },
        ],
      },
      {
        kind: "weakness",
        statement: "Il carico di lavoro e le attese di mesi per permessi e residenza pesano su operatori e utenti.",
        targetGroups: ["civil_servant", "third_country_national"],
        priority: "medium",
        evidence: [
          { theme: "workload", words: "carico di lavoro è tale" },
          { theme: "workload", words: "otto mesi" },
        ],
      },
    ],
    focusGroup: {
      title: "Focus group di validazione Ravenna (demo)",
      heldOn: "2021-06-17",
      place: "Sala del Consiglio comunale",
      notes: "Focus group inventato per la demo.",
      attendees: ["CS-01", "NGO-01", "CS-02", "CS-03", "NGO-02", "TCN-03"],
      outcomes: [
        { finding: 0, outcome: "confirmed", notes: "" },
        { finding: 1, outcome: "confirmed", notes: "" },
        { finding: 2, outcome: "confirmed", notes: "" },
        { finding: 3, outcome: "confirmed", notes: "" },
        {
          finding: 4,
          outcome: "amended",
          amendedStatement: "Le procedure online (SPID, prenotazioni) escludono chi non ha documenti italiani o competenze digitali, se allo sportello nessuno aiuta.",
          notes: "Aggiunta l'assistenza allo sportello.",
        },
        { finding: 5, outcome: "confirmed", notes: "" },
        { finding: 6, outcome: "confirmed", notes: "" },
        { finding: 7, outcome: "confirmed", notes: "Da estendere ad altri giorni." },
        { finding: 8, outcome: "rejected", notes: "Episodi singoli, non un comportamento diffuso; il tema resta nella formazione." },
      ],
    },
  },
  cartagena: {
    findings: [
      {
        kind: "weakness",
        statement: "No hay mediadores interculturales en plantilla; se atiende con el traductor del móvil.",
        targetGroups: ["civil_servant", "third_country_national"],
        priority: "high",
        evidence: [
          { theme: "language_barriers", words: "traductor del móvil" },
          { theme: "language_barriers", words: "nadie ofrecía un intérprete" },
        ],
      },
      {
        kind: "need",
        statement: "Una guía clara del empadronamiento, en varios idiomas, y una persona de referencia en el ayuntamiento.",
        targetGroups: ["third_country_national", "stakeholder"],
        priority: "high",
        evidence: [
          { theme: "information_for_newcomers", words: "Una guía clara" },
          { theme: "information_for_newcomers", words: "lista clara de documentos" },
        ],
      },
      {
        kind: "strength",
        statement: "Las asociaciones y ONG acompañan a las familias en los trámites y conocen bien sus problemas.",
        targetGroups: ["stakeholder"],
        priority: "medium",
        evidence: [
          { theme: "cooperation_with_ngos", words: "acompañamos a muchas familias" },
          { theme: "cooperation_with_ngos", words: "Como asociación acompañamos" },
        ],
      },
      {
        kind: "weakness",
        statement: "La cita previa por internet y la sede electrónica dejan fuera a quien no tiene certificado digital ni ordenador.",
        targetGroups: ["third_country_national"],
        priority: "high",
        evidence: [
          { theme: "digital_services", words: "sede electrónica" },
          { theme: "digital_services", words: "la página se cae" },
        ],
      },
      {
        kind: "weakness",
        statement: "El personal no conoce la normativa de extranjería y da información contradictoria.",
        targetGroups: ["civil_servant", "third_country_national"],
        priority: "high",
        evidence: [
          { theme: "legal_rights_knowledge", words: "qué derechos tiene cada persona" },
          { theme: "legal_rights_knowledge", words: "could not work for six months" },
        ],
      },
      {
        kind: "weakness",
        statement: "La falta de personal deja muy poco tiempo por persona, sobre todo en los meses de más demanda.",
        targetGroups: ["civil_servant"],
        priority: "medium",
        evidence: [
          { theme: "workload", words: "Falta personal" },
          { theme: "workload", words: "casi un año" },
        ],
      },
      {
        kind: "need",
        statement: "Formación práctica del personal municipal en derechos de las personas extranjeras y en competencia intercultural.",
        targetGroups: ["civil_servant"],
        priority: "high",
        evidence: [
          { theme: "training_needs", words: "curso corto" },
          { theme: "training_needs", words: "competencia intercultural y en violencia" },
        ],
      },
      {
        kind: "strength",
        statement: "Las oficinas municipales se coordinan bien entre sí al derivar casos.",
        targetGroups: ["civil_servant"],
        priority: "low",
        evidence: [{ theme: "coordination_between_departments", words: "Cada oficina tiene su criterio" }],
      },
      {
        kind: "strength",
        statement: "Los encuentros entre entidades y personal municipal en el centro cívico crean confianza y atajos.",
        targetGroups: ["stakeholder", "civil_servant"],
        priority: "medium",
        evidence: [
          { theme: "good_practices", words: "Nos ayudaron a ponernos cara" },
          { theme: "good_practices", words: "funcionaron bien" },
        ],
      },
      {
        kind: "weakness",
        statement: "Algunas personas, sobre todo mujeres con velo, reciben un trato discriminatorio en ventanilla.",
        targetGroups: ["third_country_national", "stakeholder"],
        priority: "medium",
        evidence: [
          { theme: "discrimination", words: "Sentí desprecio" },
          { theme: "discrimination", words: "discriminación directa" },
        ],
      },
    ],
    focusGroup: {
      title: "Grupo focal de validación Cartagena (demo)",
      heldOn: "2021-06-18",
      place: "Centro cívico",
      notes: "Grupo focal inventado para la demo.",
      attendees: ["CS-01", "NGO-01", "CS-02", "CS-03", "NGO-02", "NGO-03", "TCN-03"],
      outcomes: [
        { finding: 0, outcome: "confirmed", notes: "" },
        { finding: 1, outcome: "confirmed", notes: "" },
        { finding: 2, outcome: "confirmed", notes: "" },
        { finding: 3, outcome: "confirmed", notes: "" },
        {
          finding: 4,
          outcome: "amended",
          amendedStatement: "Parte del personal no conoce bien la normativa de extranjería (arraigo, permisos de trabajo) y, sin un canal de consulta, da información contradictoria.",
          notes: "Se matiza: no todo el personal; falta un canal de consulta.",
        },
        { finding: 5, outcome: "confirmed", notes: "" },
        { finding: 6, outcome: "confirmed", notes: "" },
        { finding: 7, outcome: "rejected", notes: "Las derivaciones existen, pero sin seguimiento ni criterios comunes." },
        { finding: 8, outcome: "confirmed", notes: "" },
        { finding: 9, outcome: "confirmed", notes: "" },
      ],
    },
  },
};
