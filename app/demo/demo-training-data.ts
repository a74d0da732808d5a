// Invented people and sessions of the demo Training Programme: every name, e-mail address and
// department here is made up (the e-mail domain is reserved for examples). Dates follow the
// project's calendar: a Training of Trainers in May 2021, then a staff cohort per territory from
// September 2021 to August 2022.

export type DemoTrainingTerritory = {
  slug: string;
  language: string;
  /** The trainers of the staff cohort's sessions, alternating. */
  trainerEmails: string[];
  cohortName: string;
  place: string;
  onlineUrl: string;
  notes: string;
  trainees: { name: string; department: string }[];
  sessionTitles: string[];
};

/** New trainer accounts: each territory's trainer who took the Training of Trainers. */
export const DEMO_TRAINERS = [
  { email: "trainer2.offenbach@eccipa.example", name: "Sabine Hoffmann", language: "de", slug: "offenbach" },
  { email: "trainer.ravenna@eccipa.example", name: "Chiara Bellini", language: "it", slug: "ravenna" },
  { email: "trainer.cartagena@eccipa.example", name: "Pablo Serrano", language: "es", slug: "cartagena" },
];

/** The days of the staff cohorts' eight sessions, 09:00–12:30 local time. */
export const STAFF_SESSION_DAYS = ["2021-09-14", "2021-10-12", "2021-11-16", "2022-01-18", "2022-02-15", "2022-03-15", "2022-05-10", "2022-06-14"];

export const DEMO_TRAINING: DemoTrainingTerritory[] = [
  {
    slug: "offenbach",
    language: "de",
    trainerEmails: ["trainer.offenbach@eccipa.example", "trainer2.offenbach@eccipa.example"],
    cohortName: "Fortbildung interkulturelle Verwaltung 2021/22",
    place: "Kreishaus Dietzenbach, Seminarraum 2",
    onlineUrl: "https://meet.example/eccipa-offenbach",
    notes: "Erfundene Demodaten.",
    trainees: [
      { name: "Katrin Becker", department: "Ausländerbehörde" },
      { name: "Markus Schneider", department: "Ausländerbehörde" },
      { name: "Julia Wagner", department: "Jobcenter Pro Arbeit" },
      { name: "Stefan Braun", department: "Bürgerbüro" },
      { name: "Anna Lehmann", department: "Sozialamt" },
      { name: "Thomas Richter", department: "Jugendamt" },
      { name: "Elif Yılmaz", department: "Ausländerbehörde" },
      { name: "Daniel Fischer", department: "Gesundheitsamt" },
      { name: "Sarah Köhler", department: "Jobcenter Pro Arbeit" },
      { name: "Michael Wolf", department: "Bürgerbüro" },
      { name: "Laura Schäfer", department: "Sozialamt" },
      { name: "Jan Zimmermann", department: "Schulamt" },
    ],
    sessionTitles: [
      "Auftakt: Migration im Kreis Offenbach",
      "Interkulturelle Kompetenz im Beratungsgespräch",
      "Aufenthaltsrecht rechtebasiert anwenden",
      "Kommunikation über Sprachgrenzen, mit Dolmetschenden",
      "Diskriminierung erkennen und ihr begegnen",
      "Zusammenarbeit mit Migrantenorganisationen",
      "Fallarbeit: schwierige Situationen am Schalter",
      "Abschluss: Vielfalt in der Verwaltung gestalten",
    ],
  },
  {
    slug: "ravenna",
    language: "it",
    trainerEmails: ["trainer.ravenna@eccipa.example"],
    cohortName: "Percorso di formazione del personale 2021/22",
    place: "Comune di Ravenna, sala formazione",
    onlineUrl: "https://meet.example/eccipa-ravenna",
    notes: "Dati dimostrativi inventati.",
    trainees: [
      { name: "Francesca Romano", department: "Ufficio immigrazione" },
      { name: "Luca Marchetti", department: "Ufficio immigrazione" },
      { name: "Elena Galli", department: "Servizi sociali" },
      { name: "Andrea Fontana", department: "Ufficio anagrafe" },
      { name: "Sara Moretti", department: "Servizi sociali" },
      { name: "Matteo Conti", department: "Polizia locale" },
      { name: "Valentina Greco", department: "Ufficio scuola" },
      { name: "Davide Lombardi", department: "Ufficio anagrafe" },
      { name: "Silvia Barbieri", department: "Sportello unico" },
      { name: "Paolo Rizzi", department: "Ufficio casa" },
      { name: "Martina Costa", department: "Servizi sociali" },
      { name: "Giorgio Testa", department: "Ufficio immigrazione" },
    ],
    sessionTitles: [
      "Apertura: le migrazioni a Ravenna",
      "Competenza interculturale allo sportello",
      "Diritto dell'immigrazione e procedure",
      "Comunicare tra lingue e culture",
      "Riconoscere e contrastare la discriminazione",
      "Collaborare con associazioni e terzo settore",
      "Casi di studio dal porto e dai quartieri",
      "Chiusura: gestire la diversità nei servizi",
    ],
  },
  {
    slug: "cartagena",
    language: "es",
    trainerEmails: ["trainer.cartagena@eccipa.example"],
    cohortName: "Formación del personal municipal 2021/22",
    place: "ADLE Cartagena, aula de formación",
    onlineUrl: "https://meet.example/eccipa-cartagena",
    notes: "Datos de demostración inventados.",
    trainees: [
      { name: "María López", department: "Servicios Sociales" },
      { name: "José Martínez", department: "Padrón municipal" },
      { name: "Carmen Sánchez", department: "Servicios Sociales" },
      { name: "Antonio García", department: "Policía Local" },
      { name: "Isabel Fernández", department: "Oficina de Extranjería" },
      { name: "Manuel Ruiz", department: "Agencia de Empleo" },
      { name: "Laura Jiménez", department: "Educación" },
      { name: "Francisco Moreno", department: "Padrón municipal" },
      { name: "Ana Muñoz", department: "Sanidad" },
      { name: "David Romero", department: "Agencia de Empleo" },
      { name: "Lucía Alonso", department: "Servicios Sociales" },
      { name: "Sergio Gutiérrez", department: "Vivienda" },
    ],
    sessionTitles: [
      "Apertura: la migración en Cartagena",
      "Competencia intercultural en la atención",
      "Derecho de extranjería con enfoque de derechos",
      "Comunicación entre lenguas y culturas",
      "Reconocer y combatir la discriminación",
      "Cooperar con ONG y asociaciones de migrantes",
      "Casos prácticos: la ventanilla y el barrio",
      "Cierre: gestionar la diversidad en el ayuntamiento",
    ],
  },
];

/** The Training of Trainers hosted by Offenbach in May 2021, three full days. */
export const DEMO_TOT = {
  hostSlug: "offenbach",
  cohortName: "Train-the-Trainer ECCIPA, Mai 2021",
  startsOn: "2021-05-03",
  endsOn: "2021-05-28",
  trainerEmail: "trainer.offenbach@eccipa.example",
  place: "Kreishaus Dietzenbach, Seminarraum 1",
  days: ["2021-05-04", "2021-05-11", "2021-05-18"],
  titles: ["Train-the-Trainer 1: das Toolkit und seine Module", "Train-the-Trainer 2: Methoden (Rollenspiel, Fallarbeit)", "Train-the-Trainer 3: Probelauf und Rückmeldung"],
  departments: { offenbach: "Pro Arbeit – Fortbildung", ravenna: "Comune di Ravenna – Ufficio formazione", cartagena: "ADLE – Formación" } as Record<string, string>,
};

/**
 * A deterministic mark for trainee i at session j: mostly present; two trainees miss three of
 * the eight sessions (62.5 %, under the usual 75 %), and a few single excused absences.
 */
export function demoMark(i: number, j: number): "present" | "excused" | "absent" {
  if (i === 10 && [1, 4, 6].includes(j)) return j === 4 ? "excused" : "absent";
  if (i === 11 && [2, 3, 5].includes(j)) return "absent";
  if ((i + j) % 9 === 0 && i > 0) return "excused";
  return "present";
}

/** trainee3.ravenna@eccipa.example for the third trainee of Ravenna. */
export function demoTraineeEmail(slug: string, index: number): string {
  return `trainee${index + 1}.${slug}@eccipa.example`;
}
