// Which Training Programme Toolkit a territory works with: its own copy when it made one
// (toolkit.territoryId = the territory), else its programme's (territoryId null).
import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { toolkit } from "~/db/schema";

type Territory = { id: string; programmeId: string };

export type ToolkitInUse = {
  id: string;
  programmeId: string;
  territoryId: string | null;
  title: string;
  language: string;
  introduction: string;
  copiedFromVersionId: string | null;
};

/** The territory's own Toolkit if it has one, else the programme's; null when neither exists. */
export async function findToolkitInUse(db: Executor, args: { territory: Territory }): Promise<ToolkitInUse | null> {
  const { territory } = args;
  const rows = await db
    .select({
      id: toolkit.id,
      programmeId: toolkit.programmeId,
      territoryId: toolkit.territoryId,
      title: toolkit.title,
      language: toolkit.language,
      introduction: toolkit.introduction,
      copiedFromVersionId: toolkit.copiedFromVersionId,
    })
    .from(toolkit)
    .where(and(eq(toolkit.programmeId, territory.programmeId), or(eq(toolkit.territoryId, territory.id), isNull(toolkit.territoryId))))
    // Oldest first: should a programme ever hold two, the first one made stays the one in use.
    .orderBy(asc(toolkit.createdAt), asc(toolkit.id));
  return rows.find((r) => r.territoryId === territory.id) ?? rows.find((r) => r.territoryId === null) ?? null;
}

/** The programme's own Toolkit (not a territory's copy), or null. */
export async function findProgrammeToolkit(db: Executor, args: { programmeId: string }): Promise<ToolkitInUse | null> {
  const [row] = await db
    .select({
      id: toolkit.id,
      programmeId: toolkit.programmeId,
      territoryId: toolkit.territoryId,
      title: toolkit.title,
      language: toolkit.language,
      introduction: toolkit.introduction,
      copiedFromVersionId: toolkit.copiedFromVersionId,
    })
    .from(toolkit)
    .where(and(eq(toolkit.programmeId, args.programmeId), isNull(toolkit.territoryId)))
    .orderBy(asc(toolkit.createdAt), asc(toolkit.id))
    .limit(1);
  return row ?? null;
}
