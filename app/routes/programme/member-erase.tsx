// A programme admin erases the account of a member of her programme (decision 024), after
// typing the member's email again. Someone who also holds a role in another programme is not
// only this programme's to erase: the page says so and offers nothing (409 on a POST).
import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { z } from "zod";
import { ErasablePeople } from "~/components/privacy/erasable-people";
import { ErasureConfirmation } from "~/components/privacy/erasure";
import { FormAlert } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { countOtherProgrammes, eraseAccount, findProgrammePerson, listProgrammePeople } from "~/privacy/erasure.server";
import { confirmsErasure, erasureConfirmationSchema } from "~/privacy/erasure.schema";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/member-erase";

async function findTarget(programmeId: string, actorUserId: string, raw: unknown) {
  const id = z.string().min(1).max(100).safeParse(raw);
  // Her own account she erases from her account page, with its own checks.
  if (!id.success || id.data === actorUserId) notFound();
  const target = await findProgrammePerson(getDb(), { programmeId, userId: id.data });
  if (!target) notFound();
  return target;
}

export async function loader(args: Route.LoaderArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-members");
  const lang = getRequestState(args).lang;
  const chosen = new URL(args.request.url).searchParams.get("user");
  const programmeRef = { slug: programme.slug, name: programme.name };
  // Without a person chosen: everyone of the programme, each with a link here.
  if (chosen === null) {
    const people = (await listProgrammePeople(getDb(), programme.id)).filter((p) => p.userId !== actor.userId);
    return { lang, programme: programmeRef, people, target: null, elsewhere: 0 };
  }
  const target = await findTarget(programme.id, actor.userId, chosen);
  const elsewhere = await countOtherProgrammes(getDb(), { programmeId: programme.id, userId: target.userId });
  return { lang, programme: programmeRef, people: [], target, elsewhere };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-members");
  const formData = await args.request.formData();
  const target = await findTarget(programme.id, actor.userId, new URL(args.request.url).searchParams.get("user"));
  const parsed = parseForm(erasureConfirmationSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  if (!confirmsErasure(parsed.value.confirmEmail, target.email)) return formError(formData, "personalData.confirmationWrong", "confirmEmail");
  const db = getDb();
  if ((await countOtherProgrammes(db, { programmeId: programme.id, userId: target.userId })) > 0) return formError(formData, "personalData.otherProgrammes", "_form", 409);
  await eraseAccount(db, { actorUserId: actor.userId, programmeId: programme.id, target });
  return redirect(`/${getRequestState(args).lang}/p/${programme.slug}/members?erased=1`);
}

export default function MemberErase({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programme, people, target, elsewhere } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const back = `/${lang}/p/${programme.slug}/members`;
  if (!target) {
    return (
      <>
        <PageTitle>{t("personalData.eraseSection")}</PageTitle>
        <h1>{t("personalData.eraseSection")}</h1>
        <ErasablePeople lang={lang} programmeSlug={programme.slug} people={people} />
      </>
    );
  }
  return (
    <div className="narrow">
      <PageTitle>{t("personalData.eraseMemberTitle", { name: target.name })}</PageTitle>
      <h1>{t("personalData.eraseMemberTitle", { name: target.name })}</h1>
      <p>
        {target.name} · {target.email}
      </p>
      {elsewhere > 0 ? (
        <>
          <FormAlert state={{ errors: { _form: ["personalData.otherProgrammes"] } }} />
          <Link to={back}>{t("personalData.backToMembers")}</Link>
        </>
      ) : (
        <ErasureConfirmation email={target.email} cancelHref={back} state={failed} action={`?user=${encodeURIComponent(target.userId)}`} />
      )}
    </div>
  );
}
