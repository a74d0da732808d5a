// Her own data as JSON (decision 024): everything the personal-data registry leads to.
import { getDb } from "~/db/client.server";
import { recordAudit } from "~/features/audit/audit.server";
import { fileResponse } from "~/http/downloads.server";
import { collectPersonalData } from "~/privacy/personal-data.server";
import { requireActor } from "~/tenancy/access.server";
import type { Route } from "./+types/data-json";

export async function loader(args: Route.LoaderArgs) {
  const actor = requireActor(args);
  const db = getDb();
  const exported = await collectPersonalData(db, { userId: actor.userId, email: actor.email });
  await recordAudit(db, { actorUserId: actor.userId, programmeId: null, territoryId: null, action: "account.export", objectType: "user", objectId: actor.userId, details: { format: "json" } });
  return fileResponse(JSON.stringify(exported, null, 2), { fileName: `eccipa-personal-data-${exported.exportedAt.slice(0, 10)}.json`, contentType: "application/json; charset=utf-8" });
}
