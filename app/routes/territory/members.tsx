import { useTranslation } from "~/i18n/use-translation";
import { z } from "zod";
import { InvitationForm, InvitationNotice, PendingInvitations } from "~/components/members/invitations";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { recordAudit } from "~/features/audit/audit.server";
import { territoryInvitationSchema } from "~/features/members/members.schema";
import { createInvitation, listPendingInvitations, listTerritoryMembers, revokeInvitation } from "~/features/members/members.server";
import { listOrganisationsForTerritory } from "~/features/organisations/organisations.server";
import { forbidden } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { isLanguage } from "~/i18n/languages";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory, invitableTerritoryRoles } from "~/tenancy/policy";
import type { Route } from "./+types/members";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "members:view");
  const db = getDb();
  const canInvite = canInTerritory(actor, "members:invite", territory);
  const scope = { programmeId: territory.programmeId, territoryId: territory.id };
  const [members, pending, organisations] = await Promise.all([
    listTerritoryMembers(db, { territoryId: territory.id, page: pageFromUrl(new URL(args.request.url)) }),
    canInvite ? listPendingInvitations(db, scope) : Promise.resolve([]),
    canInvite ? listOrganisationsForTerritory(db, scope) : Promise.resolve([]),
  ]);
  // Member lists hold names and email addresses: every read is logged.
  await recordAudit(db, { actorUserId: actor.userId, programmeId: territory.programmeId, territoryId: territory.id, action: "members.read", objectType: "territory", objectId: territory.id });
  return {
    lang: getRequestState(args).lang,
    territory: { name: territory.name, languages: territory.languages },
    created: new URL(args.request.url).searchParams.has("created"),
    members,
    pending,
    organisations,
    canInvite,
    roles: invitableTerritoryRoles(actor, territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "members:invite");
  const formData = await args.request.formData();
  const db = getDb();
  if (formData.get("intent") === "revoke") {
    const id = z.uuid().safeParse(formData.get("invitationId"));
    const done = id.success && (await revokeInvitation(db, { actor, programmeId: territory.programmeId, territoryId: territory.id, invitationId: id.data }));
    if (!done) return formError(formData, "members.revokeFailed");
    return { ok: true as const, done: "revoked" as const };
  }
  const parsed = parseForm(territoryInvitationSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  if (!invitableTerritoryRoles(actor, territory).includes(parsed.value.role)) forbidden();
  if (parsed.value.organisationId) {
    const allowed = await listOrganisationsForTerritory(db, { programmeId: territory.programmeId, territoryId: territory.id });
    if (!allowed.some((o) => o.id === parsed.value.organisationId)) return formError(formData, "errors.choose", "organisationId");
  }
  const result = await createInvitation(db, { actor, programmeId: territory.programmeId, territory, input: parsed.value });
  return { ok: true as const, done: "invited" as const, emailSent: result.emailSent, email: parsed.value.email };
}

export default function TerritoryMembers({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, members, pending, organisations, canInvite, roles, created } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const firstLanguage = territory.languages.find(isLanguage);
  return (
    <>
      <PageTitle>{t("members.title", { territory: territory.name })}</PageTitle>
      <h1>{t("members.title", { territory: territory.name })}</h1>
      {created ? <Notice>{t("territory.created", { territory: territory.name })}</Notice> : null}
      <InvitationNotice result={actionData?.ok ? actionData : undefined} />
      {members.total === 0 ? (
        <p>{t("members.none")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("members.title", { territory: territory.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("members.name")}</th>
                  <th scope="col">{t("auth.email")}</th>
                  <th scope="col">{t("members.role")}</th>
                  <th scope="col">{t("members.organisation")}</th>
                </tr>
              </thead>
              <tbody>
                {members.members.map((m) => (
                  <tr key={m.userId}>
                    <th scope="row">{m.name}</th>
                    <td>{m.email}</td>
                    <td>{m.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
                    <td>{m.organisationName ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={members.page} pageSize={members.pageSize} total={members.total} />
        </>
      )}
      {canInvite ? (
        <>
          <PendingInvitations lang={lang} invitations={pending} canRevoke />
          <InvitationForm lang={lang} state={failed} roles={roles} organisations={organisations} defaultLanguage={firstLanguage} />
        </>
      ) : null}
    </>
  );
}
