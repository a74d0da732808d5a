// One certificate, for the coordinator: what it states, its files, its public verify page, and
// its revocation (a reason and a ticked confirmation; audited). A second submit changes nothing.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { CertificateFacts, CertificateLinks, RevocationForm } from "~/components/certificates/certificate";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { parseId, revokeSchema } from "~/features/certificates/certificates.schema";
import { findCertificate, revokeCertificate } from "~/features/certificates/certificates.server";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/certificate";

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "certificates:issue");
  const id = parseId(args.params.certificateId);
  const found = id ? await findCertificate(getDb(), { territoryId: territory.id, certificateId: id }) : null;
  if (!found) notFound();
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    certificate: {
      id: found.id,
      recipientName: found.recipientName,
      cohortId: found.cohortId,
      cohortName: found.cohortName,
      issuedAt: found.issuedAt.toISOString(),
      revokedAt: found.revokedAt?.toISOString() ?? null,
      revocationReason: found.revocationReason,
    },
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "certificates:issue");
  const id = parseId(args.params.certificateId);
  if (!id) notFound();
  const formData = await args.request.formData();
  if (formData.get("intent") !== "revoke") return formError(formData, "errors.invalid");
  const parsed = parseForm(revokeSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const done = await revokeCertificate(getDb(), { actor, territory, certificateId: id, reason: parsed.value.reason });
  if (!done) notFound();
  return { ok: true as const, done: done === "already" ? ("already" as const) : ("revoked" as const) };
}

export default function CertificatePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, certificate: c } = loaderData;
  const base = `/${lang}/t/${territory.slug}`;
  const title = t("certificates.detail.title", { name: c.recipientName });
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/training/cohorts/${c.cohortId}/certificates`}>{t("certificates.detail.backToCohort", { cohort: c.cohortName })}</Link>
      </p>
      <h1>{title}</h1>
      {actionData?.ok ? <Notice>{t(actionData.done === "revoked" ? "certificates.detail.revokedNotice" : "certificates.detail.alreadyRevoked")}</Notice> : null}
      <CertificateFacts lang={lang} certificate={c} territoryName={territory.name} />
      <CertificateLinks lang={lang} base={base} id={c.id} />
      {c.revokedAt ? null : <RevocationForm state={actionData && !actionData.ok ? actionData : undefined} />}
    </>
  );
}
