// Demo: version 1 of the ECCIPA Toolkit, published, once the programme's Toolkit has modules (the
// module seed runs before this one). Idempotent: a Toolkit that has any version is left alone;
// without a Toolkit or modules, nothing happens.
import { count, eq } from "drizzle-orm";
import { findProgrammeToolkit } from "~/features/toolkit/toolkits.server";
import { createVersion, publishVersion } from "~/features/toolkit/versions/versions.server";
import type { Database } from "~/db/client.server";
import { toolkitVersion, trainingModule } from "~/db/schema";

export async function seedDemoToolkitVersions(db: Database, args: { programmeId: string }): Promise<void> {
  const toolkit = await findProgrammeToolkit(db, { programmeId: args.programmeId });
  if (!toolkit) return;
  const [[modules], [versions]] = await Promise.all([
    db.select({ n: count() }).from(trainingModule).where(eq(trainingModule.toolkitId, toolkit.id)),
    db.select({ n: count() }).from(toolkitVersion).where(eq(toolkitVersion.toolkitId, toolkit.id)),
  ]);
  if (!modules?.n || versions?.n) return;
  const version = await createVersion(db, { actor: null, territory: null, toolkit, note: "Demo: the first published version (invented content)." });
  await publishVersion(db, { actor: null, territory: null, toolkit, versionId: version.id });
}
