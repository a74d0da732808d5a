// The public verify page of one certificate (the QR code's target): its signed credential is
// checked as a stranger's software would, and the verdict shown. Unknown id → 404.
import { useTranslation } from "~/i18n/use-translation";
import { Verdict, VerifyAnotherLink } from "~/components/certificates/verification";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { parseId } from "~/features/certificates/certificates.schema";
import { verdictOf, verifyCertificateById } from "~/features/certificates/verification.server";
import { notFound } from "~/http/errors";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/verify";

export async function loader(args: Route.LoaderArgs) {
  const id = parseId(args.params.certificateId);
  const verification = id ? await verifyCertificateById(getDb(), id) : null;
  if (!verification) notFound();
  return { lang: getRequestState(args).lang, verdict: verdictOf(verification) };
}

export default function VerifyCertificate({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, verdict } = loaderData;
  return (
    <>
      <PageTitle>{t("certificates.verify.title")}</PageTitle>
      <h1>{t("certificates.verify.title")}</h1>
      <p className="lead">{t("certificates.verify.intro")}</p>
      <Verdict lang={lang} verdict={verdict} />
      <VerifyAnotherLink lang={lang} />
    </>
  );
}
