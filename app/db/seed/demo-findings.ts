// Needs Review (results): demo findings in each territory's language and one validation focus
// group. EVERYTHING BELOW IS INVENTED for the demo. There are no demo codings yet, so the
// findings carry no evidence; attendees are the demo participants.
import type { FindingKind, FindingPriority, TargetGroup, ValidationOutcome } from "../schema";

export type DemoFinding = { kind: FindingKind; statement: string; targetGroups: TargetGroup[]; priority: FindingPriority };
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
      { kind: "strength", statement: "Migrantenvereine begleiten Neuzugewanderte zu Terminen und kennen ihre häufigsten Probleme.", targetGroups: ["stakeholder", "third_country_national"], priority: "medium" },
      { kind: "weakness", statement: "An den Schaltern gibt es keinen Dolmetscherdienst; Kolleginnen helfen nur aus, wenn sie Zeit haben.", targetGroups: ["civil_servant", "third_country_national"], priority: "high" },
      { kind: "need", statement: "Beschäftigte wünschen Schulungen zu einfacher Sprache und mehrsprachige Merkblätter.", targetGroups: ["civil_servant"], priority: "high" },
    ],
    focusGroup: {
      title: "Validierungs-Fokusgruppe Offenbach (Demo)",
      heldOn: "2021-06-16",
      place: "Kreishaus, Sitzungsraum 2",
      notes: "Erfundene Demo-Fokusgruppe.",
      attendees: ["CS-01", "NGO-01"],
      outcomes: [
        { finding: 0, outcome: "confirmed", notes: "" },
        { finding: 1, outcome: "amended", amendedStatement: "An den Schaltern fehlt ein verlässlicher Dolmetscherdienst, auch telefonisch.", notes: "Telefonisches Dolmetschen ergänzt." },
      ],
    },
  },
  ravenna: {
    findings: [
      { kind: "strength", statement: "Le associazioni del territorio orientano i nuovi arrivati verso i servizi del Comune.", targetGroups: ["stakeholder"], priority: "medium" },
      { kind: "weakness", statement: "Gli operatori non ricevono aggiornamenti sulla normativa e danno informazioni diverse dalla questura.", targetGroups: ["civil_servant"], priority: "high" },
      { kind: "need", statement: "Serve un punto informativo unico, aperto anche il sabato mattina.", targetGroups: ["third_country_national"], priority: "high" },
    ],
    focusGroup: {
      title: "Focus group di validazione Ravenna (demo)",
      heldOn: "2021-06-17",
      place: "Sala del Consiglio comunale",
      notes: "Focus group inventato per la demo.",
      attendees: ["CS-01", "NGO-01"],
      outcomes: [
        { finding: 1, outcome: "confirmed", notes: "" },
        { finding: 2, outcome: "confirmed", notes: "" },
      ],
    },
  },
  cartagena: {
    findings: [
      { kind: "weakness", statement: "No hay mediadores interculturales en plantilla; se atiende con el traductor del móvil.", targetGroups: ["civil_servant", "third_country_national"], priority: "high" },
      { kind: "need", statement: "Una guía clara del empadronamiento, en varios idiomas, y una persona de referencia en el ayuntamiento.", targetGroups: ["third_country_national", "stakeholder"], priority: "high" },
    ],
    focusGroup: {
      title: "Grupo focal de validación Cartagena (demo)",
      heldOn: "2021-06-18",
      place: "Centro cívico",
      notes: "Grupo focal inventado para la demo.",
      attendees: ["CS-01", "NGO-01"],
      outcomes: [{ finding: 0, outcome: "confirmed", notes: "" }],
    },
  },
};
