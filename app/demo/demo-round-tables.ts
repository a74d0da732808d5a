// The ECCIPA round tables of the demo: one hosted by each territory after its focus groups
// (July–October 2021), in the territory's language. Every participant is invented and marked so;
// the needs are the host's validated demo findings. Idempotent: a round table that exists (same
// host, same theme) is left as it is, with whatever was changed in the app.
import { and, eq, inArray } from "drizzle-orm";
import { listValidatedFindings } from "~/features/needs-review/coding/comparison.server";
import type { Database } from "~/db/client.server";
import {
  type RoundTableCategory,
  type RoundTableScope,
  programme,
  roundTable,
  roundTableContribution,
  roundTableNeed,
  roundTableParticipant,
  roundTableVote,
  territory,
  user,
} from "~/db/schema";
import { DEMO_PROGRAMME } from "~/demo/demo-data";

type DemoRoundTable = {
  theme: string;
  heldOn: string;
  place: string;
  onlineUrl?: string;
  notes: string;
  participants: { name: string; organisationName: string; category: RoundTableCategory; scope: RoundTableScope; email?: string }[];
  /** `need`: index into the host's validated findings put on the table (needs and weaknesses first). */
  contributions: { proposal: string; need?: number; proposer?: number }[];
};

const VOTES_PER_PARTICIPANT = 5;

export const DEMO_ROUND_TABLES: Record<string, DemoRoundTable> = {
  offenbach: {
    theme: "Interkulturelle Kommunikation am Schalter",
    heldOn: "2021-07-14",
    place: "Kreishaus Dietzenbach, Sitzungssaal 2",
    onlineUrl: "https://meet.example/eccipa-offenbach-runder-tisch",
    notes: "Erfundenes Beispiel für die Demo. Die internationalen Gäste aus Ravenna und Cartagena waren online zugeschaltet.",
    participants: [
      { name: "Aylin Demir", organisationName: "Kreis Offenbach, Bürgerbüro", category: "public_authority", scope: "local", email: "trainee.offenbach@eccipa.example" },
      { name: "Petra Lindner (erfunden)", organisationName: "Ausländerbehörde Kreis Offenbach", category: "public_authority", scope: "local" },
      { name: "Yusuf Arslan (erfunden)", organisationName: "Migrantenverein Dietzenbach", category: "migrant_association", scope: "local" },
      { name: "Claudia Brenner (erfunden)", organisationName: "Caritas Offenbach", category: "ngo", scope: "local" },
      { name: "Daniel Hofmann (erfunden)", organisationName: "Volkshochschule Kreis Offenbach", category: "training_provider", scope: "local" },
      { name: "Nadia Haddad (erfunden)", organisationName: "Pro Arbeit – Kreis Offenbach", category: "public_authority", scope: "local" },
      { name: "Elena Bassi (inventata)", organisationName: "CCB Ravenna", category: "ngo", scope: "international" },
      { name: "Carmen Ruiz (inventada)", organisationName: "ACCEM Cartagena", category: "ngo", scope: "international" },
    ],
    contributions: [
      { proposal: "Übungen in einfacher Sprache für Schaltergespräche, mit echten Bescheiden als Material.", need: 0, proposer: 3 },
      { proposal: "Telefon- und Videodolmetschen im Alltag einsetzen: wann, wie, mit welchen Regeln.", need: 1, proposer: 1 },
      { proposal: "Rollenspiele zu schwierigen Gesprächen am Schalter, gemeinsam mit Migrantenvereinen vorbereitet.", need: 0, proposer: 2 },
      { proposal: "Ein Überblick, welche Stelle im Kreis wofür zuständig ist, damit niemand weitergeschickt wird.", need: 2, proposer: 5 },
      { proposal: "Reflexion eigener Vorurteile und Umgang mit diskriminierenden Situationen im Team.", proposer: 6 },
      { proposal: "Kurze Lerneinheiten zu häufigen Herkunftsländern und ihren Verwaltungstraditionen.", proposer: 7 },
    ],
  },
  ravenna: {
    theme: "Procedure basate sui diritti: informazioni corrette e uniformi",
    heldOn: "2021-09-22",
    place: "Palazzo Rasponi dalle Teste, Ravenna",
    notes: "Esempio inventato per la demo. Ospiti internazionali da Offenbach e Cartagena in presenza.",
    participants: [
      { name: "Chiara Fabbri (inventata)", organisationName: "Comune di Ravenna, Ufficio anagrafe", category: "public_authority", scope: "local" },
      { name: "Luca Monti (inventato)", organisationName: "Comune di Ravenna, Servizi sociali", category: "public_authority", scope: "local" },
      { name: "Amina Diallo (inventata)", organisationName: "Associazione donne migranti", category: "migrant_association", scope: "local" },
      { name: "Paolo Ricci (inventato)", organisationName: "Patronato locale", category: "ngo", scope: "local" },
      { name: "Sara Gatti (inventata)", organisationName: "Università di Bologna, campus di Ravenna", category: "research", scope: "local" },
      { name: "Matteo Conti (inventato)", organisationName: "CCB", category: "training_provider", scope: "local" },
      { name: "Katrin Vogel (erfunden)", organisationName: "Pro Arbeit – Kreis Offenbach", category: "public_authority", scope: "international" },
      { name: "Rocío Martín (inventada)", organisationName: "ADLE Cartagena", category: "public_authority", scope: "international" },
    ],
    contributions: [
      { proposal: "Aggiornamento periodico sulla normativa dell'immigrazione, insieme a questura e patronati.", need: 0, proposer: 1 },
      { proposal: "Schede operative comuni per permessi e residenza, da usare in tutti gli sportelli.", need: 0, proposer: 0 },
      { proposal: "Laboratorio sul lavoro con mediatori e interpreti, invece dei figli minorenni delle famiglie.", need: 1, proposer: 2 },
      { proposal: "Formazione sull'accompagnamento alle procedure online per chi non ha SPID.", need: 2, proposer: 3 },
      { proposal: "Visita di studio a Offenbach sul coordinamento tra uffici.", need: 3, proposer: 6 },
    ],
  },
  cartagena: {
    theme: "Cooperación con ONG y asociaciones de personas migrantes",
    heldOn: "2021-10-20",
    place: "Centro Cívico del Casco Antiguo, Cartagena",
    onlineUrl: "https://meet.example/eccipa-cartagena-mesa-redonda",
    notes: "Ejemplo inventado para la demo. Las personas invitadas de Offenbach y Ravenna participaron en línea.",
    participants: [
      { name: "Marta Sánchez (inventada)", organisationName: "Ayuntamiento de Cartagena, Padrón", category: "public_authority", scope: "local" },
      { name: "Antonio López (inventado)", organisationName: "Servicios Sociales de Cartagena", category: "public_authority", scope: "local" },
      { name: "Fatima Benali (inventada)", organisationName: "Asociación de mujeres marroquíes", category: "migrant_association", scope: "local" },
      { name: "Jorge Pérez (inventado)", organisationName: "ACCEM", category: "ngo", scope: "local" },
      { name: "Lucía Romero (inventada)", organisationName: "Cruz Roja Cartagena", category: "ngo", scope: "local" },
      { name: "Pablo Gil (inventado)", organisationName: "Universidad Politécnica de Cartagena", category: "research", scope: "local" },
      { name: "Stefan Maier (erfunden)", organisationName: "Kreis Offenbach", category: "public_authority", scope: "international" },
      { name: "Giorgia Neri (inventata)", organisationName: "Comune di Ravenna", category: "public_authority", scope: "international" },
    ],
    contributions: [
      { proposal: "Protocolo de derivación entre el ayuntamiento y las ONG, con una persona de referencia en cada servicio.", need: 1, proposer: 3 },
      { proposal: "Formación sobre mediación intercultural y cuándo pedir un mediador.", need: 0, proposer: 2 },
      { proposal: "Sesiones conjuntas de personal municipal y asociaciones sobre el empadronamiento.", need: 1, proposer: 0 },
      { proposal: "Actualización práctica sobre la normativa de extranjería para todo el personal de atención.", need: 2, proposer: 1 },
      { proposal: "Intercambio entre pares con Ravenna sobre puntos de información únicos.", proposer: 7 },
      { proposal: "Taller sobre la cita previa asistida para quien no tiene certificado digital.", need: 3, proposer: 4 },
    ],
  },
};

/**
 * Who gives what: participant i gives 3 points to one contribution and 2 to another, following a
 * fixed pattern, so the ranking is deterministic and not a tie.
 */
function demoVotes(participants: number, contributions: number): { participant: number; contribution: number; points: number }[] {
  const preference = [0, 2, 1, 3, 5, 4].filter((c) => c < contributions);
  return Array.from({ length: participants }, (_, i) => [
    { participant: i, contribution: preference[i % 3], points: 3 },
    { participant: i, contribution: preference[(i % 3) + 1 + (i % 2)] ?? preference[0], points: 2 },
  ])
    .flat()
    .filter((v, i, all) => all.findIndex((w) => w.participant === v.participant && w.contribution === v.contribution) === i);
}

export async function seedDemoRoundTables(db: Database): Promise<void> {
  const [prog] = await db.select({ id: programme.id }).from(programme).where(eq(programme.slug, DEMO_PROGRAMME.slug));
  if (!prog) return;
  const validated = await listValidatedFindings(db, { programmeId: prog.id });
  for (const [slug, demo] of Object.entries(DEMO_ROUND_TABLES)) {
    const [host] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
    if (!host) continue;
    const [exists] = await db.select({ id: roundTable.id }).from(roundTable).where(and(eq(roundTable.territoryId, host.id), eq(roundTable.theme, demo.theme)));
    if (exists) continue;
    const kindOrder = { need: 0, weakness: 1, strength: 2 } as const;
    const needs = validated
      .filter((f) => f.territoryId === host.id)
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind])
      .slice(0, 4);
    await db.transaction(async (tx) => {
      const [table] = await tx
        .insert(roundTable)
        .values({ territoryId: host.id, theme: demo.theme, heldOn: demo.heldOn, place: demo.place, onlineUrl: demo.onlineUrl ?? null, notes: demo.notes, votesPerParticipant: VOTES_PER_PARTICIPANT, status: "closed" })
        .returning({ id: roundTable.id });
      const emails = demo.participants.flatMap((p) => (p.email ? [p.email] : []));
      const accounts = emails.length ? await tx.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, emails)) : [];
      const accountOf = new Map(accounts.map((a) => [a.email, a.id]));
      const people = await tx
        .insert(roundTableParticipant)
        .values(demo.participants.map(({ email, ...p }) => ({ ...p, roundTableId: table.id, userId: email ? (accountOf.get(email) ?? null) : null })))
        .returning({ id: roundTableParticipant.id });
      if (needs.length) await tx.insert(roundTableNeed).values(needs.map((f) => ({ roundTableId: table.id, findingId: f.id })));
      const made = await tx
        .insert(roundTableContribution)
        .values(
          demo.contributions.map((c, i) => ({
            roundTableId: table.id,
            proposal: c.proposal,
            findingId: c.need !== undefined ? (needs[c.need]?.id ?? null) : null,
            proposedByParticipantId: c.proposer !== undefined ? people[c.proposer].id : null,
            // One minute apart, in the listed order: ties in the ranking go to the earlier one.
            createdAt: new Date(Date.parse(`${demo.heldOn}T10:00:00Z`) + i * 60_000),
          })),
        )
        .returning({ id: roundTableContribution.id, proposal: roundTableContribution.proposal });
      const idOf = new Map(made.map((c) => [c.proposal, c.id]));
      const contributionIds = demo.contributions.map((c) => idOf.get(c.proposal)!);
      const votes = demoVotes(people.length, contributionIds.length);
      await tx.insert(roundTableVote).values(
        votes.map((v) => ({ participantId: people[v.participant].id, contributionId: contributionIds[v.contribution], points: v.points, recordedAt: new Date(`${demo.heldOn}T12:00:00Z`) })),
      );
    });
  }
}
