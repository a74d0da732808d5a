// Which Toolkit a territory works with: its own copy when it has one, else its programme's.
// The programme's Toolkit is created with its first module (or by the demo seed). The one lookup
// for every module (Toolkit pages, versions, cohorts, the finding page).
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { programme, toolkit } from "~/db/schema";

type Territory = { id: string; programmeId: string };

const TOOLKIT_COLUMNS = {
  id: toolkit.id,
  programmeId: toolkit.programmeId,
  territoryId: toolkit.territoryId,
  title: toolkit.title,
  language: toolkit.language,
  introduction: toolkit.introduction,
  copiedFromVersionId: toolkit.copiedFromVersionId,
};

export type ToolkitRef = {
  id: string;
  programmeId: string;
  territoryId: string | null;
  title: string;
  language: string;
  introduction: string;
  copiedFromVersionId: string | null;
};

/** The Toolkit in use in the territory (its own copy wins over the programme's), or null when neither exists. */
export async function findToolkit(db: Executor, args: { territory: Territory }): Promise<ToolkitRef | null> {
  const { territory } = args;
  const [row] = await db
    .select(TOOLKIT_COLUMNS)
    .from(toolkit)
    .where(and(eq(toolkit.programmeId, territory.programmeId), or(eq(toolkit.territoryId, territory.id), isNull(toolkit.territoryId))))
    // The territory's own copy first; should a programme ever hold two, the first one made stays in use.
    .orderBy(sql`${toolkit.territoryId} is null`, asc(toolkit.createdAt), asc(toolkit.id))
    .limit(1);
  return row ?? null;
}

/** The programme's own Toolkit (not a territory's copy), or null. */
export async function findProgrammeToolkit(db: Executor, args: { programmeId: string }): Promise<ToolkitRef | null> {
  const [row] = await db
    .select(TOOLKIT_COLUMNS)
    .from(toolkit)
    .where(and(eq(toolkit.programmeId, args.programmeId), isNull(toolkit.territoryId)))
    .orderBy(asc(toolkit.createdAt), asc(toolkit.id))
    .limit(1);
  return row ?? null;
}

/**
 * The territory's Toolkit, creating the programme's when there is none. Run inside the
 * transaction that adds the first module: the programme row is locked so that two first modules
 * created at once do not make two Toolkits.
 */
export async function ensureToolkit(tx: Executor, args: { territory: Territory; title: string; language: string }): Promise<ToolkitRef> {
  await tx.select({ id: programme.id }).from(programme).where(eq(programme.id, args.territory.programmeId)).for("update");
  const found = await findToolkit(tx, args);
  if (found) return found;
  const [row] = await tx
    .insert(toolkit)
    .values({ programmeId: args.territory.programmeId, territoryId: null, title: args.title, language: args.language })
    .returning(TOOLKIT_COLUMNS);
  return row;
}
