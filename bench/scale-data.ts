// The large programme of `npm run seed:scale` and `npm run bench`: 13 territories, 1,000
// interviews with transcripts in German, Italian, Spanish and English, 100,000 codings in the
// largest territory, 2,000 trainees with cohorts, sessions, attendance, self-assessments,
// feedback and certificates, plus findings, focus groups, desk research, round tables, a
// Toolkit's modules and audit entries. Every row is invented and says so ("scale data").
//
// Everything is generated inside the database with INSERT … SELECT over generate_series, so a
// statement writes thousands of rows. It is deterministic: identifiers are md5 of a seed and
// a row's number, choices are hashtextextended(key, seed) (a seeded hash), so the same seed
// gives the same programme on PGlite and PostgreSQL.
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../app/db/client.server";
import { programme, territory } from "../app/db/schema";
import { installDefaultFramework } from "../app/features/competences/competences.server";
import { createDefaultCodebook } from "../app/features/needs-review/codebook/codebook.server";

export const SCALE = {
  territories: 13,
  /** The largest territory: what the analysis page, the matrix and the co-occurrence are measured on. */
  bigInterviews: 400,
  bigCodings: 100_000,
  /** Each of the other twelve. */
  interviews: 50,
  codings: 2_000,
  paragraphs: 60,
  trainees: 2_000,
  /** Trainees of the largest territory, in two cohorts (1,200 and 400); the rest spread over the others. */
  bigTrainees: 1_600,
  sessionsPerCohort: 24,
  findings: 40,
  deskSources: 30,
  auditEntries: 20_000,
};

/** Invented sentences' vocabulary per language; inflected forms, so the stemmers have work to do. */
export const WORDS: Record<string, string[]> = {
  de: "Die Ämter arbeiten langsam Amt Termin Termine Wohnung Wohnungen Arbeit Arbeitgeber Sprache Sprachen Dolmetscher Formular Formulare Brief Briefe Kolleginnen Beratung Beratungsstelle Schalter Wartezeit Wartezeiten feste Ansprechperson Polizei Aufenthalt Erlaubnis Kinder Schule Ärztin Bescheid Unterlagen Behörde Behörden einfach schwierig immer nie oft gewartet erklärt geholfen".split(
    " ",
  ),
  it: "I lavoratori stranieri aspettano lavoratore sportello uffici ufficio questura permesso soggiorno residenza moduli modulistica associazione associazioni mediatrice corso formazione comune anagrafe casa lavoro figli scuola medico lettera lettere orari sabato informazioni diverse spesso mai sempre difficile semplice aiutato spiegato".split(
    " ",
  ),
  es: "Los trabajadores temporeros trabajador tarjeta sanitaria ayuntamiento empadronarse contrato alquiler ventanilla ventanillas oficina oficinas asociación familias guía idiomas mediadores formación derechos situación administrativa información cita citas papeles vivienda empleo hijos escuela médica siempre nunca difícil sencillo ayudado explicado".split(
    " ",
  ),
  en: "The workers were waiting worker office offices harbour permit permits employer police headquarters municipality procedure language volunteer chaplaincy studies study appointment appointments letter letters housing job children school doctor contact person always never difficult simple helped explained recognised".split(
    " ",
  ),
};
const LANGUAGES = ["de", "it", "es", "en"] as const;
const COUNTRIES = ["DE", "IT", "ES", "IE"] as const;
/** Real transcripts also hold rare words (places, case numbers): "fall1" … "fall5000", three per text. */
const RARE_WORDS = 5000;

export type ScaleOptions = {
  seed?: number;
  programmeSlug?: string;
  prefix?: string;
  /** Smaller sizes for tests. */
  sizes?: Partial<typeof SCALE>;
};
export type ScaleResult = {
  programmeId: string;
  /** Slugs of the territories, the largest first. */
  slugs: string[];
  counts: Record<string, number>;
  ms: number;
};

/** An SQL expression: a version-4-shaped uuid from the md5 of a text (the app's uuid checks want one). */
function uuidOf(text: string) {
  return `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
}

/** An SQL expression: the CASE that gives a language's word array. */
function wordArrays(languageColumn: string) {
  return `CASE ${languageColumn} ${Object.entries(WORDS)
    .map(
      ([lang, words]) =>
        `WHEN '${lang}' THEN ARRAY[${words.map((w) => `'${w}'`).join(",")}]`,
    )
    .join(" ")} END`;
}

/**
 * Loads the scale programme into the database. Beside the demo (in its programme "eccipa" when it
 * exists, else in a programme of its own); refuses to load twice.
 */
export async function generateScale(
  db: Executor,
  options: ScaleOptions = {},
): Promise<ScaleResult> {
  const started = performance.now();
  const seed = options.seed ?? 2026;
  const prefix = options.prefix ?? "scale";
  const s = { ...SCALE, ...options.sizes };
  const run = async (text: string) => {
    const t0 = performance.now();
    await db.execute(sql.raw(text));
    if (process.env.SCALE_VERBOSE)
      console.log(
        `${(performance.now() - t0).toFixed(0).padStart(7)} ms  ${text.trim().split("\n")[0]}`,
      );
  };
  // The largest inserts skip the per-row foreign-key checks (session_replication_role = replica,
  // for that transaction only) where the role may: every key is computed from rows just written,
  // and these tables have no other triggers. Elsewhere they run as any insert does.
  const [{ superuser }] = (
    await db.execute<{ superuser: boolean }>(
      sql.raw(
        "SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user",
      ),
    )
  ).rows;
  const bulk = async (text: string) => {
    if (!superuser) return run(text);
    await (db as Database).transaction(async (tx) => {
      await tx.execute(sql.raw("SET LOCAL session_replication_role = replica"));
      const t0 = performance.now();
      await tx.execute(sql.raw(text));
      if (process.env.SCALE_VERBOSE)
        console.log(
          `${(performance.now() - t0).toFixed(0).padStart(7)} ms  (bulk) ${text.trim().split("\n")[0]}`,
        );
    });
  };
  /** A deterministic uuid for the n-th row of a kind. */
  const id = (kind: string, n: string) =>
    uuidOf(`'${prefix}:${seed}:${kind}:' || (${n})`);
  /** A deterministic number in [0, m) drawn from a key. */
  const pick = (key: string, m: number) =>
    `mod(abs(hashtextextended((${key})::text, ${seed})), ${m})::int`;
  const territoryId = (n: string) => id("territory", n);
  const userId = (kind: string, n: string) => `'${prefix}-${kind}-' || (${n})`;

  // The demo's programme when it is there (or the one asked for), else a programme of its own,
  // never one named like the demo's (the demo would then refuse to load).
  const [demo] = options.programmeSlug ? [] : await db.select({ id: programme.id }).from(programme).where(eq(programme.slug, "eccipa"));
  const slug = options.programmeSlug ?? (demo ? "eccipa" : "scale");
  let [prog] = await db
    .select({ id: programme.id })
    .from(programme)
    .where(eq(programme.slug, slug));
  if (!prog) {
    [prog] = await db
      .insert(programme)
      .values({ slug, name: "Invented programme (scale data)" })
      .returning({ id: programme.id });
    await installDefaultFramework(db, { programmeId: prog.id });
  }
  const slugs = Array.from(
    { length: s.territories },
    (_, i) => `${prefix}-${String(i + 1).padStart(2, "0")}`,
  );
  const [existing] = await db
    .select({ id: territory.id })
    .from(territory)
    .where(eq(territory.slug, slugs[0]));
  if (existing)
    throw new Error(
      `The scale data is already loaded (territory ${slugs[0]} exists).`,
    );

  // Territories: t = 1 is the largest. Per territory, n-th interview/participant numbers are global keys "t:n".
  const interviews = (t: string) =>
    `CASE WHEN ${t} = 1 THEN ${s.bigInterviews} ELSE ${s.interviews} END`;
  await run(`
    INSERT INTO territory (id, programme_id, slug, name, names, country_code, languages, population)
    SELECT ${territoryId("t")}, '${prog.id}', '${prefix}-' || lpad(t::text, 2, '0'), 'Invented territory ' || t || ' (scale data)',
           jsonb_build_object((ARRAY['${LANGUAGES.join("','")}'])[1 + (t - 1) % 4], 'Invented territory ' || t || ' (scale data)'),
           (ARRAY['${COUNTRIES.join("','")}'])[1 + (t - 1) % 4], ARRAY[(ARRAY['${LANGUAGES.join("','")}'])[1 + (t - 1) % 4]], 50000 + t * 1000
      FROM generate_series(1, ${s.territories}) t`);
  const territories = await db
    .select({
      id: territory.id,
      programmeId: territory.programmeId,
      slug: territory.slug,
      languages: territory.languages,
    })
    .from(territory)
    .where(eq(territory.programmeId, prog.id));
  for (const t of territories.filter((x) => slugs.includes(x.slug))) {
    await createDefaultCodebook(db, {
      actor: null,
      territory: t,
      language: t.languages[0] as "de",
    });
  }

  // People: a coordinator and a trainer per territory, and the trainees; no passwords (they cannot sign in).
  await run(`
    INSERT INTO "user" (id, name, email)
    SELECT ${userId("coordinator", "t")}, 'Invented coordinator ' || t || ' (scale data)', '${prefix}-coordinator-' || t || '@scale.example' FROM generate_series(1, ${s.territories}) t
    UNION ALL
    SELECT ${userId("trainer", "t")}, 'Invented trainer ' || t || ' (scale data)', '${prefix}-trainer-' || t || '@scale.example' FROM generate_series(1, ${s.territories}) t
    UNION ALL
    SELECT ${userId("trainee", "g")}, 'Invented trainee ' || g || ' (scale data)', '${prefix}-trainee-' || g || '@scale.example' FROM generate_series(1, ${s.trainees}) g`);
  // Trainee g's territory: the largest for the first bigTrainees, then the others in turn.
  const traineeTerritory = (g: string) =>
    `CASE WHEN ${g} <= ${s.bigTrainees} THEN 1 ELSE 2 + mod(${g}, ${s.territories - 1}) END`;
  await run(`
    INSERT INTO territory_member (territory_id, user_id, role)
    SELECT ${territoryId("t")}, ${userId("coordinator", "t")}, 'coordinator' FROM generate_series(1, ${s.territories}) t
    UNION ALL
    SELECT ${territoryId("t")}, ${userId("trainer", "t")}, 'trainer' FROM generate_series(1, ${s.territories}) t
    UNION ALL
    SELECT ${territoryId(traineeTerritory("g"))}, ${userId("trainee", "g")}, 'trainee' FROM generate_series(1, ${s.trainees}) g`);

  // Needs Review: participants (1.2 per interview) with consent, interviews, who took part, transcripts.
  await run(`
    INSERT INTO participant (id, territory_id, pseudonym, target_group)
    SELECT ${id("participant", "t || ':' || n")}, ${territoryId("t")}, 'S-' || lpad(n::text, 4, '0'),
           (ARRAY['civil_servant', 'third_country_national', 'stakeholder'])[1 + n % 3]
      FROM generate_series(1, ${s.territories}) t, generate_series(1, (${interviews("t")}) * 6 / 5) n`);
  await run(`
    INSERT INTO consent (participant_id, purpose, scope, given_on, information_sheet_version)
    SELECT p.id, 'Invented consent (scale data)', 'interview', date '2021-01-01', 'v1'
      FROM participant p WHERE p.territory_id IN (SELECT id FROM territory WHERE slug LIKE '${prefix}-%')`);
  await run(`
    INSERT INTO interview (id, territory_id, conducted_on, language, notes, interviewer_user_id)
    SELECT ${id("interview", "t || ':' || n")}, ${territoryId("t")}, date '2021-01-01' + mod(n * 7, 365),
           (ARRAY['${LANGUAGES.join("','")}'])[1 + n % 4], 'Invented interview ' || n || ' (scale data)', ${userId("coordinator", "t")}
      FROM generate_series(1, ${s.territories}) t, generate_series(1, ${interviews("t")}) n`);
  // Interview n has participant n; every tenth is a group interview with two more.
  await run(`
    INSERT INTO interview_participant (interview_id, participant_id)
    SELECT DISTINCT ${id("interview", "t || ':' || n")}, ${id("participant", "t || ':' || p")}
      FROM generate_series(1, ${s.territories}) t, generate_series(1, ${interviews("t")}) n,
           LATERAL unnest(CASE WHEN n % 10 = 0 THEN ARRAY[n, (${interviews("t")}) + n / 10, (${interviews("t")}) + n / 10 + 1] ELSE ARRAY[n] END) p`);
  // Transcripts: PARAGRAPHS lines of exactly 100 characters, blank lines between (a stride of
  // 102), so a coding's offsets follow from its paragraphs. Lines are drawn from a pool of 400
  // invented lines per language; a few carry a rare word.
  await run(`
    CREATE TEMP TABLE scale_line AS
    SELECT l.language, n, (
      SELECT string_agg(l.words[1 + ${pick("l.language || n || ':' || k", 1000)} % array_length(l.words, 1)], ' ' ORDER BY k) FROM generate_series(1, 16) k
    ) AS line
      FROM (SELECT lang AS language, ${wordArrays("lang")} AS words FROM unnest(ARRAY['${LANGUAGES.join("','")}']) lang) l, generate_series(0, 399) n`);
  await run(`
    INSERT INTO transcript (id, interview_id, territory_id, text)
    SELECT ${id("transcript", "iv.id::text")}, iv.id, iv.territory_id, (
      SELECT string_agg(rpad(left(CASE WHEN p IN (7, 29, 51) THEN 'fall' || (1 + ${pick("iv.id::text || p", RARE_WORDS)}) || ' ' ELSE '' END || l.line, 99), 99, ' ') || '.',
                        E'\\n\\n' ORDER BY p)
        FROM generate_series(0, ${s.paragraphs - 1}) p JOIN scale_line l ON l.language = iv.language AND l.n = ${pick("iv.id::text || ':' || p", 400)}
    )
      FROM interview iv
     WHERE iv.territory_id IN (SELECT id FROM territory WHERE slug LIKE '${prefix}-%')`);
  await run("DROP TABLE scale_line");

  // Codings: themes drawn with a skew (some far more frequent), one to three paragraphs, one in
  // fifty flagged unplaced.
  const codingId = (t: string, g: string) =>
    id("coding", `${t} || ':' || ${g}`);
  await bulk(`
    WITH th AS (SELECT territory_id, array_agg(id ORDER BY position, name) AS ids, count(*)::int AS n FROM theme
                 WHERE territory_id IN (SELECT id FROM territory WHERE slug LIKE '${prefix}-%') GROUP BY 1),
         c AS (SELECT t, g, ${territoryId("t")} AS territory_id, ${id("interview", `t || ':' || (1 + mod(g, ${interviews("t")}))`)} AS interview_id,
                      ${pick("t || ':' || g || 'p'", s.paragraphs - 2)} AS p, g % 3 AS extra, ${pick("t || ':' || g || 'h'", 1_000_000)} / 1e6 AS r
                 FROM generate_series(1, ${s.territories}) t, generate_series(1, CASE WHEN t = 1 THEN ${s.bigCodings} ELSE ${s.codings} END) g)
    INSERT INTO coding (id, territory_id, interview_id, transcript_id, theme_id, coder_user_id, start, "end", paragraph_first, paragraph_last, quote, placement)
    SELECT ${codingId("c.t", "c.g")}, c.territory_id, c.interview_id, ${id("transcript", "c.interview_id::text")},
           th.ids[1 + floor(power(c.r, 2) * th.n)::int], ${userId("coordinator", "c.t")},
           c.p * 102, (c.p + c.extra) * 102 + 100, c.p, c.p + c.extra,
           'Invented passage (scale data)', CASE WHEN c.g % 50 = 0 THEN 'unplaced' ELSE 'placed' END
      FROM c JOIN th ON th.territory_id = c.territory_id`);

  // Findings with two codings of evidence each, one validation focus group deciding them in turn.
  await run(`
    INSERT INTO finding (id, territory_id, kind, statement, priority, position)
    SELECT ${id("finding", "t || ':' || g")}, ${territoryId("t")}, (ARRAY['strength', 'weakness', 'need'])[1 + g % 3],
           'Invented finding ' || g || ' (scale data): ' || (ARRAY['waiting times at the counter', 'forms only in the local language', 'no fixed contact person', 'good cooperation with associations'])[1 + g % 4],
           (ARRAY['high', 'medium', 'low'])[1 + g % 3], g
      FROM generate_series(1, ${s.territories}) t, generate_series(1, ${s.findings}) g`);
  await run(`
    INSERT INTO finding_evidence (finding_id, coding_id)
    SELECT ${id("finding", "t || ':' || g")}, ${codingId("t", `1 + mod(g * 7 + e, CASE WHEN t = 1 THEN ${s.bigCodings} ELSE ${s.codings} END)`)}
      FROM generate_series(1, ${s.territories}) t, generate_series(1, ${s.findings}) g, generate_series(1, 2) e`);
  await run(`
    INSERT INTO focus_group (id, territory_id, title, held_on)
    SELECT ${id("focus-group", "t::text")}, ${territoryId("t")}, 'Invented focus group (scale data)', date '2021-06-15' FROM generate_series(1, ${s.territories}) t`);
  await run(`
    INSERT INTO focus_group_finding (focus_group_id, finding_id, outcome, amended_statement, decided_at)
    SELECT ${id("focus-group", "t::text")}, ${id("finding", "t || ':' || g")}, (ARRAY['confirmed', 'amended', 'rejected', NULL])[1 + g % 4],
           CASE WHEN g % 4 = 1 THEN 'Amended invented finding ' || g || ' (scale data)' END, timestamptz '2021-06-15 12:00+00'
      FROM generate_series(1, ${s.territories}) t, generate_series(1, ${s.findings}) g`);
  await run(`
    INSERT INTO desk_source (territory_id, title, kind, notes, created_at)
    SELECT ${territoryId("t")}, 'Invented desk source ' || g || ' (scale data)', (ARRAY['report', 'statistics', 'policy', 'other'])[1 + g % 4],
           'Invented notes on the waiting times and the forms (scale data).', timestamptz '2021-01-01 09:00+00' + g * interval '1 day'
      FROM generate_series(1, ${s.territories}) t, generate_series(1, ${s.deskSources}) g`);

  // Co-design: two round tables per territory, six participants and five contributions each.
  await run(`
    INSERT INTO round_table (id, territory_id, theme, held_on, status)
    SELECT ${id("round-table", "t || ':' || r")}, ${territoryId("t")}, 'Invented round table ' || r || ' (scale data)', date '2022-03-01' + r * 30, 'closed'
      FROM generate_series(1, ${s.territories}) t, generate_series(1, 2) r`);
  await run(`
    INSERT INTO round_table_participant (round_table_id, name, category, scope)
    SELECT ${id("round-table", "t || ':' || r")}, 'Invented round-table participant ' || g || ' (scale data)',
           (ARRAY['public_authority', 'ngo', 'migrant_association', 'training_provider', 'research', 'other'])[g], 'local'
      FROM generate_series(1, ${s.territories}) t, generate_series(1, 2) r, generate_series(1, 6) g`);
  await run(`
    INSERT INTO round_table_contribution (round_table_id, proposal)
    SELECT ${id("round-table", "t || ':' || r")}, 'Invented proposal ' || g || ' (scale data)'
      FROM generate_series(1, ${s.territories}) t, generate_series(1, 2) r, generate_series(1, 5) g`);

  // The largest territory's own Toolkit of 30 modules, each on two competences.
  await run(`
    INSERT INTO toolkit (id, programme_id, territory_id, title, language)
    VALUES (${id("toolkit", "'1'")}, '${prog.id}', ${territoryId("1")}, 'Invented Toolkit (scale data)', 'de')`);
  await run(`
    INSERT INTO training_module (id, toolkit_id, title, summary, duration_minutes, position)
    SELECT ${id("module", "g::text")}, ${id("toolkit", "'1'")}, 'Invented module ' || g || ' (scale data)', 'Invented summary (scale data).', 90, g
      FROM generate_series(1, 30) g`);
  await run(`
    INSERT INTO module_competence (module_id, competence_id)
    SELECT ${id("module", "g::text")}, k.id FROM generate_series(1, 30) g
      JOIN LATERAL (SELECT id FROM competence WHERE programme_id = '${prog.id}' ORDER BY position, key OFFSET g % 10 LIMIT 2) k ON true`);

  // Training: the largest territory has two cohorts (1,200 and 400 trainees), the others one each.
  await run(`
    INSERT INTO cohort (id, territory_id, name, starts_on, ends_on, toolkit_id)
    SELECT ${id("cohort", "t || ':' || c")}, ${territoryId("t")}, 'Invented cohort ' || c || ' (scale data)', date '2025-01-15', date '2025-12-15',
           CASE WHEN t = 1 THEN ${id("toolkit", "'1'")} END
      FROM generate_series(1, ${s.territories}) t, generate_series(1, CASE WHEN t = 1 THEN 2 ELSE 1 END) c`);
  const traineeCohort = (g: string) =>
    `CASE WHEN ${g} <= ${Math.round((s.bigTrainees * 3) / 4)} THEN 1 ELSE 2 END`;
  await run(`
    INSERT INTO enrolment (id, cohort_id, territory_id, user_id, department)
    SELECT ${id("enrolment", "g::text")}, ${id("cohort", `(${traineeTerritory("g")}) || ':' || CASE WHEN ${traineeTerritory("g")} = 1 THEN ${traineeCohort("g")} ELSE 1 END`)},
           ${territoryId(traineeTerritory("g"))}, ${userId("trainee", "g")}, 'Invented department ' || (1 + g % 7)
      FROM generate_series(1, ${s.trainees}) g`);
  await run(`
    INSERT INTO training_session (id, cohort_id, territory_id, title, starts_at, ends_at, trainer_user_id, place)
    SELECT ${id("session", "c.id::text || ':' || n")}, c.id, c.territory_id, 'Invented session ' || n || ' (scale data)',
           timestamptz '2025-02-03 08:00+00' + n * interval '7 days', timestamptz '2025-02-03 11:00+00' + n * interval '7 days',
           ${userId("trainer", `(SELECT t FROM generate_series(1, ${s.territories}) t WHERE ${territoryId("t")} = c.territory_id)`)}, 'Invented room (scale data)'
      FROM cohort c, generate_series(1, ${s.sessionsPerCohort}) n
     WHERE c.territory_id IN (SELECT id FROM territory WHERE slug LIKE '${prefix}-%')`);
  const scaleCohorts = `(SELECT c.id FROM cohort c JOIN territory t ON t.id = c.territory_id WHERE t.slug LIKE '${prefix}-%')`;
  // Present nine times in ten, excused or absent otherwise.
  await bulk(`
    INSERT INTO attendance (session_id, enrolment_id, status)
    SELECT s.id, e.id, CASE WHEN ${pick("e.id::text || s.id::text", 10)} < 9 THEN 'present' WHEN ${pick("s.id::text || e.id::text", 2)} = 0 THEN 'excused' ELSE 'absent' END
      FROM training_session s JOIN enrolment e ON e.cohort_id = s.cohort_id WHERE s.cohort_id IN ${scaleCohorts}`);
  await bulk(`
    INSERT INTO session_feedback (session_id, enrolment_id, rating, comment)
    SELECT s.id, e.id, 1 + ${pick("s.id::text || e.id::text || 'r'", 5)},
           CASE WHEN ${pick("e.id::text || s.id::text || 'c'", 4)} = 0 THEN 'Invented comment on the session (scale data).' ELSE '' END
      FROM training_session s JOIN enrolment e ON e.cohort_id = s.cohort_id
     WHERE s.cohort_id IN ${scaleCohorts} AND ${pick("s.id::text || e.id::text || 'f'", 10)} < 6`);
  await run(`
    INSERT INTO self_assessment (id, enrolment_id, territory_id, phase)
    SELECT ${id("assessment", "e.id::text || p.phase")}, e.id, e.territory_id, p.phase
      FROM enrolment e CROSS JOIN (VALUES ('pre'), ('post')) p(phase) WHERE e.cohort_id IN ${scaleCohorts}`);
  // Before 0–2, after up to two levels higher.
  await bulk(`
    INSERT INTO self_assessment_rating (assessment_id, competence_id, level)
    SELECT a.id, k.id, CASE WHEN a.phase = 'pre' THEN ${pick("a.enrolment_id::text || k.id::text", 3)}
                            ELSE least(3, ${pick("a.enrolment_id::text || k.id::text", 3)} + ${pick("k.id::text || a.enrolment_id::text", 3)}) END
      FROM self_assessment a CROSS JOIN competence k
     WHERE a.enrolment_id IN (SELECT id FROM enrolment WHERE cohort_id IN ${scaleCohorts}) AND k.programme_id = '${prog.id}'`);
  // Certificates for half the trainees, signed by an invented key (they do not verify).
  await run(`
    INSERT INTO signing_key (id, algorithm, public_key_jwk, private_key_jwk, retired_at)
    VALUES (${id("key", "'1'")}, 'EdDSA', '{"note": "invented key (scale data)"}', '{"note": "invented key (scale data)"}', now())`);
  await run(`
    INSERT INTO certificate (territory_id, enrolment_id, cohort_id, recipient_name, language, credential, signed_credential, signing_key_id, issued_at)
    SELECT e.territory_id, e.id, e.cohort_id, 'Invented trainee (scale data)', 'en', '{"note": "invented credential (scale data)"}', 'invented', ${id("key", "'1'")},
           timestamptz '2025-12-20 10:00+00'
      FROM enrolment e WHERE e.cohort_id IN ${scaleCohorts} AND ${pick("e.id::text || 'cert'", 2)} = 0`);

  // The audit log of the largest territory: transcript reads and codings over four years.
  await run(`
    INSERT INTO audit_log (at, actor_user_id, programme_id, territory_id, action, object_type, object_id, details)
    SELECT timestamptz '2021-01-01 08:00+00' + g * interval '97 minutes', ${userId("coordinator", "1")}, '${prog.id}', ${territoryId("1")},
           (ARRAY['transcript.read', 'coding.create', 'interview.update'])[1 + g % 3], (ARRAY['transcript', 'coding', 'interview'])[1 + g % 3],
           ${id("interview", "'1:' || (1 + g % " + s.bigInterviews + ")")}::text, '{"scale": "invented entry"}'
      FROM generate_series(1, ${s.auditEntries}) g`);

  const t0 = performance.now();
  await analyze(db);
  if (process.env.SCALE_VERBOSE)
    console.log(
      `${(performance.now() - t0).toFixed(0).padStart(7)} ms  VACUUM ANALYZE`,
    );
  const counts: Record<string, number> = {};
  for (const table of [
    "territory",
    "interview",
    "transcript",
    "participant",
    "coding",
    "finding",
    "enrolment",
    "training_session",
    "attendance",
    "self_assessment_rating",
    "certificate",
    "audit_log",
  ]) {
    const scoped =
      table === "territory"
        ? `slug LIKE '${prefix}-%'`
        : table === "transcript"
          ? `interview_id IN (SELECT id FROM interview WHERE territory_id IN (SELECT id FROM territory WHERE slug LIKE '${prefix}-%'))`
          : table === "attendance"
            ? `session_id IN (SELECT id FROM training_session WHERE territory_id IN (SELECT id FROM territory WHERE slug LIKE '${prefix}-%'))`
            : table === "self_assessment_rating"
              ? `assessment_id IN (SELECT id FROM self_assessment WHERE territory_id IN (SELECT id FROM territory WHERE slug LIKE '${prefix}-%'))`
              : `territory_id IN (SELECT id FROM territory WHERE slug LIKE '${prefix}-%')`;
    const { rows } = await db.execute<{ n: number }>(
      sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${scoped}`),
    );
    counts[table] = rows[0].n;
  }
  return {
    programmeId: prog.id,
    slugs,
    counts,
    ms: performance.now() - started,
  };
}

/** Fresh statistics (and merged GIN pending lists) after a bulk load: PGlite has no autovacuum. */
export async function analyze(db: Executor) {
  await db.execute(sql.raw("VACUUM ANALYZE"));
}

/**
 * A territory of `count` transcripts of 120 words for the search figures (10,000 and 100,000),
 * a quarter in each language, three rare words each. Returns the territory.
 */
export async function generateSearchTerritory(
  db: Executor,
  args: { programmeId: string; slug: string; count: number; seed?: number },
) {
  const seed = args.seed ?? 2026;
  const pick = (key: string, m: number) =>
    `mod(abs(hashtextextended((${key})::text, ${seed})), ${m})::int`;
  const [t] = await db
    .insert(territory)
    .values({
      programmeId: args.programmeId,
      slug: args.slug,
      name: `Invented search territory, ${args.count} transcripts (scale data)`,
      countryCode: "DE",
      languages: ["de"],
      population: 1,
    })
    .returning({ id: territory.id, programmeId: territory.programmeId });
  await db.execute(
    sql.raw(`
    INSERT INTO interview (id, territory_id, conducted_on, language, notes)
    SELECT ${uuidOf(`'${args.slug}:${seed}:' || g`)}, '${t.id}', date '2021-01-01' + (g % 365), (ARRAY['de', 'it', 'es', 'en'])[1 + g % 4], 'Invented interview ' || g || ' (scale data)'
      FROM generate_series(1, ${args.count}) g`),
  );
  // Nine sentences of 13 words from a pool of 1,000 per language, and three rare words.
  await db.execute(
    sql.raw(`
    CREATE TEMP TABLE scale_sentence AS
    SELECT l.language, n, (
      SELECT string_agg(l.words[1 + ${pick("l.language || n || ':' || k", 1000)} % array_length(l.words, 1)], ' ' ORDER BY k) FROM generate_series(1, 13) k
    ) AS sentence
      FROM (SELECT lang AS language, ${wordArrays("lang")} AS words FROM unnest(ARRAY['${LANGUAGES.join("','")}']) lang) l, generate_series(0, 999) n`),
  );
  await db.execute(
    sql.raw(`
    INSERT INTO transcript (interview_id, territory_id, text)
    SELECT i.id, i.territory_id, (
      SELECT string_agg(s.sentence, ' ' ORDER BY k) FROM generate_series(1, 9) k JOIN scale_sentence s ON s.language = i.language AND s.n = ${pick("i.id::text || k", 1000)}
    ) || (SELECT string_agg(' fall' || (1 + ${pick("i.id::text || 'rare' || k", RARE_WORDS)}), '') FROM generate_series(1, 3) k)
      FROM interview i
     WHERE i.territory_id = '${t.id}'`),
  );
  await db.execute(sql.raw("DROP TABLE scale_sentence"));
  await db.execute(sql.raw("VACUUM ANALYZE interview"));
  await db.execute(sql.raw("VACUUM ANALYZE transcript"));
  return t;
}
