import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { ConsentForm, ConsentList, WithdrawConfirmation } from "~/components/needs-review/consents";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { countTranscriptsAtStake, findActiveConsent, recordConsent, withdrawConsent } from "~/features/needs-review/interviews/consents.server";
import { consentSchema, parseUuid } from "~/features/needs-review/needs-review.schema";
import { readParticipant } from "~/features/needs-review/interviews/participants.server";
import { changeNoticeFromUrl } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { formatNumber } from "~/i18n/format";
import { formError, invalid, parseForm } from "~/http/form.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/participant";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const participantId = parseUuid(args.params.participantId);
  // Every read of a participant is in the audit log (readParticipant writes it).
  const found = participantId ? await readParticipant(getDb(), { actor, territory, participantId }) : null;
  if (!found) notFound();
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    participant: found,
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
    saved: changeNoticeFromUrl(new URL(args.request.url)).saved,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const participantId = parseUuid(args.params.participantId);
  if (!participantId) notFound();
  const db = getDb();
  const formData = await args.request.formData();
  if (formData.get("intent") === "withdraw") {
    const consentId = parseUuid(formData.get("consentId"));
    const scope = { territoryId: territory.id, participantId };
    const pending = consentId ? await findActiveConsent(db, { ...scope, consentId }) : null;
    if (!consentId || !pending) return formError(formData, "needsReview.withdrawFailed");
    // First step: ask. Only a second POST with confirm=yes withdraws.
    // The confirmation says how many transcripts the withdrawal removes.
    if (formData.get("confirm") !== "yes") {
      const transcripts = await countTranscriptsAtStake(db, { ...scope, consentId });
      return { ok: true as const, done: "confirm" as const, consent: pending, transcripts };
    }
    const done = await withdrawConsent(db, { actor, territory, participantId, consentId });
    if (!done) return formError(formData, "needsReview.withdrawFailed");
    return { ok: true as const, done: "withdrawn" as const, transcriptsDeleted: done.transcriptsDeleted };
  }
  const parsed = parseForm(consentSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const recorded = await recordConsent(db, { actor, territory, participantId, input: parsed.value });
  if (!recorded) notFound();
  return { ok: true as const, done: "recorded" as const };
}

export default function NeedsReviewParticipant({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, participant: p, canEdit, saved } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review/participants`;
  const title = t("needsReview.participantTitle", { pseudonym: p.pseudonym });
  const notStated = t("needsReview.notStated");
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={base}>{t("needsReview.backToParticipants", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      {saved && !actionData ? <Notice>{t("needsReview.participantSaved")}</Notice> : null}
      {canEdit ? (
        <p>
          <Link to={`${base}/${p.id}/edit`}>{t("needsReview.editParticipantLink")}</Link>
        </p>
      ) : null}
      {actionData?.ok && actionData.done === "recorded" ? <Notice>{t("needsReview.consentRecorded")}</Notice> : null}
      {actionData?.ok && actionData.done === "withdrawn" ? (
        <Notice>
          {t("needsReview.consentWithdrawn")} {t("needsReview.transcriptsRemoved", { count: actionData.transcriptsDeleted, formatted: formatNumber(lang, actionData.transcriptsDeleted) })}
        </Notice>
      ) : null}
      {actionData?.ok && actionData.done === "confirm" ? (
        <WithdrawConfirmation lang={lang} consent={actionData.consent} transcripts={actionData.transcripts} cancelHref={`${base}/${p.id}`} />
      ) : null}
      <dl className="figures">
        <div>
          <dt>{t("needsReview.targetGroup")}</dt>
          <dd>{t(`targetGroups.${p.targetGroup}`)}</dd>
        </div>
        <div>
          <dt>{t("needsReview.organisation")}</dt>
          <dd>{p.organisation ?? p.department ?? notStated}</dd>
        </div>
        <div>
          <dt>{t("needsReview.ageBand")}</dt>
          <dd>{p.ageBand ? t(`ageBands.${p.ageBand}` as never) : notStated}</dd>
        </div>
        <div>
          <dt>{t("needsReview.gender")}</dt>
          <dd>{p.gender ? t(`genders.${p.gender}` as never) : notStated}</dd>
        </div>
        <div>
          <dt>{t("needsReview.regionOfOrigin")}</dt>
          <dd>{p.regionOfOrigin ?? notStated}</dd>
        </div>
        <div>
          <dt>{t("needsReview.languages")}</dt>
          <dd>{p.languages.join(", ") || notStated}</dd>
        </div>
      </dl>
      {p.canSeeIdentity ? (
        <section aria-labelledby="identity-heading">
          <h2 id="identity-heading">{t("needsReview.identity")}</h2>
          <p className="muted">{t("needsReview.identityHint")}</p>
          <dl className="figures">
            <div>
              <dt>{t("needsReview.realName")}</dt>
              <dd>{p.identity?.realName ?? notStated}</dd>
            </div>
            <div>
              <dt>{t("needsReview.contact")}</dt>
              <dd>{p.identity?.contact ?? notStated}</dd>
            </div>
          </dl>
        </section>
      ) : null}
      <h2>{t("needsReview.consents")}</h2>
      <ConsentList lang={lang} consents={p.consents} canEdit={canEdit} />
      {canEdit ? <ConsentForm state={failed} /> : null}
    </>
  );
}
