import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { z } from "zod";
import { InvitationForm, InvitationNotice, PendingInvitations } from "~/components/members/invitations";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { PROGRAMME_ROLES } from "~/db/enums";
import { recordAudit } from "~/features/audit/audit.server";
import { programmeInvitationSchema } from "~/features/members/members.schema";
import { createInvitation, listPendingInvitations, listProgrammeMembers, revokeInvitation } from "~/features/members/members.server";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/members";

export async function loader(args: Route.LoaderArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-members");
  const db = getDb();
  const [members, pending] = await Promise.all([
    listProgrammeMembers(db, programme.id),
    listPendingInvitations(db, { programmeId: programme.id, territoryId: null }),
  ]);
  await recordAudit(db, { actorUserId: actor.userId, programmeId: programme.id, territoryId: null, action: "members.read", objectType: "programme", objectId: programme.id });
  const erased = new URL(args.request.url).searchParams.has("erased");
  return { lang: getRequestState(args).lang, programme: { name: programme.name, slug: programme.slug }, members, pending, erased };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-members");
  const formData = await args.request.formData();
  const db = getDb();
  if (formData.get("intent") === "revoke") {
    const id = z.uuid().safeParse(formData.get("invitationId"));
    const done = id.success && (await revokeInvitation(db, { actor, programmeId: programme.id, territoryId: null, invitationId: id.data }));
    if (!done) return formError(formData, "members.revokeFailed");
    return { ok: true as const, done: "revoked" as const };
  }
  const parsed = parseForm(programmeInvitationSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await createInvitation(db, { actor, programmeId: programme.id, territory: null, input: parsed.value });
  return { ok: true as const, done: "invited" as const, emailSent: result.emailSent, email: parsed.value.email };
}

export default function ProgrammeMembers({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programme, members, pending, erased } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{t("members.programmeTitle", { programme: programme.name })}</PageTitle>
      <h1>{t("members.programmeTitle", { programme: programme.name })}</h1>
      <InvitationNotice result={actionData?.ok ? actionData : undefined} />
      {erased && <Notice>{t("personalData.erasedMember")}</Notice>}
      <ul className="plain-list">
        {members.map((m) => (
          <li key={`${m.userId}-${m.role}`}>
            {m.name} · {m.email} · {t(`roles.${m.role}`)}
          </li>
        ))}
      </ul>
      <PendingInvitations lang={lang} invitations={pending} canRevoke />
      <InvitationForm lang={lang} state={failed} roles={[...PROGRAMME_ROLES]} />
      <p>
        <Link to={`/${lang}/p/${programme.slug}/members/erase`}>{t("personalData.eraseSectionLink")}</Link>
      </p>
    </>
  );
}
