// The guard every module route starts with: the territory (and the permission), then the
// Toolkit the territory works with, then the module id from the URL. Anything missing is a 404.
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { findToolkit } from "~/features/toolkit/toolkits.server";
import { notFound } from "~/http/errors";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { TerritoryPermission } from "~/tenancy/policy";

type Args = Parameters<typeof requireTerritory>[0] & { params: { territory?: string; moduleId?: string } };

export async function requireToolkit(args: Args, permission: TerritoryPermission) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, permission);
  const kit = await findToolkit(getDb(), { territory });
  return { actor, territory, kit, lang: getRequestState(args).lang };
}

export async function requireModule(args: Args, permission: TerritoryPermission) {
  const scope = await requireToolkit(args, permission);
  const moduleId = parseUuid(args.params.moduleId);
  if (!moduleId || !scope.kit) notFound();
  return { ...scope, kit: scope.kit, moduleId };
}
