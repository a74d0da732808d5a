// Verifying a credential someone was given (a VC-JWT pasted into the form): signature with our
// key, validity period, revocation, and that it is the credential we issued under its id.
import { useTranslation } from "~/i18n/use-translation";
import { Verdict, VerifyForm } from "~/components/certificates/verification";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { verifySchema } from "~/features/certificates/certificates.schema";
import { verdictOf, verifyCredential } from "~/features/certificates/verification.server";
import { invalid, parseForm } from "~/http/form.server";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/verify-credential";

export function loader(args: Route.LoaderArgs) {
  return { lang: getRequestState(args).lang };
}

export async function action(args: Route.ActionArgs) {
  const parsed = parseForm(verifySchema, await args.request.formData());
  if (!parsed.ok) return invalid(parsed);
  return { ok: true as const, verdict: verdictOf(await verifyCredential(getDb(), parsed.value.credential)) };
}

export default function VerifyCredential({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang } = loaderData;
  return (
    <>
      <PageTitle>{t("certificates.verify.pasteTitle")}</PageTitle>
      <h1>{t("certificates.verify.pasteTitle")}</h1>
      <p className="lead">{t("certificates.verify.pasteIntro")}</p>
      {actionData?.ok ? <Verdict lang={lang} verdict={actionData.verdict} /> : null}
      <VerifyForm lang={lang} state={actionData && !actionData.ok ? actionData : undefined} />
    </>
  );
}
