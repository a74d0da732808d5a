// Creates the first programme admin of a new installation: makes the programme if its slug is
// free, then invites the person as programme admin and prints the invitation link, so that she
// chooses her own password (checked for strength when she sets it). The email goes out too; without
// SMTP_URL it is printed here in full and the outbox keeps it with the link withheld (decision 023).
//
//   npm run create-admin -- --email ana@city.example --name "Ana Ruiz" --programme "Cartagena 2026" [--slug cartagena-2026] [--language es]
//
// Uses the same database settings as the server (DATABASE_URL, else PGLITE_DATA_DIR, else
// ./data/pglite) and the same public address for the link (APP_URL, else http://localhost:PORT).
// It prints both before it starts, warns when they are the defaults, and refuses to open a PGlite
// data directory that a running server holds (only one process may open it).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { and, eq } from "drizzle-orm";
import { closeDatabase, type Database, getDb, isPgliteDataDirInUse, pgliteDataDir, prepareDatabase } from "~/db/client.server";
import { programmeMember, user } from "~/db/schema";
import { createProgramme, findProgrammeBySlug } from "~/features/programmes/programmes.server";
import { programmeInvitationSchema } from "~/features/members/members.schema";
import { createInvitation } from "~/features/members/members.server";
import { slugify } from "~/features/territories/slug";
import { getServerT } from "~/i18n/catalogs.server";
import type { Language } from "~/i18n/languages";

const USAGE = `Usage: npm run create-admin -- --email <address> --name "<full name>" --programme "<programme name>" [--slug <url-name>] [--language en|de|it|es]

Creates the programme when no programme has that slug (default: made from its name), then
invites the person as its programme admin and prints the invitation link (valid 14 days).
It uses the server's settings: DATABASE_URL, else the PGlite directory PGLITE_DATA_DIR (default
./data/pglite), and APP_URL (default http://localhost:3000) for the link. Set them as the server
has them. With PGlite, stop the server first: a data directory can be opened by one process only.`;

/** Where the script will write and where its link will point, with warnings about defaults; `blocked` when it must not run. */
export function describeTarget(env: NodeJS.ProcessEnv): { lines: string[]; warnings: string[]; blocked: string | null } {
  const lines: string[] = [];
  const warnings: string[] = [];
  let blocked: string | null = null;
  if (env.DATABASE_URL) {
    lines.push("Database: PostgreSQL (DATABASE_URL).");
  } else {
    const dataDir = path.resolve(pgliteDataDir(env));
    lines.push(`Database: PGlite in ${dataDir}${env.PGLITE_DATA_DIR ? " (PGLITE_DATA_DIR)" : " (the default; set PGLITE_DATA_DIR as the server has it)"}.`);
    if (isPgliteDataDirInUse(dataDir)) {
      blocked = `The PGlite data directory ${dataDir} is in use by a running server (its postmaster.pid exists). Stop the server (SIGTERM, e.g. Ctrl-C), run this command, then start the server again. If no server runs, it was not stopped cleanly: start it and stop it once.`;
    }
  }
  const url = env.APP_URL ? env.APP_URL.replace(/\/$/, "") : null;
  lines.push(`Links: ${url ?? `http://localhost:${env.PORT ?? 3000}`}${url ? " (APP_URL)" : ""}.`);
  if (!url) warnings.push("Warning: APP_URL is not set, so the invitation link points to localhost. Set APP_URL to the server's public address (as the server has it) unless she opens it on this machine.");
  return { lines, warnings, blocked };
}

export type CreateAdminOptions = { email: string; name: string; programme: string; slug: string; language: Language };

type Parsed = { help: true } | { error: string } | { options: CreateAdminOptions };

export function parseCreateAdminArgs(argv: string[]): Parsed {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        programme: { type: "string" },
        slug: { type: "string" },
        language: { type: "string", default: "en" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };
  const missing = (["email", "name", "programme"] as const).filter((k) => !values[k]?.trim());
  if (missing.length) return { error: `Missing ${missing.map((k) => `--${k}`).join(", ")}.` };

  const person = programmeInvitationSchema.safeParse({ email: values.email, name: values.name, role: "programme_admin", language: values.language });
  if (!person.success) {
    const t = getServerT("en");
    return { error: person.error.issues.map((i) => `--${String(i.path[0])}: ${t(i.message as never)}`).join("\n") };
  }
  const programmeName = values.programme!.trim();
  const slug = values.slug?.trim() || slugify(programmeName);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 60) {
    return { error: `--slug: "${slug}" is not usable in a URL; give lower-case letters, digits and hyphens.` };
  }
  const { email, name, language } = person.data;
  return { options: { email, name, programme: programmeName, slug, language } };
}

/** Finds the programme by slug or creates it, then invites the admin. */
export async function createFirstAdmin(db: Database, options: CreateAdminOptions) {
  const existing = await findProgrammeBySlug(db, options.slug);
  const createdProgramme = !existing;
  const found = existing ?? (await createProgramme(db, { actor: null, slug: options.slug, name: options.programme, via: "create-admin" }));

  const [alreadyAdmin] = await db
    .select({ userId: programmeMember.userId })
    .from(programmeMember)
    .innerJoin(user, eq(user.id, programmeMember.userId))
    .where(and(eq(programmeMember.programmeId, found.id), eq(programmeMember.role, "programme_admin"), eq(user.email, options.email)));
  if (alreadyAdmin) return { programme: found, createdProgramme, alreadyAdmin: true as const };

  const invited = await createInvitation(db, {
    actor: null,
    programmeId: found.id,
    territory: null,
    input: { email: options.email, name: options.name, role: "programme_admin", language: options.language },
  });
  return { programme: found, createdProgramme, alreadyAdmin: false as const, ...invited };
}

async function main(): Promise<number> {
  const parsed = parseCreateAdminArgs(process.argv.slice(2));
  if ("help" in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ("error" in parsed) {
    console.error(`${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const target = describeTarget(process.env);
  for (const line of target.lines) console.log(line);
  for (const warning of target.warnings) console.error(warning);
  if (target.blocked) {
    console.error(target.blocked);
    return 1;
  }
  try {
    await prepareDatabase();
    const result = await createFirstAdmin(getDb(), options);
    const where = `${result.programme.name} (/${options.language}/p/${result.programme.slug})`;
    console.log(result.createdProgramme ? `Created the programme ${where}.` : `The programme ${where} exists already.`);
    if (result.alreadyAdmin) {
      console.log(`${options.email} is already a programme admin there; no invitation sent.`);
      return 0;
    }
    if (!result.emailSent) console.error("The invitation email could not be sent (check SMTP_URL); give the link below in person.");
    console.log(`Invitation for ${options.name} <${options.email}>, valid for 14 days:\n${result.link}`);
    return 0;
  } finally {
    await closeDatabase();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
