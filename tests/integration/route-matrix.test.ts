// @heavy: every route as every actor, some 4,000 requests.
// The route × role × foreign-territory matrix. It reads the route table (app/routes.ts) and the
// access table (app/route-access.ts), requests every route as every kind of actor with the ids of
// a territory the actor does not belong to, and checks each answer against expectations written
// here, from the access table and the role lists below (never from app/tenancy/policy.ts, so that
// a policy bug shows up as a failure). Each page is also requested as a client-side navigation
// would (".data"), which must answer the same. Every answer is searched for the other territory's
// private data. A route added to the table is covered without editing this file; a new URL
// parameter or a new permission makes it fail until this file says how to fill it / who holds it.
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import {
  agreementCheck,
  certificate,
  cohort,
  coding,
  competence,
  consent,
  deskSource,
  deskSourceFile,
  enrolment,
  finding,
  focusGroup,
  focusGroupFinding,
  interview,
  moduleFinding,
  moduleMaterial,
  trainingModule,
  interviewParticipant,
  invitation,
  participant,
  participantIdentity,
  programme,
  programmeMember,
  pseudonymReplacement,
  roundTable,
  roundTableParticipant,
  sessionFeedback,
  sessionModule,
  territory,
  territoryMember,
  theme,
  toolkit,
  trainingSession,
  transcript,
  user,
} from "~/db/schema";
import { CATALOGS as ASSEMBLED } from "~/i18n/catalogs.server";
import { ROUTE_ACCESS } from "~/route-access";
import { ORIGIN, startApp, TestClient } from "../support/app";
import { inventTrainee, makeCohort } from "../support/cohorts";
import { builtRouteModules, fillPattern, flattenRoutes, type BuiltRoute, type FlatRoute } from "../support/route-table";
import { rawKeysIn } from "../support/raw-keys";
import { publishedProgrammeVersion } from "../support/toolkit-versions";
import { BUDGET, htmlBudgetFor, pageWeight } from "../../scripts/page-weight";

// ---------------------------------------------------------------------------------------------
// The specification: who should be able to do what. Written independently of the policy module.

const TERRITORY_ROLES = ["coordinator", "technical_partner", "trainer", "trainee", "committee_member"] as const;
type TerritoryRole = (typeof TERRITORY_ROLES)[number];
type ProgrammeRole = "programme_admin" | "expert";

/** Territory permission → the territory roles that hold it (programme admins hold all). */
const TERRITORY_GRANTS: Record<string, readonly TerritoryRole[]> = {
  "territory:view": TERRITORY_ROLES,
  "members:view": ["coordinator", "technical_partner"],
  "members:invite": ["coordinator"],
  "audit:view": ["coordinator"],
  "needs-review:view": ["coordinator", "technical_partner"],
  "needs-review:edit": ["coordinator", "technical_partner"],
  "needs-review:export": ["coordinator"],
  "needs-review:publish": ["coordinator"],
  "participants:identity": ["coordinator"],
  "co-design:view": ["coordinator", "technical_partner", "trainer"],
  "co-design:edit": ["coordinator", "technical_partner"],
  "co-design:vote": TERRITORY_ROLES,
  "toolkit:view": ["coordinator", "technical_partner", "trainer"],
  "toolkit:edit": ["coordinator", "technical_partner"],
  "toolkit:publish": ["coordinator"],
  "training:view": ["coordinator", "technical_partner", "trainer"],
  "training:manage": ["coordinator"],
  "training:attendance": ["coordinator", "trainer"],
  "training:insights": ["coordinator", "technical_partner"],
  "training:participate": ["trainee", "trainer"],
  "certificates:issue": ["coordinator"],
};

/** Programme permission → the programme roles that hold it. */
const PROGRAMME_GRANTS: Record<string, readonly ProgrammeRole[]> = {
  "programme:view-dashboard": ["programme_admin"],
  "programme:manage-territories": ["programme_admin"],
  "programme:manage-organisations": ["programme_admin"],
  "programme:manage-members": ["programme_admin"],
  "programme:read-outbox": ["programme_admin"],
  "programme:read-audit": ["programme_admin"],
  "programme:assess": ["expert"],
  "programme:compare-needs-reviews": ["programme_admin", "expert"],
  "programme:manage-competences": ["programme_admin"],
  "programme:manage-timeline": ["programme_admin"],
  "programme:view-training": ["programme_admin"],
};

const PROGRAMME = "eccipa";
const OWN = { slug: "offenbach", name: "County of Offenbach", otherNames: ["Kreis Offenbach", "Distretto di Offenbach", "Distrito de Offenbach"] }; // territory A
const FOREIGN = { slug: "ravenna", name: "City of Ravenna" }; // territory B
const UNKNOWN = { slug: "no-such-territory-x7" }; // an id that exists nowhere

/**
 * The actors. All of them except the visitor belong to programme "eccipa" (territory members
 * through territory A), so a programme route answers them 403, never 404, when they lack the right.
 */
type ActorSpec = { key: string; email?: string; territoryRole?: TerritoryRole; programmeRole?: ProgrammeRole };
const ACTORS: ActorSpec[] = [
  { key: "visitor" },
  { key: "coordinator of A", email: "coordinator.offenbach@eccipa.example", territoryRole: "coordinator" },
  { key: "technical partner of A", email: "partner.offenbach@eccipa.example", territoryRole: "technical_partner" },
  { key: "trainer of A", email: "trainer.offenbach@eccipa.example", territoryRole: "trainer" },
  { key: "trainee of A", email: "trainee.offenbach@eccipa.example", territoryRole: "trainee" },
  { key: "committee member of A", email: "committee.offenbach@eccipa.example", territoryRole: "committee_member" },
  { key: "expert", email: "expert@eccipa.example", programmeRole: "expert" },
];

type Target = { slug: string };

/** A demo participant of each territory (filled before the matrix runs); unknown territories get B's. */
const PARTICIPANT_IDS: Record<string, string> = {};
/** A demo interview (with a transcript) of each territory; unknown territories get B's. */
const INTERVIEW_IDS: Record<string, string> = {};
/** A theme of each territory's codebook, and its (demo) agreement check. */
const THEME_IDS: Record<string, string> = {};
const CHECK_IDS: Record<string, string> = {};
/** A demo desk research source of each territory; unknown territories get B's. */
const SOURCE_IDS: Record<string, string> = {};

/** A finding and a focus group of each territory, made through the app in beforeAll. */
const FINDING_IDS: Record<string, string> = {};
const FOCUS_GROUP_IDS: Record<string, string> = {};
/** A competence of the programme's framework: programme-wide, so every target gets the same one. */
const COMPETENCE = { id: "" };
/** A round table of each territory, made through the app in beforeAll; A's has every A actor as a linked participant. */
const ROUND_TABLE_IDS: Record<string, string> = {};

/** The demo staff cohort of each territory (with enrolments added by seedTraining), and a
 *  certificate issued through the app in another cohort. A's belongs to the trainee of A (see OWNER_ROUTES). */
const COHORT_IDS: Record<string, string> = {};
const CERTIFICATE_IDS: Record<string, string> = {};
/** A published version of the Toolkit A and B both work with (the programme's), made in beforeAll. */
const TOOLKIT_VERSION_IDS: Record<string, string> = {};

/** A session (taken place) of each demo staff cohort; in A one that A's trainer trains. */
const SESSION_IDS: Record<string, string> = {};
/**
 * Enrolments in those cohorts: "<slug>" → one of the territory's, "<slug> <email>" → that
 * actor's own. A person's own training pages (her self-assessments, progress) answer 404 for an
 * enrolment that is not hers, so each actor is sent to her own where she has one.
 */
const ENROLMENT_IDS: Record<string, string> = {};
/** A module of the programme's Toolkit (shared by its territories) and a file uploaded to it in beforeAll. */
const TOOLKIT = { moduleId: "", materialId: "" };

/**
 * A value for every URL parameter the route table may use, given the territory the request aims
 * at (and the actor, for a person's own records). A new parameter (say :interview) needs a
 * resolver here that yields an id of that territory.
 */
const PARAM_RESOLVERS: Record<string, (target: Target, actor?: ActorSpec) => string> = {
  lang: () => "en",
  programme: () => PROGRAMME,
  territory: (target) => target.slug,
  participantId: (target) => PARTICIPANT_IDS[target.slug] ?? PARTICIPANT_IDS[FOREIGN.slug],
  interviewId: (target) => INTERVIEW_IDS[target.slug] ?? INTERVIEW_IDS[FOREIGN.slug],
  themeId: (target) => THEME_IDS[target.slug] ?? THEME_IDS[FOREIGN.slug],
  checkId: (target) => CHECK_IDS[target.slug] ?? CHECK_IDS[FOREIGN.slug],
  sourceId: (target) => SOURCE_IDS[target.slug] ?? SOURCE_IDS[FOREIGN.slug],
  findingId: (target) => FINDING_IDS[target.slug] ?? FINDING_IDS[FOREIGN.slug],
  focusGroupId: (target) => FOCUS_GROUP_IDS[target.slug] ?? FOCUS_GROUP_IDS[FOREIGN.slug],
  competenceId: () => COMPETENCE.id,
  roundTableId: (target) => ROUND_TABLE_IDS[target.slug] ?? ROUND_TABLE_IDS[FOREIGN.slug],
  cohortId: (target) => COHORT_IDS[target.slug] ?? COHORT_IDS[FOREIGN.slug],
  certificateId: (target) => CERTIFICATE_IDS[target.slug] ?? CERTIFICATE_IDS[FOREIGN.slug],
  sessionId: (target) => SESSION_IDS[target.slug] ?? SESSION_IDS[FOREIGN.slug],
  enrolmentId: (target, actor) => ENROLMENT_IDS[`${target.slug} ${actor?.email}`] ?? ENROLMENT_IDS[target.slug] ?? ENROLMENT_IDS[FOREIGN.slug],
  // The matrix cohorts have ended: the "after" self-assessment is open, so its form is shown.
  phase: () => "post",
  // The Toolkit belongs to the programme: the same module in every territory's URLs.
  moduleId: () => TOOLKIT.moduleId,
  materialId: () => TOOLKIT.materialId,
  // A calendar address is a secret token: an unknown one answers 404 to everyone (feeds are
  // tested in training-feeds.test.ts).
  feed: () => "no-such-calendar-token-00000000.ics",
  // No report of B is published here, so any of B's text on a public page is a leak; the public
  // report pages answer 404 for everyone (publishing is tested in needs-review-report.test.ts).
  publicationId: () => "00000000-0000-4000-8000-000000000000",
  // The programme's Toolkit version: public once published, and the members' downloads of A and B.
  versionId: (target) => TOOLKIT_VERSION_IDS[target.slug] ?? TOOLKIT_VERSION_IDS[FOREIGN.slug],
  "*": () => "no-such-page/anywhere",
};

/**
 * A word found in B's transcripts, interview notes, desk research and findings, but not in A's.
 * Routes that read a query string get one (below), so that the matrix also searches as every actor.
 */
const SEARCH_WORD = "harbour";
const QUERY_STRINGS: Record<string, string> = {
  "routes/territory/needs-review/search.tsx": `?q=${SEARCH_WORD}`,
};

const CATALOGS = ASSEMBLED;
const { en } = ASSEMBLED;
type Lang = keyof typeof CATALOGS;

// ---------------------------------------------------------------------------------------------
// Reading the tables.

type Access =
  | { kind: "public" }
  | { kind: "signed-in" }
  | { kind: "programme"; permission: string; roles: readonly ProgrammeRole[] }
  | { kind: "territory"; permission: string; roles: readonly TerritoryRole[] };

type MatrixRoute = FlatRoute & {
  access: Access;
  rule: string;
  hasAction: boolean;
  /** Renders a page (not a resource route): the browser also reaches it by client-side navigation. */
  hasPage: boolean;
};

/** The route table joined with the access table and the build; every problem as one sentence. */
async function readRouteTable(): Promise<{ routes: MatrixRoute[]; problems: string[] }> {
  const flat = flattenRoutes();
  const built = await builtRouteModules();
  const problems: string[] = [];
  const routes: MatrixRoute[] = [];
  for (const route of flat) {
    for (const param of route.params) {
      if (!PARAM_RESOLVERS[param]) {
        problems.push(
          `${route.file} (${route.pattern}) uses the URL parameter ${param === "*" ? "*" : `:${param}`}, which the route matrix cannot fill: add a resolver for it to PARAM_RESOLVERS in tests/integration/route-matrix.test.ts (it must yield an id belonging to the target territory).`,
        );
      }
    }
    const rule = ROUTE_ACCESS[route.file];
    if (rule === undefined) {
      problems.push(`app/routes.ts declares "${route.file}" (${route.pattern}) but app/route-access.ts has no entry for it: add one to ROUTE_ACCESS.`);
      continue;
    }
    const access = parseAccess(rule);
    if (typeof access === "string") {
      problems.push(`${route.file}: ${access}`);
      continue;
    }
    const module: BuiltRoute | undefined = built[route.id];
    if (!module) {
      problems.push(`${route.file} (route id "${route.id}") is missing from build/server/index.js: run \`npx react-router build\` again.`);
      continue;
    }
    routes.push({
      ...route,
      access,
      rule,
      hasAction: typeof module.module.action === "function",
      hasPage: typeof module.module.default === "function",
    });
  }
  const files = new Set(flat.map((r) => r.file));
  for (const file of Object.keys(ROUTE_ACCESS)) {
    if (!files.has(file)) problems.push(`app/route-access.ts has an entry for "${file}", which app/routes.ts does not declare: remove it.`);
  }
  const ids = new Set(flat.map((r) => r.id));
  for (const id of Object.keys(built)) {
    if (id !== "root" && !ids.has(id)) problems.push(`the build has route "${id}", which app/routes.ts does not declare: run \`npx react-router build\` again.`);
  }
  return { routes, problems };
}

function parseAccess(rule: string): Access | string {
  if (rule === "public") return { kind: "public" };
  if (rule === "signed-in") return { kind: "signed-in" };
  const [scope, ...rest] = rule.split(":");
  const permission = rest.join(":");
  if (scope === "programme") {
    const roles = PROGRAMME_GRANTS[permission];
    if (!roles) return `the programme permission "${permission}" is unknown to the route matrix: add to PROGRAMME_GRANTS in tests/integration/route-matrix.test.ts which roles should hold it.`;
    return { kind: "programme", permission, roles };
  }
  if (scope === "territory") {
    const roles = TERRITORY_GRANTS[permission];
    if (!roles) return `the territory permission "${permission}" is unknown to the route matrix: add to TERRITORY_GRANTS in tests/integration/route-matrix.test.ts which roles should hold it.`;
    return { kind: "territory", permission, roles };
  }
  return `unknown access rule "${rule}" (expected public, signed-in, programme:<permission> or territory:<permission>).`;
}

// ---------------------------------------------------------------------------------------------
// Expectations.

type Method = "GET" | "POST";
type Expected =
  | { kind: "sign-in" } // 302 to /<lang>/sign-in?next=<the path>
  | { kind: "status"; status: 200 | 403 | 404 }
  | { kind: "one-of"; statuses: number[] } // a public page: no sign-in redirect, no 5xx
  | { kind: "usable" }; // allowed to use it: any answer below 500 but the sign-in redirect

/**
 * Routes about one person's own object, which she may use besides the roles of the rule: the
 * certificate's files are the coordinator's and its holder's (the resolved certificate of A is
 * the trainee of A's). Anyone else is answered as the rule says.
 */
const OWNER_ROUTES: Record<string, string> = {
  "routes/territory/certificates/certificate-pdf.ts": "trainee of A",
  "routes/territory/certificates/certificate-credential.ts": "trainee of A",
};

function expected(route: MatrixRoute, actor: ActorSpec, aim: "foreign" | "own", method: Method): Expected {
  const { access } = route;
  if (aim === "own" && OWNER_ROUTES[route.file] === actor.key) return method === "GET" ? { kind: "status", status: 200 } : { kind: "usable" };
  if (route.params.includes("*")) return { kind: "status", status: 404 };
  if (access.kind === "public") return { kind: "one-of", statuses: method === "GET" ? [200, 302, 404] : [200, 302, 400, 401, 404] };
  if (!actor.email) return { kind: "sign-in" };
  if (access.kind === "signed-in") return method === "GET" ? { kind: "one-of", statuses: [200, 302] } : { kind: "usable" };
  if (access.kind === "programme") {
    const holds = actor.programmeRole !== undefined && access.roles.includes(actor.programmeRole);
    if (!holds) return { kind: "status", status: 403 };
    return method === "GET" ? { kind: "status", status: 200 } : { kind: "usable" };
  }
  // A territory route: only members of the target territory may learn it exists.
  const role = aim === "own" ? actor.territoryRole : undefined;
  if (!role) return { kind: "status", status: 404 };
  if (!access.roles.includes(role)) return { kind: "status", status: 403 };
  return method === "GET" ? { kind: "status", status: 200 } : { kind: "usable" };
}

function describeExpected(e: Expected): string {
  switch (e.kind) {
    case "sign-in":
      return "302 to sign-in";
    case "status":
      return String(e.status);
    case "one-of":
      return e.statuses.join("/");
    case "usable":
      return "< 500, no sign-in redirect";
  }
}

type Answer = { status: number; location: string | null; body: string };

function signInRedirectFor(path: string): string {
  const lang = path.split("/")[1] || "en";
  return `/${lang}/sign-in?next=${encodeURIComponent(path)}`;
}

function langOf(path: string): Lang {
  const first = path.split("/")[1];
  return (first in CATALOGS ? first : "en") as Lang;
}

/** Why the answer does not meet the expectation, or null. */
function mismatch(answer: Answer, e: Expected, path: string): string | null {
  const isSignInRedirect = answer.status === 302 && (answer.location ?? "").includes("/sign-in?next=");
  if (answer.status >= 500) return "server error";
  switch (e.kind) {
    case "sign-in":
      if (answer.status !== 302 || answer.location !== signInRedirectFor(path)) return `expected a redirect to ${signInRedirectFor(path)}`;
      return null;
    case "status": {
      if (answer.status !== e.status) return `expected ${e.status}`;
      const kind = e.status === 403 ? "forbidden" : e.status === 404 ? "notFound" : null;
      if (kind && !answer.body.includes(CATALOGS[langOf(path)].errorPage.kinds[kind].title)) {
        return `the ${e.status} page is not the translated "${kind}" page`;
      }
      return null;
    }
    case "one-of":
      if (!e.statuses.includes(answer.status)) return `expected one of ${e.statuses.join(", ")}`;
      if (isSignInRedirect) return "a public route sent the actor to sign in";
      return null;
    case "usable":
      if (isSignInRedirect) return "an allowed actor was sent to sign in";
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Private data of territory B, and the search for it.

/**
 * `sharedOn`: route files on which the roles holding that route's permission may see the string
 * (B's validated findings, as statement only: on the programme's Needs Review comparison, on a
 * round table of the actor's own territory, where they are picked as needs (decision 013), and on
 * the Toolkit pages (decision 015)). Everywhere else, and for every other actor, it is still a leak.
 */
type PrivateString = { label: string; value: string; sharedOn?: string[] };

const COMPARISON_ROUTE = "routes/programme/needs-review-comparison.tsx";
const ROUND_TABLE_ROUTE = "routes/territory/co-design/round-table.tsx";
const VALIDATED_SHARED_ON = [
  COMPARISON_ROUTE,
  ROUND_TABLE_ROUTE,
  "routes/territory/toolkit/needs.tsx",
  "routes/territory/toolkit/module.tsx",
  "routes/territory/toolkit/module-new.tsx",
  "routes/territory/toolkit/module-edit.tsx",
];
/** A certificate states its holder's name to anyone who verifies it (decision 018). */
const VERIFY_ROUTE = "routes/public/verify.tsx";

/** The secrets this actor must not see on this route: all of them, but those shared with her there. */
function secretsFor(route: MatrixRoute, actor: ActorSpec, secrets: PrivateString[], aim: "foreign" | "own" = "foreign"): PrivateString[] {
  const holds =
    route.access.kind === "public" ||
    (route.access.kind === "programme" && actor.programmeRole !== undefined && (route.access.roles as readonly string[]).includes(actor.programmeRole)) ||
    // A territory route shares only inside the actor's own territory (B's routes answer her 404).
    (route.access.kind === "territory" && aim === "own" && actor.territoryRole !== undefined && (route.access.roles as readonly string[]).includes(actor.territoryRole));
  return holds ? secrets.filter((s) => !s.sharedOn?.includes(route.file)) : secrets;
}

function htmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

const variantsOf = new Map<string, string[]>();

/** The forms a string takes in a page: as is, HTML-escaped, JSON-escaped (hydration data), each also without its closing punctuation. */
function variants(value: string): string[] {
  // Some 200 strings are looked for in each of some 4,000 answers: each string's forms are made once.
  let forms = variantsOf.get(value);
  if (!forms) {
    // A search snippet drops a text's closing punctuation: without it, it is still the text.
    const texts = [value, value.replace(/[.!?…]+$/, "")];
    forms = [...new Set(texts.flatMap((v) => [v, htmlEscape(v), JSON.stringify(v).slice(1, -1)]).map((v) => v.toLowerCase()))];
    variantsOf.set(value, forms);
  }
  return forms;
}

/** A search marks matched words (<mark> in the page, private-use markers in its data): a leak with marks in it is still a leak. */
function withoutMarks(text: string): string {
  return text.replace(/<\/?mark>|[\uE000\uE001]|\\u[eE]00[01]/g, "");
}

function leaksIn(answer: Answer, secrets: PrivateString[]): PrivateString[] {
  const haystack = withoutMarks(`${answer.location ?? ""}\n${answer.body}`).toLowerCase();
  return secrets.filter((s) => variants(s.value).some((v) => haystack.includes(v)));
}

/**
 * Names and email addresses of B's members and invitees, as stored. People who also hold a role
 * elsewhere (another territory, the programme) are left out: others may legitimately see them.
 */
async function privateStringsOf(slug: string): Promise<PrivateString[]> {
  const db = getDb();
  const [b] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  const members = await db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(territoryMember)
    .innerJoin(user, eq(user.id, territoryMember.userId))
    .where(eq(territoryMember.territoryId, b.id));
  const invited = await db.select({ email: invitation.email, name: invitation.name }).from(invitation).where(eq(invitation.territoryId, b.id));
  const elsewhere = await db
    .select({ name: user.name, email: user.email })
    .from(user)
    .where(
      inArray(
        user.id,
        db
          .select({ id: territoryMember.userId })
          .from(territoryMember)
          .where(ne(territoryMember.territoryId, b.id))
          .union(db.select({ id: programmeMember.userId }).from(programmeMember)),
      ),
    );
  const known = new Set(elsewhere.flatMap((p) => [p.name.toLowerCase(), p.email.toLowerCase()]));
  const found = new Map<string, PrivateString>();
  for (const p of members) {
    found.set(p.name, { label: `name of B's member ${p.email}`, value: p.name });
    found.set(p.email, { label: `email of B's member`, value: p.email });
  }
  for (const p of invited) {
    found.set(p.name, { label: `name of B's invitee ${p.email}`, value: p.name });
    found.set(p.email, { label: `email of B's invitee`, value: p.email });
  }
  // Participants of B: pseudonyms (unless another territory uses the same one), real names, contacts.
  const participants = await db
    .select({ pseudonym: participant.pseudonym, realName: participantIdentity.realName, contact: participantIdentity.contact })
    .from(participant)
    .leftJoin(participantIdentity, eq(participantIdentity.participantId, participant.id))
    .where(eq(participant.territoryId, b.id));
  const pseudonymsElsewhere = await db.select({ pseudonym: participant.pseudonym }).from(participant).where(ne(participant.territoryId, b.id));
  for (const p of pseudonymsElsewhere) known.add(p.pseudonym.toLowerCase());
  for (const p of participants) {
    found.set(p.pseudonym, { label: `pseudonym of B's participant`, value: p.pseudonym });
    if (p.realName) found.set(p.realName, { label: `real name of B's participant ${p.pseudonym}`, value: p.realName });
    if (p.contact) found.set(p.contact, { label: `contact of B's participant ${p.pseudonym}`, value: p.contact });
  }
  // Interviews of B: their notes, and every line of their transcripts (without the speaker's code).
  const interviews = await db
    .select({ notes: interview.notes, text: transcript.text })
    .from(interview)
    .leftJoin(transcript, eq(transcript.interviewId, interview.id))
    .where(eq(interview.territoryId, b.id));
  for (const i of interviews) {
    if (i.notes) found.set(i.notes, { label: `notes of B's interview`, value: i.notes });
    for (const line of (i.text ?? "").split("\n")) {
      const spoken = line.replace(/^[^:\s]{1,30}:\s*/, "").trim();
      if (spoken.length >= 20) found.set(spoken, { label: `transcript of B's interview`, value: spoken });
    }
  }
  // Codings of B: their memos (the quotes are transcript lines, already above).
  const memos = await db.select({ memo: coding.memo }).from(coding).where(and(eq(coding.territoryId, b.id), ne(coding.memo, "")));
  for (const m of memos) found.set(m.memo, { label: `memo of B's coding`, value: m.memo });
  // Desk research of B: the notes of its sources (seen on B's lists and edit pages only).
  const sources = await db.select({ title: deskSource.title, notes: deskSource.notes }).from(deskSource).where(eq(deskSource.territoryId, b.id));
  for (const s of sources) {
    found.set(s.title, { label: `title of B's desk source`, value: s.title });
    if (s.notes.length >= 20) found.set(s.notes, { label: `notes of B's desk research source`, value: s.notes });
  }
  // Files of B's desk sources: their names and, for text files, their content.
  const files = await db
    .select({ fileName: deskSourceFile.fileName, mediaType: deskSourceFile.mediaType, content: deskSourceFile.content })
    .from(deskSourceFile)
    .innerJoin(deskSource, eq(deskSource.id, deskSourceFile.deskSourceId))
    .where(eq(deskSource.territoryId, b.id));
  for (const f of files) {
    found.set(f.fileName, { label: `name of B's desk source file`, value: f.fileName });
    if (f.mediaType.startsWith("text/")) {
      const text = new TextDecoder().decode(f.content);
      found.set(text, { label: `content of B's desk source file`, value: text });
    }
  }
  // B's pseudonymisation log: the originals that were replaced (real names, places).
  const replaced = await db.select({ original: pseudonymReplacement.original }).from(pseudonymReplacement).where(eq(pseudonymReplacement.territoryId, b.id));
  for (const r of replaced) found.set(r.original, { label: `original in B's pseudonymisation log`, value: r.original });
  // Findings and focus groups of B: the statements (and amended wordings), the focus groups'
  // titles and notes. The wording that stands of a finding whose latest decision (latest focus
  // group, then latest decision) confirmed or amended it is shared on the programme comparison.
  const findings = await db.select({ id: finding.id, statement: finding.statement }).from(finding).where(eq(finding.territoryId, b.id));
  const decisions = await db
    .select({ findingId: focusGroupFinding.findingId, outcome: focusGroupFinding.outcome, amended: focusGroupFinding.amendedStatement, heldOn: focusGroup.heldOn, decidedAt: focusGroupFinding.decidedAt })
    .from(focusGroupFinding)
    .innerJoin(focusGroup, eq(focusGroup.id, focusGroupFinding.focusGroupId))
    .where(eq(focusGroup.territoryId, b.id));
  const latest = new Map<string, (typeof decisions)[number]>();
  for (const d of decisions) {
    if (!d.outcome) continue;
    const before = latest.get(d.findingId);
    const later = !before || d.heldOn > before.heldOn || (d.heldOn === before.heldOn && (d.decidedAt?.getTime() ?? 0) > (before.decidedAt?.getTime() ?? 0));
    if (later) latest.set(d.findingId, d);
    if (d.amended) found.set(d.amended, { label: `amended wording of B's finding`, value: d.amended });
  }
  for (const f of findings) {
    const d = latest.get(f.id);
    // An amended wording that repeats the original ("…, unless someone helps") shows it too (the
    // leak check also looks for each string without its closing full stop).
    const shown = d?.outcome === "confirmed" || (d?.outcome === "amended" && d.amended?.includes(f.statement.replace(/\.$/, "")));
    found.set(f.statement, { label: `statement of B's finding`, value: f.statement, sharedOn: shown ? VALIDATED_SHARED_ON : undefined });
    if (d?.outcome === "amended" && d.amended) found.set(d.amended, { label: `amended wording of B's finding`, value: d.amended, sharedOn: VALIDATED_SHARED_ON });
  }
  const groups = await db.select({ title: focusGroup.title, notes: focusGroup.notes }).from(focusGroup).where(eq(focusGroup.territoryId, b.id));
  for (const g of groups) {
    found.set(g.title, { label: `title of B's focus group`, value: g.title });
    if (g.notes) found.set(g.notes, { label: `notes of B's focus group`, value: g.notes });
  }
  // People at B's round tables: their names (guests without accounts are recorded by B alone).
  const seated = await db
    .select({ name: roundTableParticipant.name })
    .from(roundTableParticipant)
    .innerJoin(roundTable, eq(roundTable.id, roundTableParticipant.roundTableId))
    .where(eq(roundTable.territoryId, b.id));
  for (const p of seated) found.set(p.name, { label: `name of a participant at B's round table`, value: p.name });
  // Certificates of B: the name they state is public on their verify page, and private elsewhere
  // (the holder is also B's member: this entry replaces that one).
  const certificates = await db.select({ name: certificate.recipientName }).from(certificate).where(eq(certificate.territoryId, b.id));
  for (const c of certificates) found.set(c.name, { label: `name on B's certificate`, value: c.name, sharedOn: [VERIFY_ROUTE] });
  // Feedback comments on B's sessions (shown, without names, on B's cohort insights only).
  const comments = await db
    .select({ comment: sessionFeedback.comment })
    .from(sessionFeedback)
    .innerJoin(trainingSession, eq(trainingSession.id, sessionFeedback.sessionId))
    .where(and(eq(trainingSession.territoryId, b.id), ne(sessionFeedback.comment, "")));
  for (const c of comments) found.set(c.comment, { label: `comment of B's session feedback`, value: c.comment });
  // Training of B: where its trainees work (departments), and the notes of its sessions.
  const departments = await db.select({ department: enrolment.department }).from(enrolment).where(eq(enrolment.territoryId, b.id));
  // Short ones ("Servizi sociali") are common words that B's validated findings may use too.
  for (const d of departments) if (d.department.length > 24) found.set(d.department, { label: `department of B's trainee`, value: d.department });
  const sessionNotes = await db.select({ notes: trainingSession.notes }).from(trainingSession).where(eq(trainingSession.territoryId, b.id));
  for (const n of sessionNotes) if (n.notes.length >= 10) found.set(n.notes, { label: `notes of B's training session`, value: n.notes });
  return [...found.values()].filter((s) => !known.has(s.value.toLowerCase()));
}

/** B's members and invitations as rows, to prove no request of the matrix changed them. */
async function snapshotOf(slug: string): Promise<string> {
  const db = getDb();
  const [b] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  const members = await db
    .select({ userId: territoryMember.userId, role: territoryMember.role })
    .from(territoryMember)
    .where(eq(territoryMember.territoryId, b.id));
  const invites = await db
    .select({ id: invitation.id, email: invitation.email, acceptedAt: invitation.acceptedAt, revokedAt: invitation.revokedAt })
    .from(invitation)
    .where(eq(invitation.territoryId, b.id));
  const [row] = await db.select().from(territory).where(eq(territory.id, b.id));
  const participants = await db
    .select({ p: participant, identity: participantIdentity })
    .from(participant)
    .leftJoin(participantIdentity, eq(participantIdentity.participantId, participant.id))
    .where(eq(participant.territoryId, b.id));
  const consents = await db
    .select({ c: consent })
    .from(consent)
    .innerJoin(participant, eq(participant.id, consent.participantId))
    .where(eq(participant.territoryId, b.id));
  const sources = await db.select().from(deskSource).where(eq(deskSource.territoryId, b.id));
  const interviews = await db
    .select({ i: interview, t: transcript })
    .from(interview)
    .leftJoin(transcript, eq(transcript.interviewId, interview.id))
    .where(eq(interview.territoryId, b.id));
  const links = await db
    .select({ l: interviewParticipant })
    .from(interviewParticipant)
    .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
    .where(eq(interview.territoryId, b.id));
  const findings = await db.select().from(finding).where(eq(finding.territoryId, b.id));
  const groups = await db.select().from(focusGroup).where(eq(focusGroup.territoryId, b.id));
  const roundTables = await db.select().from(roundTable).where(eq(roundTable.territoryId, b.id));
  const seated = await db
    .select({ p: roundTableParticipant })
    .from(roundTableParticipant)
    .innerJoin(roundTable, eq(roundTable.id, roundTableParticipant.roundTableId))
    .where(eq(roundTable.territoryId, b.id));
  const sort = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
  return JSON.stringify({
    findings: sort(findings),
    groups: sort(groups),
    roundTables: sort(roundTables),
    seated: sort(seated),
    members: sort(members),
    invites: sort(invites),
    territory: row,
    participants: sort(participants),
    consents: sort(consents),
    sources: sort(sources),
    interviews: sort(interviews),
    links: sort(links),
  });
}

// ---------------------------------------------------------------------------------------------
// Driving the app.

type Handler = Awaited<ReturnType<typeof startApp>>;

/** A signed-in browser that signs in again if a request (sign-out) ended its session. */
class ActorClient {
  readonly client: TestClient;
  private sessionCookies: string[] = [];
  constructor(
    handle: Handler,
    readonly spec: ActorSpec,
  ) {
    this.client = new TestClient(handle);
  }

  async signIn() {
    if (!this.spec.email) return;
    const response = await this.client.signIn(this.spec.email);
    this.sessionCookies = response.headers
      .getSetCookie()
      .map((line) => line.slice(0, line.indexOf("=")).trim())
      .filter((name) => this.client.cookie(name) !== undefined && !/csrf|lang/i.test(name));
    if (this.sessionCookies.length === 0) throw new Error(`sign-in of ${this.spec.email} set no session cookie`);
  }

  async send(method: Method, path: string): Promise<Answer> {
    if (this.sessionCookies.some((name) => this.client.cookie(name) === undefined)) await this.signIn();
    const response =
      method === "GET"
        ? await this.client.get(path)
        : // A form as a browser would send it, with a valid CSRF token and fields that mean nothing.
          await this.client.post(path, { intent: "matrix-probe", junk: "<b>not a field</b>", email: "", name: "" });
    return { status: response.status, location: response.headers.get("location"), body: await readableBody(response) };
  }
}

/**
 * An answer's text as its reader gets it: a download's file name (Content-Disposition) with its
 * content, and a ZIP (a .qdpx export) unpacked, so the name and leak checks see inside files too.
 */
async function readableBody(response: Response): Promise<string> {
  const disposition = response.headers.get("content-disposition");
  const parts = disposition ? [disposition] : [];
  if ((response.headers.get("content-type") ?? "").startsWith("application/zip")) {
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    parts.push(...Object.values(entries).map((data) => strFromU8(data)));
  } else parts.push(await response.text());
  return parts.join("\n");
}

/** What must be equal between "a territory that exists but is not yours" and "no such territory". */
function normalised(answer: Answer, slug: string): string {
  const scrub = (s: string) => s.replaceAll(slug, "<territory>").replace(/nonce="[^"]*"/g, 'nonce=""');
  return `${answer.status} ${scrub(answer.location ?? "")}\n${scrub(answer.body)}`;
}

/**
 * A page as its reader gets it (decision 030): no catalog key shown raw (a key the page's catalog
 * parts lack), HTML within its budget, and its scripts within theirs (decision 036).
 */
function pageProblems(method: Method, path: string, actor: ActorSpec, answer: Answer, routeFile: string): string[] {
  if (method !== "GET" || !answer.body.startsWith("<!DOCTYPE html>")) return [];
  const problems = rawKeysIn(answer.body).map((key) => `GET ${path} as ${actor.key} (${answer.status}) shows the catalog key ${key} raw`);
  const weight = pageWeight(answer.body, routeFile);
  if (weight.htmlGzip > htmlBudgetFor(routeFile)) problems.push(`GET ${path} as ${actor.key}: HTML ${weight.htmlGzip} B gzip, over the budget of ${htmlBudgetFor(routeFile)}`);
  if (weight.scriptsGzip > BUDGET.scriptsGzip) problems.push(`GET ${path} as ${actor.key}: scripts ${weight.scriptsGzip} B gzip, over their budget of ${BUDGET.scriptsGzip}`);
  return problems;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `${around(a)} vs ${around(b)}`;
}

function fill(route: FlatRoute, target: Target, actor?: ActorSpec): string {
  const values: Record<string, string> = {};
  for (const param of route.params) values[param] = PARAM_RESOLVERS[param](target, actor);
  return fillPattern(route.pattern, values) + (QUERY_STRINGS[route.file] ?? "");
}

/** The single-fetch URL a client-side navigation to the page requests ("/en/t/x" → "/en/t/x.data"). */
function dataUrlOf(path: string): string {
  const [pathname, search] = path.split("?");
  const base = pathname === "/" ? "/_root" : pathname.endsWith("/") ? `${pathname}_` : pathname;
  return `${base}.data${search ? `?${search}` : ""}`;
}

/** Where a single-fetch answer redirects to (it comes as a 202 with the target in the stream). */
function singleFetchRedirect(body: string): string | null {
  const match = /"SingleFetchRedirect"[\s\S]*?"redirect","((?:[^"\\]|\\.)*)"/.exec(body);
  return match ? (JSON.parse(`"${match[1]}"`) as string) : null;
}

/**
 * A client-side navigation must get the same answer as a page load: the same status, or a
 * redirect to the same place. Returns the request made, for counting and the leak search.
 */
async function checkDataRequest(actor: ActorClient, path: string, page: Answer, failures: string[]): Promise<{ path: string; answer: Answer }> {
  const dataPath = dataUrlOf(path);
  const answer = await actor.send("GET", dataPath);
  if (page.status >= 300 && page.status < 400) {
    const target = singleFetchRedirect(answer.body);
    if (answer.status !== 202 || target !== page.location) {
      failures.push(`GET ${dataPath} as ${actor.spec.key} (client-side navigation) redirects to ${target ?? `nothing (${answer.status})`}, but the page load to ${page.location}`);
    }
  } else if (answer.status !== page.status) {
    failures.push(`GET ${dataPath} as ${actor.spec.key} (client-side navigation) answers ${answer.status}, but the page load ${page.status}`);
  }
  return { path: dataPath, answer };
}

/**
 * Enrolments and feedback the training pages under test need, in the demo staff cohorts chosen
 * in beforeAll (COHORT_IDS, SESSION_IDS): in A the trainee's and the trainer's own enrolment (both
 * may take part in training; the trainer also trains the chosen session), in B five people's
 * feedback with comments on the chosen session, which B's insights show (and the leak check
 * looks for).
 */
async function seedTraining(admin: TestClient) {
  const db = getDb();
  for (const t of [OWN, FOREIGN]) {
    const [row] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, t.slug));
    const cohortId = COHORT_IDS[t.slug];
    if (t === OWN) {
      const people = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, ["trainee.offenbach@eccipa.example", "trainer.offenbach@eccipa.example"]));
      await db
        .insert(enrolment)
        .values(people.map((p) => ({ cohortId, territoryId: row.id, userId: p.id })))
        .onConflictDoNothing();
      const enrolled = await db
        .select({ id: enrolment.id, userId: enrolment.userId })
        .from(enrolment)
        .where(and(eq(enrolment.cohortId, cohortId), inArray(enrolment.userId, people.map((p) => p.id))));
      for (const e of enrolled) ENROLMENT_IDS[`${t.slug} ${people.find((p) => p.id === e.userId)!.email}`] = e.id;
      ENROLMENT_IDS[t.slug] = enrolled[0].id;
    } else {
      const enrolled = await db.select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.cohortId, cohortId)).limit(5);
      ENROLMENT_IDS[t.slug] = enrolled[0].id;
      for (const [i, e] of enrolled.entries()) {
        const comment = `Canary feedback ${i} on a session of ${t.name}, for its eyes only.`;
        await db
          .insert(sessionFeedback)
          .values({ sessionId: SESSION_IDS[t.slug], enrolmentId: e.id, rating: 4, comment })
          .onConflictDoUpdate({ target: [sessionFeedback.sessionId, sessionFeedback.enrolmentId], set: { comment, submittedAt: new Date() } });
      }
    }
  }
  // The pages exist for the people they belong to (else every 200 expected below would be a 404).
  const own = await admin.get(`/en/t/${FOREIGN.slug}/training/cohorts/${COHORT_IDS[FOREIGN.slug]}/insights`);
  if (own.status !== 200) throw new Error(`B's cohort insights answered ${own.status} to the admin`);
}

// ---------------------------------------------------------------------------------------------

describe("route × role × foreign territory", () => {
  let handle: Handler;
  let table: Awaited<ReturnType<typeof readRouteTable>>;
  let actors: ActorClient[];
  let secrets: PrivateString[];

  beforeAll(async () => {
    handle = await startApp();
    table = await readRouteTable();

    // Private data in B made through the app's own flow: the programme admin invites someone.
    const admin = new TestClient(handle);
    await admin.signIn("admin@eccipa.example");
    const invited = await admin.post(`/en/t/${FOREIGN.slug}/members`, {
      email: "leak-canary-ravenna@eccipa.example",
      name: "Canary Leakwatch Ravenna",
      role: "trainee",
      language: "it",
      organisationId: "",
    });
    if (invited.status !== 200) throw new Error(`inviting the canary to ${FOREIGN.slug} answered ${invited.status}`);
    const [someCompetence] = await getDb()
      .select({ id: competence.id })
      .from(competence)
      .innerJoin(programme, eq(programme.id, competence.programmeId))
      .where(eq(programme.slug, PROGRAMME))
      .limit(1);
    COMPETENCE.id = someCompetence.id;
    // …and registers a participant with a real name and contact, which only B's coordinator may see.
    const registered = await admin.post(`/en/t/${FOREIGN.slug}/needs-review/participants`, {
      pseudonym: "RAV-CANARY-9",
      targetGroup: "stakeholder",
      department: "Canary Department Ravenna",
      languages: "it",
      realName: "Canary Pseudowatch Ravenna",
      contact: "canary-participant@ravenna.example",
    });
    if (registered.status !== 200) throw new Error(`registering the canary participant in ${FOREIGN.slug} answered ${registered.status}`);
    // …and desk research and a finding (no page for findings yet: inserted) that a search finds.
    const source = await admin.post(`/en/t/${FOREIGN.slug}/needs-review/sources`, {
      title: "Canary Searchwatch Ravenna",
      kind: "report",
      url: "",
      notes: `Canary notes on the ${SEARCH_WORD} office, for Ravenna's eyes only.`,
      themes: "",
    });
    if (source.status !== 200) throw new Error(`adding the canary source to ${FOREIGN.slug} answered ${source.status}`);
    const [territoryB] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, FOREIGN.slug));
    await getDb().insert(finding).values({ territoryId: territoryB.id, kind: "need", priority: "high", statement: `Canary finding: ${SEARCH_WORD} workers of Ravenna need one office.` });
    for (const t of [OWN, FOREIGN]) {
      const [row] = await getDb()
        .select({ id: participant.id })
        .from(participant)
        .innerJoin(territory, eq(territory.id, participant.territoryId))
        .where(and(eq(territory.slug, t.slug), eq(participant.pseudonym, "TCN-01")));
      PARTICIPANT_IDS[t.slug] = row.id;
      const [withTranscript] = await getDb()
        .select({ id: interview.id })
        .from(interview)
        .innerJoin(territory, eq(territory.id, interview.territoryId))
        .innerJoin(transcript, eq(transcript.interviewId, interview.id))
        .where(eq(territory.slug, t.slug))
        .orderBy(interview.conductedOn)
        .limit(1);
      INTERVIEW_IDS[t.slug] = withTranscript.id;
      const [someTheme] = await getDb()
        .select({ id: theme.id })
        .from(theme)
        .innerJoin(territory, eq(territory.id, theme.territoryId))
        .where(eq(territory.slug, t.slug))
        .orderBy(theme.name)
        .limit(1);
      THEME_IDS[t.slug] = someTheme.id;
      const [check] = await getDb()
        .select({ id: agreementCheck.id })
        .from(agreementCheck)
        .innerJoin(territory, eq(territory.id, agreementCheck.territoryId))
        .where(eq(territory.slug, t.slug))
        .limit(1);
      CHECK_IDS[t.slug] = check.id;
      const [source] = await getDb()
        .select({ id: deskSource.id, title: deskSource.title, kind: deskSource.kind, url: deskSource.url, notes: deskSource.notes, themes: deskSource.themes })
        .from(deskSource)
        .innerJoin(territory, eq(territory.id, deskSource.territoryId))
        .where(eq(territory.slug, t.slug))
        .limit(1);
      SOURCE_IDS[t.slug] = source.id;
      // A file on that source, through the edit form (multipart), so its download is checked too.
      if (!admin.cookie("eccipa_csrf")) await admin.get("/en");
      const body = new FormData();
      body.append("_csrf", decodeURIComponent(admin.cookie("eccipa_csrf") ?? ""));
      for (const [key, value] of Object.entries({ title: source.title, kind: source.kind, url: source.url ?? "", notes: source.notes, themes: source.themes.join(", ") })) body.append(key, value);
      body.append("file", new Blob([`Canary desk research file of ${t.name}: figures of the immigration office.`], { type: "text/plain" }), `Canary file of ${t.name}.txt`);
      const attached = await admin.request(`/en/t/${t.slug}/needs-review/sources/${source.id}/edit`, { method: "POST", body, headers: { origin: ORIGIN } });
      if (attached.status !== 302) throw new Error(`attaching a file to a source of ${t.slug} answered ${attached.status}`);
      // A finding and a focus group (with notes) of each territory, through the app's forms.
      const made = await admin.post(`/en/t/${t.slug}/needs-review/findings`, {
        kind: "weakness",
        statement: `Canary finding of ${t.name}: no single information desk.`,
        priority: "high",
      });
      const group = await admin.post(`/en/t/${t.slug}/needs-review/focus-groups`, {
        title: `Canary focus group of ${t.name}`,
        heldOn: "2021-06-15",
        place: "",
        notes: `Canary focus-group notes of ${t.name}.`,
      });
      if (made.status !== 302 || group.status !== 302) throw new Error(`creating a finding/focus group in ${t.slug} answered ${made.status}/${group.status}`);
      FINDING_IDS[t.slug] = made.headers.get("location")!.split("/").pop()!;
      FOCUS_GROUP_IDS[t.slug] = group.headers.get("location")!.split("/").pop()!;
      // A round table of each territory. In A every actor of A sits at it with her account, so
      // each may open its vote page (others get 404 there); in B a guest with a name to look for.
      const table = await admin.post(`/en/t/${t.slug}/co-design`, { intent: "create", theme: `Canary round table of ${t.name}`, heldOn: "2021-09-01", place: "Town hall", onlineUrl: "", votesPerParticipant: "3", notes: "" });
      if (table.status !== 302) throw new Error(`creating a round table in ${t.slug} answered ${table.status}`);
      ROUND_TABLE_IDS[t.slug] = table.headers.get("location")!.split("/").pop()!;
      const seats = t === OWN ? ACTORS.filter((a) => a.territoryRole).map((a) => ({ email: a.email! })) : [{ name: `Canary Roundtable Guest ${t.name}` }];
      for (const seat of seats) {
        const [account] = "email" in seat ? await getDb().select({ id: user.id }).from(user).where(eq(user.email, seat.email)) : [];
        const seated = await admin.post(`/en/t/${t.slug}/co-design/round-tables/${ROUND_TABLE_IDS[t.slug]}`, {
          intent: "participant",
          name: "name" in seat ? seat.name : "",
          organisationName: "",
          category: "other",
          scope: "local",
          userId: account?.id ?? "",
        });
        if (seated.status !== 200) throw new Error(`seating someone at the round table of ${t.slug} answered ${seated.status}`);
      }
      // The demo staff cohort, and a session of it: in A one that A's trainer trains, so that she
      // may take its register.
      const [staff] = await getDb()
        .select({ id: cohort.id })
        .from(cohort)
        .innerJoin(territory, eq(territory.id, cohort.territoryId))
        .where(and(eq(territory.slug, t.slug), eq(cohort.kind, "staff")))
        .limit(1);
      COHORT_IDS[t.slug] = staff.id;
      const [trainer] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, "trainer.offenbach@eccipa.example"));
      const [session] = await getDb()
        .select({ id: trainingSession.id })
        .from(trainingSession)
        .where(and(eq(trainingSession.cohortId, staff.id), t.slug === OWN.slug ? eq(trainingSession.trainerUserId, trainer.id) : undefined))
        .limit(1);
      SESSION_IDS[t.slug] = session.id;
    }
    // A cohort of each territory with one eligible trainee, and her certificate issued by the admin.
    for (const t of [OWN, FOREIGN]) {
      const [holder] =
        t === OWN
          ? await getDb().select({ id: user.id }).from(user).where(eq(user.email, "trainee.offenbach@eccipa.example"))
          : [{ id: await inventTrainee(t.slug, `Canary Certholder ${t.name}`) }];
      const made = await makeCohort(t.slug, { name: `Canary cohort of ${t.name}`, held: 2, trainees: [{ userId: holder.id, present: 2, post: true }] });
      const issued = await admin.post(`/en/t/${t.slug}/training/cohorts/${made.cohortId}/certificates`, { intent: "issue", enrolmentId: made.enrolmentIds.get(holder.id)! });
      if (issued.status !== 200) throw new Error(`issuing the canary certificate in ${t.slug} answered ${issued.status}`);
      const [row] = await getDb().select({ id: certificate.id }).from(certificate).where(eq(certificate.enrolmentId, made.enrolmentIds.get(holder.id)!));
      CERTIFICATE_IDS[t.slug] = row.id;
    }
    const versionId = await publishedProgrammeVersion();
    for (const t of [OWN, FOREIGN]) TOOLKIT_VERSION_IDS[t.slug] = versionId;
    // The Toolkit (the programme's): a demo module, and a file uploaded to it through the form. B's
    // canary finding (not validated) is linked to it too: its wording must show on no Toolkit page.
    const [demoModule] = await getDb().select({ id: trainingModule.id }).from(trainingModule).where(eq(trainingModule.title, "Plain language at the counter"));
    TOOLKIT.moduleId = demoModule.id;
    const upload = new FormData();
    upload.append("_csrf", decodeURIComponent(admin.cookie("eccipa_csrf") ?? ""));
    upload.append("intent", "add-file");
    upload.append("fileTitle", "Canary handout");
    upload.append("file", new Blob([`Canary Toolkit handout, tried out in ${OWN.name}.`], { type: "text/plain" }), "canary-handout.txt");
    const uploaded = await admin.request(`/en/t/${OWN.slug}/toolkit/modules/${demoModule.id}/materials`, { method: "POST", body: upload, headers: { origin: ORIGIN } });
    if (uploaded.status !== 200) throw new Error(`uploading a Toolkit material answered ${uploaded.status}`);
    const [material] = await getDb().select({ id: moduleMaterial.id }).from(moduleMaterial).where(eq(moduleMaterial.fileName, "canary-handout.txt"));
    TOOLKIT.materialId = material.id;
    await getDb().insert(moduleFinding).values({ moduleId: demoModule.id, findingId: FINDING_IDS[FOREIGN.slug] });
    // A memo on one of B's codings: no request of the matrix may show it to an outsider.
    const [foreignCoding] = await getDb()
      .select({ id: coding.id })
      .from(coding)
      .innerJoin(territory, eq(territory.id, coding.territoryId))
      .where(eq(territory.slug, FOREIGN.slug))
      .limit(1);
    await getDb().update(coding).set({ memo: "Canary memo of a Ravenna coding" }).where(eq(coding.id, foreignCoding.id));
    // …and the department of one of B's trainees, which B's training pages show.
    const [foreignEnrolment] = await getDb().select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.cohortId, COHORT_IDS[FOREIGN.slug])).limit(1);
    await getDb().update(enrolment).set({ department: "Canary department of a Ravenna trainee" }).where(eq(enrolment.id, foreignEnrolment.id));
    // …and pseudonymises B's transcript after adding a line with an invented name, so that name
    // lives on only in B's pseudonymisation log, which B's coordinator alone may read.
    const foreignInterview = `/en/t/${FOREIGN.slug}/needs-review/interviews/${INTERVIEW_IDS[FOREIGN.slug]}`;
    const [current] = await getDb().select({ text: transcript.text }).from(transcript).where(eq(transcript.interviewId, INTERVIEW_IDS[FOREIGN.slug]));
    const withCanary = `${current.text}\nI: Con chi ne ha parlato?\nCS-01: Con la signora Canarina Logwatchi, all'ufficio.`;
    const saved = await admin.post(foreignInterview, { intent: "transcript", text: withCanary });
    if (saved.status !== 200) throw new Error(`adding the canary line in ${FOREIGN.slug} answered ${saved.status}`);
    const [{ version }] = await getDb().select({ version: transcript.version }).from(transcript).where(eq(transcript.interviewId, INTERVIEW_IDS[FOREIGN.slug]));
    const pseudonymised = await admin.post(`${foreignInterview}/pseudonymise`, {
      version: String(version),
      "rows[0].replace": "yes",
      "rows[0].original": "Canarina Logwatchi",
      "rows[0].kind": "person",
      "rows[0].replacement": "[PERSON-1]",
    });
    if (pseudonymised.status !== 302) throw new Error(`pseudonymising the canary in ${FOREIGN.slug} answered ${pseudonymised.status}`);
    await seedTraining(admin);
    secrets = await privateStringsOf(FOREIGN.slug);
    // The detector works: the admin, who may, sees B's private data on B's member page.
    const seen = await admin.get(`/en/t/${FOREIGN.slug}/members`);
    const visibleToAdmin = leaksIn({ status: seen.status, location: null, body: await seen.text() }, secrets).map((s) => s.value);
    expect(visibleToAdmin).toEqual(expect.arrayContaining(["leak-canary-ravenna@eccipa.example", "Canary Leakwatch Ravenna", "Giulia Rinaldi"]));
    const [canary] = await getDb().select({ id: participant.id }).from(participant).where(eq(participant.pseudonym, "RAV-CANARY-9"));
    const detail = await admin.get(`/en/t/${FOREIGN.slug}/needs-review/participants/${canary.id}`);
    const identityVisible = leaksIn({ status: detail.status, location: null, body: await detail.text() }, secrets).map((s) => s.value);
    expect(identityVisible).toEqual(expect.arrayContaining(["RAV-CANARY-9", "Canary Pseudowatch Ravenna", "canary-participant@ravenna.example"]));
    // …and B's transcript and interview notes on B's interview page.
    const interviewPage = await admin.get(`/en/t/${FOREIGN.slug}/needs-review/interviews/${INTERVIEW_IDS[FOREIGN.slug]}`);
    const transcriptVisible = leaksIn({ status: interviewPage.status, location: null, body: await interviewPage.text() }, secrets).map((s) => s.label);
    expect(transcriptVisible).toEqual(expect.arrayContaining(["transcript of B's interview", "notes of B's interview"]));
    // …and the edit pages, which the matrix then requests with these same ids, show them too.
    const seenOn = async (path: string) => {
      const response = await admin.get(path);
      return leaksIn({ status: response.status, location: null, body: await response.text() }, secrets).map((s) => s.label);
    };
    const b = `/en/t/${FOREIGN.slug}/needs-review`;
    expect(await seenOn(`${b}/participants/${canary.id}/edit`)).toEqual(
      expect.arrayContaining([`real name of B's participant RAV-CANARY-9`, `contact of B's participant RAV-CANARY-9`]),
    );
    expect(await seenOn(`${b}/interviews/${INTERVIEW_IDS[FOREIGN.slug]}/edit`)).toContain("notes of B's interview");
    expect(await seenOn(`${b}/sources/${SOURCE_IDS[FOREIGN.slug]}/edit`)).toContain("notes of B's desk research source");
    expect(await seenOn(`${b}/sources/${SOURCE_IDS[FOREIGN.slug]}/file`)).toContain("content of B's desk source file");
    // …and B's pseudonymisation log on B's pseudonymisation page.
    const logPage = await admin.get(`${foreignInterview}/pseudonymise`);
    const logVisible = leaksIn({ status: logPage.status, location: null, body: await logPage.text() }, secrets).map((s) => s.value);
    expect(logVisible).toContain("Canarina Logwatchi");
    // …and B's findings and focus group on their pages.
    const findingsPage = await admin.get(`/en/t/${FOREIGN.slug}/needs-review/findings`);
    const groupPage = await admin.get(`/en/t/${FOREIGN.slug}/needs-review/focus-groups/${FOCUS_GROUP_IDS[FOREIGN.slug]}`);
    const resultsVisible = leaksIn({ status: 200, location: null, body: (await findingsPage.text()) + (await groupPage.text()) }, secrets).map((s) => s.label);
    expect(resultsVisible).toEqual(expect.arrayContaining(["statement of B's finding", "title of B's focus group", "notes of B's focus group"]));
    // …and the guest at B's round table on its page.
    const tablePage = await admin.get(`/en/t/${FOREIGN.slug}/co-design/round-tables/${ROUND_TABLE_IDS[FOREIGN.slug]}`);
    const seatedVisible = leaksIn({ status: tablePage.status, location: null, body: await tablePage.text() }, secrets).map((s) => s.label);
    expect(seatedVisible).toContain("name of a participant at B's round table");
    // …and inside B's project export (a ZIP), which the admin may take.
    const project = await admin.get(`/en/t/${FOREIGN.slug}/needs-review/export.qdpx`);
    const inArchive = leaksIn({ status: project.status, location: null, body: await readableBody(project) }, secrets).map((s) => s.label);
    expect(inArchive).toEqual(expect.arrayContaining(["transcript of B's interview", "pseudonym of B's participant"]));
    // …and the feedback comments on B's sessions, on B's cohort insights (five ratings: shown).
    const insights = await admin.get(`/en/t/${FOREIGN.slug}/training/cohorts/${COHORT_IDS[FOREIGN.slug]}/insights`);
    const commentsVisible = leaksIn({ status: insights.status, location: null, body: await insights.text() }, secrets).map((s) => s.label);
    expect(commentsVisible).toContain("comment of B's session feedback");
    // …and B's texts, marked, in B's search results.
    const searched = await admin.get(`/en/t/${FOREIGN.slug}/needs-review/search${QUERY_STRINGS["routes/territory/needs-review/search.tsx"]}`);
    const searchVisible = leaksIn({ status: searched.status, location: null, body: await searched.text() }, secrets).map((s) => s.label);
    expect(searchVisible).toEqual(expect.arrayContaining(["title of B's desk source", "notes of B's desk research source", "statement of B's finding", "notes of B's interview", "transcript of B's interview"]));

    // …and B's certificate states its holder's name on its public verify page, the one place it is shared.
    const verified = await new TestClient(handle).get(`/en/verify/${CERTIFICATE_IDS[FOREIGN.slug]}`);
    const onVerify = leaksIn({ status: verified.status, location: null, body: await verified.text() }, secrets);
    expect(onVerify.map((s) => [s.value, s.sharedOn])).toEqual([["Canary Certholder City of Ravenna", [VERIFY_ROUTE]]]);
    // …and B's trainees with their departments on B's cohort page.
    const cohortPage = await admin.get(`/en/t/${FOREIGN.slug}/training/cohorts/${COHORT_IDS[FOREIGN.slug]}`);
    const traineesVisible = leaksIn({ status: cohortPage.status, location: null, body: await cohortPage.text() }, secrets).map((s) => s.label);
    expect(traineesVisible).toEqual(expect.arrayContaining(["department of B's trainee"]));

    actors = ACTORS.map((spec) => new ActorClient(handle, spec));
    await Promise.all(actors.map((a) => a.signIn()));
  });

  it("knows every route: each has an access rule and resolvable URL parameters", () => {
    expect(table.problems, table.problems.join("\n")).toEqual([]);
    expect(table.routes.length).toBeGreaterThan(0);
  });

  it("has B's private data to look for", () => {
    expect(secrets.map((s) => s.value)).toEqual(
      expect.arrayContaining([
        "Giulia Rinaldi",
        "coordinator.ravenna@eccipa.example",
        "Marco Ferri",
        "partner.ravenna@eccipa.example",
        "leak-canary-ravenna@eccipa.example",
        "Canary Leakwatch Ravenna",
        "RAV-CANARY-9",
        "TCN-02",
        "Samira Benali (inventata)",
        "samira.benali@esempio.example",
        "Canary Pseudowatch Ravenna",
        "canary-participant@ravenna.example",
        "Intervista inventata per la demo. Ufficio anagrafe, durata circa 35 minuti.",
        "Tramite l'associazione. Da sola non avrei capito dove andare per la residenza.",
        "Only a volunteer at the harbour chaplaincy, never the offices themselves.",
        "Esempio inventato. Obiettivi sull'accesso ai servizi; nessuna misura sulla formazione del personale comunale.",
        "Canarina Logwatchi",
        "Canary finding of City of Ravenna: no single information desk.",
        "Canary focus group of City of Ravenna",
        "Canary focus-group notes of City of Ravenna.",
        "Canary Roundtable Guest City of Ravenna",
        "Canary Certholder City of Ravenna",
        "Francesca Romano",
        "trainer.ravenna@eccipa.example",
        "Canary department of a Ravenna trainee",
        "Dati dimostrativi inventati.",
      ]),
    );
  });

  it("shows the admin and the expert on the programme's comparison the validated findings, and no transcript, pseudonym or name of any territory", async () => {
    const path = `/en/p/${PROGRAMME}/needs-review`;
    const admin = new TestClient(handle);
    await admin.signIn("admin@eccipa.example");
    const expert = actors.find((a) => a.spec.programmeRole === "expert")!;
    const asAdmin = await admin.get(path);
    const pages: Record<string, Answer> = {
      admin: { status: asAdmin.status, location: null, body: await asAdmin.text() },
      expert: await expert.send("GET", path),
    };
    pages["admin (client-side navigation)"] = { status: 200, location: null, body: await (await admin.get(dataUrlOf(path))).text() };
    expect(Object.values(pages).map((p) => p.status)).toEqual([200, 200, 200]);
    const kept: PrivateString[] = [];
    for (const slug of [OWN.slug, FOREIGN.slug, "cartagena"]) {
      const all = (await privateStringsOf(slug)).map((s) => ({ ...s, label: s.label.replace("B's", `${slug}'s`) }));
      kept.push(...all.filter((s) => !s.sharedOn?.includes(COMPARISON_ROUTE)));
    }
    // The detector has something to find: transcript lines, pseudonyms, real names of the demo.
    for (const kind of ["transcript of", "pseudonym of", "real name of", "statement of"]) expect(kept.some((s) => s.label.startsWith(kind)), kind).toBe(true);
    for (const [who, page] of Object.entries(pages)) {
      expect(leaksIn(page, kept).map((s) => `${s.label}: ${s.value}`), `${who} on ${path}`).toEqual([]);
    }
    // …while B's validated findings are there (and the detector sees them).
    const shared = (await privateStringsOf(FOREIGN.slug)).filter((s) => s.sharedOn?.includes(COMPARISON_ROUTE));
    expect(shared.map((s) => s.value)).toContain("Gli operatori non ricevono aggiornamenti sulla normativa e danno informazioni diverse dalla questura.");
    for (const page of Object.values(pages)) expect(leaksIn(page, shared)).toEqual(shared);
  });

  it("answers every route, as every actor, aimed at territory B, as the access table says, and leaks nothing of B", async () => {
    if (table.problems.length) throw new Error(`the route table is incomplete:\n${table.problems.join("\n")}`);
    const before = await snapshotOf(FOREIGN.slug);
    const failures: string[] = [];
    const leaks: string[] = [];
    const covered = new Set<string>();
    let requests = 0;
    let pagesChecked = 0;

    await Promise.all(
      actors.map(async (actor) => {
        for (const route of table.routes) {
          const methods: Method[] = route.hasAction ? ["GET", "POST"] : ["GET"];
          for (const method of methods) {
            const path = fill(route, FOREIGN, actor.spec);
            const answer = await actor.send(method, path);
            requests++;
            covered.add(route.id);
            failures.push(...pageProblems(method, path, actor.spec, answer, route.file));
            if (answer.body.startsWith("<!DOCTYPE html>")) pagesChecked++;
            const e = expected(route, actor.spec, "foreign", method);
            const why = mismatch(answer, e, path);
            if (why) {
              failures.push(`${method} ${path} as ${actor.spec.key} [${route.rule}]: got ${answer.status}${answer.location ? ` → ${answer.location}` : ""}, expected ${describeExpected(e)} (${why})`);
            }
            const hidden = secretsFor(route, actor.spec, secrets);
            for (const s of leaksIn(answer, hidden)) leaks.push(`${method} ${path} as ${actor.spec.key} (${answer.status}) shows ${s.label}: "${s.value}"`);
            if (method === "GET" && route.hasPage) {
              const data = await checkDataRequest(actor, path, answer, failures);
              requests++;
              for (const s of leaksIn(data.answer, hidden)) leaks.push(`GET ${data.path} as ${actor.spec.key} (${data.answer.status}) shows ${s.label}: "${s.value}"`);
            }

            // The same answer as for a territory that does not exist: nothing tells B exists.
            const unknownPath = fill(route, UNKNOWN, actor.spec);
            if (route.access.kind !== "public" && unknownPath !== path) {
              const other = await actor.send(method, unknownPath);
              requests++;
              for (const s of leaksIn(other, secrets)) leaks.push(`${method} ${unknownPath} as ${actor.spec.key} (${other.status}) shows ${s.label}: "${s.value}"`);
              const a = normalised(answer, FOREIGN.slug);
              const b = normalised(other, UNKNOWN.slug);
              if (a !== b) {
                failures.push(`${method} ${path} as ${actor.spec.key} answers differently (${answer.status}) than for an unknown territory (${other.status}): ${firstDifference(a, b)}`);
              }
            }
          }
        }
      }),
    );

    const after = await snapshotOf(FOREIGN.slug);
    if (after !== before) failures.push(`the matrix changed territory B's members, invitations or settings`);

    console.log(`route matrix: ${table.routes.length} routes × ${actors.length} actors = ${requests} requests, ${leaks.length} leaks`);
    expect(pagesChecked, "pages checked for raw keys and weight").toBeGreaterThan(0);
    expect.soft(leaks, `B's private data shown to actors outside B:\n${leaks.join("\n")}`).toEqual([]);
    expect.soft(failures, `${failures.length} answers differ from the access table:\n${failures.sort().join("\n")}`).toEqual([]);
    expect(covered.size, "routes covered by the matrix").toBe(flattenRoutes().length);
  });

  it("answers A's own territory routes by role: 403 (translated) without the permission, 200 with it", async () => {
    if (table.problems.length) throw new Error(`the route table is incomplete:\n${table.problems.join("\n")}`);
    const failures: string[] = [];
    const leaks: string[] = [];
    const checked = { allowed: 0, forbidden: 0 };
    const seen = new Map<string, number>(); // "<actor> <method> <path>" → status
    const ownRoutes = table.routes.filter((r) => r.params.includes("territory"));
    expect(ownRoutes.length).toBeGreaterThan(0);

    await Promise.all(
      actors.map(async (actor) => {
        for (const route of ownRoutes) {
          const methods: Method[] = route.hasAction ? ["GET", "POST"] : ["GET"];
          for (const method of methods) {
            const path = fill(route, OWN, actor.spec);
            const answer = await actor.send(method, path);
            seen.set(`${actor.spec.key} ${method} ${path}`, answer.status);
            failures.push(...pageProblems(method, path, actor.spec, answer, route.file));
            const e = expected(route, actor.spec, "own", method);
            const why = mismatch(answer, e, path);
            if (why) {
              failures.push(`${method} ${path} as ${actor.spec.key} [${route.rule}]: got ${answer.status}${answer.location ? ` → ${answer.location}` : ""}, expected ${describeExpected(e)} (${why})`);
            }
            const hidden = secretsFor(route, actor.spec, secrets, "own");
            for (const s of leaksIn(answer, hidden)) leaks.push(`${method} ${path} as ${actor.spec.key} shows ${s.label}: "${s.value}"`);
            if (method === "GET" && route.hasPage) {
              const data = await checkDataRequest(actor, path, answer, failures);
              for (const s of leaksIn(data.answer, hidden)) leaks.push(`GET ${data.path} as ${actor.spec.key} shows ${s.label}: "${s.value}"`);
            }
            if (e.kind === "status" && e.status === 200) {
              checked.allowed++;
              // A file in another language (a certificate follows its credential's) names it in that language (decision 027).
              if (![OWN.name, ...OWN.otherNames].some((n) => answer.body.includes(n))) failures.push(`${method} ${path} as ${actor.spec.key}: the page does not name ${OWN.name}`);
            }
            // A refusal reads in the page's language, whichever it is.
            if (method === "GET" && e.kind === "status" && e.status === 403) {
              checked.forbidden++;
              for (const lang of Object.keys(CATALOGS).filter((l) => l !== "en") as Lang[]) {
                const localPath = path.replace(/^\/en\//, `/${lang}/`);
                const local = await actor.send("GET", localPath);
                failures.push(...pageProblems("GET", localPath, actor.spec, local, route.file));
                const localWhy = mismatch(local, e, localPath);
                if (localWhy) failures.push(`GET ${localPath} as ${actor.spec.key}: got ${local.status} (${localWhy})`);
              }
            }
          }
        }
      }),
    );

    console.log(`own territory: ${ownRoutes.length} routes × ${actors.length} actors, ${checked.allowed} allowed, ${checked.forbidden} refused, ${leaks.length} leaks`);
    expect.soft(leaks, `B's private data shown to actors outside B:\n${leaks.join("\n")}`).toEqual([]);
    expect.soft(failures, `${failures.length} answers differ from the access table:\n${failures.sort().join("\n")}`).toEqual([]);
    // The roles lacking a permission were actually exercised. Spelled out for the member list:
    expect(checked.forbidden).toBeGreaterThan(0);
    expect(checked.allowed).toBeGreaterThan(0);
    const members = `/en/t/${OWN.slug}/members`;
    expect({
      coordinator: seen.get(`coordinator of A GET ${members}`),
      partner: seen.get(`technical partner of A GET ${members}`),
      trainer: seen.get(`trainer of A GET ${members}`),
      trainee: seen.get(`trainee of A GET ${members}`),
      committee: seen.get(`committee member of A GET ${members}`),
      expert: seen.get(`expert GET ${members}`),
      visitor: seen.get(`visitor GET ${members}`),
    }).toEqual({ coordinator: 200, partner: 200, trainer: 403, trainee: 403, committee: 403, expert: 404, visitor: 302 });
  });

  it("shows a member of A who searches for B's words nothing of B: 404 in B, no hits in A", async () => {
    const query = QUERY_STRINGS["routes/territory/needs-review/search.tsx"];
    const inB = `/en/t/${FOREIGN.slug}/needs-review/search${query}`;
    const inA = `/en/t/${OWN.slug}/needs-review/search${query}`;
    // The word is there to be found in B, by someone who may.
    const admin = new TestClient(handle);
    await admin.signIn("admin@eccipa.example");
    const found = await (await admin.get(inB)).text();
    expect(found).toContain('class="search-hits"');
    expect(found).toContain("/needs-review/sources#source-");
    const members = actors.filter((a) => a.spec.territoryRole);
    expect(members.length).toBeGreaterThan(0);
    const seen: Record<string, [number, number]> = {};
    for (const actor of members) {
      const foreign = await actor.send("GET", inB);
      const own = await actor.send("GET", inA);
      seen[actor.spec.key] = [foreign.status, own.status];
      expect(foreign.body, actor.spec.key).not.toContain('class="search-hits"');
      expect(own.body, actor.spec.key).not.toContain('class="search-hits"');
      expect(leaksIn(foreign, secrets).concat(leaksIn(own, secrets)), actor.spec.key).toEqual([]);
      if (own.status === 200) expect(own.body, actor.spec.key).toContain(en.needsReviewSearch.noResults);
    }
    expect(seen).toEqual({
      "coordinator of A": [404, 200],
      "technical partner of A": [404, 200],
      "trainer of A": [404, 403],
      "trainee of A": [404, 403],
      "committee member of A": [404, 403],
    });
  });
});
