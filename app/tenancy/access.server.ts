// Route guards. A route resolves its tenant (programme or territory) from the URL once, here,
// and checks membership and permission before it reads any data:
//   not signed in → redirect to sign-in; unknown or foreign tenant → 404; role lacks it → 403.
import { eq } from "drizzle-orm";
import { redirect, type RouterContextProvider } from "react-router";
import { getDb } from "~/db/client.server";
import { programme, territory } from "~/db/schema";
import { forbidden, notFound } from "~/http/errors";
import { requestState } from "~/http/request-context.server";
import { localizeTerritory } from "~/features/territories/territory-name";
import type { Actor } from "./actor.server";
import {
  canEnterTerritory,
  canInProgramme,
  canInTerritory,
  type ProgrammePermission,
  type TerritoryPermission,
} from "./policy";

type Args = { request: Request; url?: URL; context: Readonly<RouterContextProvider> };

export function getRequestState({ context }: Pick<Args, "context">) {
  return context.get(requestState);
}

export function requireActor({ request, url: pageUrl, context }: Args, options: { beforeTwoStepSetUp?: boolean } = {}): Actor {
  const { actor, lang } = context.get(requestState);
  if (!actor) {
    // The page's URL, not request.url: on a client-side navigation that is the ".data" request
    // (future.v8_passThroughRequests), which must not become the place to return to.
    const url = pageUrl ?? new URL(request.url);
    throw redirect(`/${lang}/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  // Her programme requires two-step sign-in: nothing else until it is set up (decision 023).
  if (actor.mustSetUpTwoStep && !options.beforeTwoStepSetUp) throw redirect(`/${lang}/account/security`);
  return actor;
}

export type TerritoryRow = typeof territory.$inferSelect;
export type ProgrammeRow = typeof programme.$inferSelect;

export async function requireTerritory(args: Args, slug: string | undefined, permission: TerritoryPermission) {
  const actor = requireActor(args);
  const [found] = slug ? await getDb().select().from(territory).where(eq(territory.slug, slug)).limit(1) : [];
  if (!found || !canEnterTerritory(actor, found)) notFound();
  if (!canInTerritory(actor, permission, found)) forbidden();
  // Its name in the page's language (decision 027); `nameLang` says which language the name is in.
  return { actor, territory: localizeTerritory(found, getRequestState(args).lang) };
}

function belongsToProgramme(actor: Actor, programmeId: string): boolean {
  return (
    actor.programmeRoles.some((r) => r.programmeId === programmeId) ||
    actor.territoryRoles.some((r) => r.programmeId === programmeId)
  );
}

export async function requireProgramme(args: Args, slug: string | undefined, permission: ProgrammePermission) {
  const actor = requireActor(args);
  const [found] = slug ? await getDb().select().from(programme).where(eq(programme.slug, slug)).limit(1) : [];
  if (!found || !belongsToProgramme(actor, found.id)) notFound();
  if (!canInProgramme(actor, permission, found.id)) forbidden();
  return { actor, programme: found };
}
