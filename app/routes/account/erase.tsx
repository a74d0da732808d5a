// A person erases her own account (decision 024: self-service, after typing her email again).
// The last programme admin of a programme is refused: she hands the programme over first.
import { useTranslation } from "~/i18n/use-translation";
import { ErasureConfirmation } from "~/components/privacy/erasure";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { signOut } from "~/auth/session.server";
import { getDb } from "~/db/client.server";
import { formError, invalid, parseForm } from "~/http/form.server";
import { eraseAccount, isLastProgrammeAdmin } from "~/privacy/erasure.server";
import { confirmsErasure, erasureConfirmationSchema } from "~/privacy/erasure.schema";
import { getRequestState, requireActor } from "~/tenancy/access.server";
import { data } from "react-router";
import type { Route } from "./+types/erase";

export function loader(args: Route.LoaderArgs) {
  const actor = requireActor(args);
  return { lang: getRequestState(args).lang, email: actor.email };
}

export async function action(args: Route.ActionArgs) {
  const actor = requireActor(args);
  const formData = await args.request.formData();
  const parsed = parseForm(erasureConfirmationSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  if (!confirmsErasure(parsed.value.confirmEmail, actor.email)) return formError(formData, "personalData.confirmationWrong", "confirmEmail");
  const db = getDb();
  if (await isLastProgrammeAdmin(db, actor.userId)) return formError(formData, "personalData.lastProgrammeAdmin", "_form", 409);
  const cookies = await signOut(args.request);
  await eraseAccount(db, { actorUserId: actor.userId, programmeId: null, target: { userId: actor.userId, name: actor.name, email: actor.email } });
  return data({ ok: true as const }, { headers: cookies });
}

// Once erased, her session is gone: the page keeps what the action answered instead of loading again.
export function shouldRevalidate() {
  return false;
}

export default function EraseAccount({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, email } = loaderData;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <div className="narrow">
      <PageTitle>{t("personalData.eraseTitle")}</PageTitle>
      <h1>{t("personalData.eraseTitle")}</h1>
      {actionData?.ok ? (
        <Notice>{t("personalData.erasedOwn")}</Notice>
      ) : (
        <>
          <p>{t("personalData.eraseOwnIntro")}</p>
          <ErasureConfirmation email={email} cancelHref={`/${lang}/account`} state={failed} />
        </>
      )}
    </div>
  );
}
