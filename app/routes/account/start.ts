import { redirect } from "react-router";
import { getDb } from "~/db/client.server";
import { programme } from "~/db/schema";
import { inArray } from "drizzle-orm";
import { requireActor, getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/start";

// Where each role lands after signing in: the programme admin on the programme dashboard, an
// expert on the assessment page, a territory member on her territory's home.
export async function loader(args: Route.LoaderArgs) {
  const actor = requireActor(args);
  const { lang } = getRequestState(args);
  const programmeRole = actor.programmeRoles.find((r) => r.role === "programme_admin") ?? actor.programmeRoles[0];
  if (programmeRole) {
    const [p] = await getDb().select({ slug: programme.slug }).from(programme).where(inArray(programme.id, [programmeRole.programmeId]));
    return redirect(programmeRole.role === "programme_admin" ? `/${lang}/p/${p.slug}` : `/${lang}/p/${p.slug}/assessment`);
  }
  const territory = actor.territoryRoles[0];
  if (territory) return redirect(`/${lang}/t/${territory.slug}`);
  return redirect(`/${lang}/account`);
}
