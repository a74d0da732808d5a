// Bench case: the Needs Review Report of a territory of 50 interviews. Generates the territory
// (60 participants with consent, 50 interviews with transcripts, 3 coded passages each, 40
// findings backed by 2–4 passages, a focus group deciding on them), then times building the
// content from the database, and rendering it to DOCX and to PDF (p50/p95).
import { performance } from "node:perf_hooks";
import type { Database } from "../app/db/client.server";
import { TARGET_GROUPS, coding, consent, finding, findingEvidence, focusGroup, focusGroupAttendee, focusGroupFinding, interview, interviewParticipant, participant, territory, theme, transcript } from "../app/db/schema";
import { buildReportContent } from "../app/features/needs-review/report/report-content.server";
import { reportFile } from "../app/features/needs-review/report/report-files.server";

const INTERVIEWS = Number(process.env.BENCH_REPORT_INTERVIEWS ?? 50);
const FINDINGS = Number(process.env.BENCH_REPORT_FINDINGS ?? 40);
const PARTICIPANTS = 60;
const KINDS = ["strength", "weakness", "need"] as const;
const PRIORITIES = ["high", "medium", "low"] as const;
// Invented turns, with the accents and signs the fonts must carry.
const TURNS = [
  "Beim Amt habe ich drei Wochen auf einen Termin gewartet, und die Briefe waren nur auf Deutsch – für 25 € bekam ich eine Übersetzung.",
  "Allo sportello non c'era nessun mediatore; ho capito solo perché un'altra signora mi ha spiegato tutto in arabo.",
  "En la oficina me pidieron el empadronamiento tres veces; nadie sabía qué papel faltaba y perdí la cita del médico.",
  "We need one contact person who knows the procedure, not five offices that send us back and forth “for competence reasons”.",
];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(label: string, runs: number, fn: () => Promise<unknown>) {
  await fn(); // warm-up (fonts read, modules compiled)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function generate(db: Database, programmeId: string) {
  const [t] = await db
    .insert(territory)
    .values({ programmeId, slug: "bench-report", name: "Bench report territory (Görlitz-Ñuñoa)", countryCode: "DE", languages: ["de"], population: 250000, foreignResidentsPercent: 14.5, tcnPercent: 9.25 })
    .returning();
  const people = await db
    .insert(participant)
    .values(Array.from({ length: PARTICIPANTS }, (_, i) => ({ territoryId: t.id, pseudonym: `BR-${String(i + 1).padStart(2, "0")}`, targetGroup: TARGET_GROUPS[i % 3] })))
    .returning({ id: participant.id, pseudonym: participant.pseudonym });
  await db.insert(consent).values(people.map((p) => ({ participantId: p.id, purpose: "Bench interview", givenOn: "2021-03-01", informationSheetVersion: "1.0" })));
  const [th] = await db.insert(theme).values({ territoryId: t.id, name: "Bench theme", colour: "#1d4f91" }).returning({ id: theme.id });
  const interviews = await db
    .insert(interview)
    .values(Array.from({ length: INTERVIEWS }, (_, i) => ({ territoryId: t.id, conductedOn: `2021-04-${String(1 + (i % 28)).padStart(2, "0")}`, language: "de" })))
    .returning({ id: interview.id });
  await db.insert(interviewParticipant).values(interviews.map((iv, i) => ({ interviewId: iv.id, participantId: people[i % PARTICIPANTS].id })));
  const codingIds: string[] = [];
  for (const [i, iv] of interviews.entries()) {
    const speaker = people[i % PARTICIPANTS].pseudonym;
    const lines = TURNS.map((turn) => `${speaker}: ${turn}`);
    const text = ["I: Wie war es?", ...lines].join("\n");
    const [tr] = await db.insert(transcript).values({ interviewId: iv.id, territoryId: t.id, text }).returning({ id: transcript.id });
    const rows = lines.slice(0, 3).map((line, j) => {
      const start = text.indexOf(line);
      return { territoryId: t.id, interviewId: iv.id, transcriptId: tr.id, themeId: th.id, start, end: start + line.length, paragraphFirst: j + 1, paragraphLast: j + 1, quote: line };
    });
    codingIds.push(...(await db.insert(coding).values(rows).returning({ id: coding.id })).map((c) => c.id));
  }
  const findings = await db
    .insert(finding)
    .values(
      Array.from({ length: FINDINGS }, (_, i) => ({
        territoryId: t.id,
        kind: KINDS[i % 3],
        priority: PRIORITIES[i % 3],
        statement: `Befund ${i + 1}: Die Beratung für Drittstaatsangehörige braucht mehr Zeit, Dolmetschen und klare Zuständigkeiten (Größe ${i}).`,
        targetGroups: [TARGET_GROUPS[i % 3]],
        position: i,
      })),
    )
    .returning({ id: finding.id });
  await db.insert(findingEvidence).values(findings.flatMap((f, i) => Array.from({ length: 2 + (i % 3) }, (_, j) => ({ findingId: f.id, codingId: codingIds[(i * 3 + j * 7) % codingIds.length] }))));
  const [fg] = await db.insert(focusGroup).values({ territoryId: t.id, title: "Bench focus group", heldOn: "2021-06-15" }).returning({ id: focusGroup.id });
  await db.insert(focusGroupAttendee).values(people.slice(0, 15).map((p) => ({ focusGroupId: fg.id, participantId: p.id })));
  const outcomes = ["confirmed", "amended", "rejected"] as const;
  await db.insert(focusGroupFinding).values(
    findings.slice(0, 30).map((f, i) => ({
      focusGroupId: fg.id,
      findingId: f.id,
      outcome: outcomes[i % 3],
      amendedStatement: outcomes[i % 3] === "amended" ? `Befund ${i + 1}, neu gefasst: Zuständigkeiten klären, Dolmetschen sichern.` : null,
      decidedAt: new Date(),
    })),
  );
  return t;
}

export async function benchReport(db: Database, args: { programmeId: string; runs: number }) {
  const started = performance.now();
  const t = await generate(db, args.programmeId);
  const generatedMs = performance.now() - started;
  const content = await buildReportContent(db, { territory: t, language: "de" });
  const sizes = { docx: (await reportFile(content, "docx")).bytes.length, pdf: (await reportFile(content, "pdf")).bytes.length };
  const rows = [
    await timed(`report, ${INTERVIEWS} interviews, ${FINDINGS} findings: content`, args.runs, () => buildReportContent(db, { territory: t, language: "de" })),
    await timed("  DOCX rendered", args.runs, () => reportFile(content, "docx")),
    await timed("  PDF rendered", args.runs, () => reportFile(content, "pdf")),
  ];
  const quotes = content.findings.reduce((n, f) => n + f.quotes.length, 0);
  const notes = [
    `report: territory generated in ${(generatedMs / 1000).toFixed(1)} s; ${content.findings.length} findings, ${quotes} quotes; DOCX ${(sizes.docx / 1024).toFixed(0)} KB, PDF ${(sizes.pdf / 1024).toFixed(0)} KB`,
  ];
  return { rows, notes };
}
