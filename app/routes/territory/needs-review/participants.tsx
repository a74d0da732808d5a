import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { ParticipantForm } from "~/components/needs-review/participant-form";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { consentSchema, participantSchema } from "~/features/needs-review/needs-review.schema";
import { recordConsent } from "~/features/needs-review/interviews/consents.server";
import { canSeeIdentity, createParticipant, listParticipants } from "~/features/needs-review/interviews/participants.server";
import { forbidden } from "~/http/errors";
import { changeNoticeFromUrl } from "~/http/change-notice";
import { formError, invalid, parseForm, valuesOf } from "~/http/form.server";
import { formatNumber } from "~/i18n/format";
import { pageFromUrl } from "~/http/paging";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/participants";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const url = new URL(args.request.url);
  const participants = await listParticipants(getDb(), { territoryId: territory.id, page: pageFromUrl(url) });
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    participants,
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
    withIdentity: canSeeIdentity(actor, territory),
    notice: changeNoticeFromUrl(url),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const formData = await args.request.formData();
  const parsed = parseForm(participantSchema, formData);
  // Her consent may be recorded in the same step: checked with the rest, so one submit shows every mistake.
  const withConsent = formData.get("withConsent") === "yes";
  const consentParsed = withConsent ? parseForm(consentSchema, formData) : null;
  if (!parsed.ok || (consentParsed && !consentParsed.ok)) {
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(consentParsed && !consentParsed.ok ? consentParsed.errors : {}) };
    return invalid({ errors, values: valuesOf(formData) });
  }
  // The form offers no identity fields to those who may not keep one; a forged one is refused.
  if ((parsed.value.realName || parsed.value.contact) && !canSeeIdentity(actor, territory)) forbidden();
  const db = getDb();
  const created = await createParticipant(db, { actor, territory, input: parsed.value });
  if (created === "duplicate") return formError(formData, "errors.pseudonymTaken", "pseudonym");
  const consented = consentParsed?.ok ? await recordConsent(db, { actor, territory, participantId: created.id, input: consentParsed.value }) : false;
  return { ok: true as const, id: created.id, pseudonym: parsed.value.pseudonym, consented };
}

export default function NeedsReviewParticipants({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, participants, canEdit, withIdentity, notice } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review/participants`;
  const title = t("needsReview.participantsTitle", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>{t("needsReview.participantsIntro")}</p>
      {notice.deleted === "deleted" ? (
        <Notice>
          {t("needsReview.participantDeleted")} {t("needsReview.transcriptsRemoved", { count: notice.transcripts, formatted: formatNumber(lang, notice.transcripts) })}
        </Notice>
      ) : null}
      {notice.deleted === "gone" ? <Notice>{t("needsReview.alreadyDeleted")}</Notice> : null}
      {actionData?.ok ? (
        <Notice>
          <Link to={`${base}/${actionData.id}`}>
            {actionData.consented
              ? t("needsReview.participantAddedWithConsent", { pseudonym: actionData.pseudonym })
              : t("needsReview.participantAdded", { pseudonym: actionData.pseudonym })}
          </Link>
        </Notice>
      ) : null}
      {participants.rows.length === 0 ? (
        <p>{t("needsReview.noParticipants")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("needsReview.pseudonym")}</th>
                  <th scope="col">{t("needsReview.targetGroup")}</th>
                  <th scope="col">{t("needsReview.organisation")}</th>
                  <th scope="col">{t("needsReview.languages")}</th>
                  <th scope="col">{t("needsReview.consent")}</th>
                </tr>
              </thead>
              <tbody>
                {participants.rows.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`${base}/${p.id}`}>{p.pseudonym}</Link>
                    </th>
                    <td>{t(`targetGroups.${p.targetGroup}`)}</td>
                    <td>{p.organisation ?? "—"}</td>
                    <td>{p.languages.join(", ") || "—"}</td>
                    <td>{p.hasConsent ? t("needsReview.consentInForce") : t("needsReview.noConsent")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={participants.page} pageSize={participants.pageSize} total={participants.total} />
        </>
      )}
      {canEdit ? <ParticipantForm state={actionData && !actionData.ok ? actionData : undefined} withIdentity={withIdentity} /> : null}
    </>
  );
}
