// Which Toolkit a territory works with: its own copy when it has one, else its programme's.
// The programme's Toolkit is created with its first module (or by the demo seed).
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { programme, toolkit } from "~/db/schema";

type Territory = { id: string; programmeId: string };
export type ToolkitRef = { id: string; title: string; language: string; territoryId: string | null };

/** The Toolkit in use in the territory, or null when the programme has none yet. */
export async function findToolkit(db: Executor, args: { territory: Territory }): Promise<ToolkitRef | null> {
  const { territory } = args;
  const [row] = await db
    .select({ id: toolkit.id, title: toolkit.title, language: toolkit.language, territoryId: toolkit.territoryId })
    .from(toolkit)
    .where(and(eq(toolkit.programmeId, territory.programmeId), or(eq(toolkit.territoryId, territory.id), isNull(toolkit.territoryId))))
    // The territory's own copy wins over the programme's.
    .orderBy(sql`${toolkit.territoryId} is null`, toolkit.createdAt)
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
    .returning({ id: toolkit.id, title: toolkit.title, language: toolkit.language, territoryId: toolkit.territoryId });
  return row;
}
