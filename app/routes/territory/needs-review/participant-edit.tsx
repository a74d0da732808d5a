import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { DeleteConfirmation, DeleteSection } from "~/components/needs-review/delete-section";
import { ParticipantForm } from "~/components/needs-review/participant-form";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { participantSchema, parseUuid } from "~/features/needs-review/needs-review.schema";
import { deleteParticipant, describeParticipantErasure, updateParticipant } from "~/features/needs-review/interviews/participant-changes.server";
import { canSeeIdentity, readParticipant } from "~/features/needs-review/interviews/participants.server";
import { changeNoticeQuery } from "~/http/change-notice";
import { forbidden, notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/participant-edit";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const participantId = parseUuid(args.params.participantId);
  // Every read of a participant is in the audit log (readParticipant writes it); identity only for those allowed.
  const found = participantId ? await readParticipant(getDb(), { actor, territory, participantId }) : null;
  if (!found) notFound();
  // Only what the form shows (no consents: they are recorded and withdrawn on the participant's page).
  const { id, pseudonym, targetGroup, department, organisation, ageBand, gender, regionOfOrigin, languages, identity } = found;
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    participant: {
      id,
      pseudonym,
      targetGroup,
      department,
      organisation,
      ageBand,
      gender,
      regionOfOrigin,
      languages,
      // The interviewer may read the identity on the participant's page, but only coordinators edit it.
      identity: found.canEditIdentity ? identity : null,
      withIdentity: found.canEditIdentity,
    },
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const participantId = parseUuid(args.params.participantId);
  if (!participantId) notFound();
  const db = getDb();
  const formData = await args.request.formData();
  const list = `/${getRequestState(args).lang}/t/${territory.slug}/needs-review/participants`;
  if (formData.get("intent") === "delete") {
    // First step: say what goes with her, and ask. Only a second POST with confirm=yes deletes.
    if (formData.get("confirm") !== "yes") {
      const erasure = await describeParticipantErasure(db, { territoryId: territory.id, participantId });
      if (!erasure) notFound();
      return { ok: true as const, confirm: erasure };
    }
    // A second click finds nothing to delete: the list says so instead of an error.
    const done = await deleteParticipant(db, { actor, territory, participantId });
    const notice = done ? { deleted: "deleted" as const, transcripts: done.transcriptsDeleted } : { deleted: "gone" as const };
    return redirect(`${list}${changeNoticeQuery(notice)}`);
  }
  const parsed = parseForm(participantSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  // The form offers no identity fields to those who may not keep one; a forged one is refused.
  if ((parsed.value.realName || parsed.value.contact) && !canSeeIdentity(actor, territory)) forbidden();
  const updated = await updateParticipant(db, { actor, territory, participantId, input: parsed.value });
  if (updated === null) notFound();
  if (updated === "duplicate") return formError(formData, "errors.pseudonymTaken", "pseudonym");
  return redirect(`${list}/${updated.id}${changeNoticeQuery({ saved: true })}`);
}

export default function NeedsReviewParticipantEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, participant: p } = loaderData;
  const detail = `/${lang}/t/${territory.slug}/needs-review/participants/${p.id}`;
  const title = t("needsReview.editParticipantTitle", { pseudonym: p.pseudonym });
  const count = (n: number) => ({ count: n, formatted: formatNumber(lang, n) });
  const erasure = actionData?.ok ? actionData.confirm : null;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={detail}>{t("needsReview.backToParticipant", { pseudonym: p.pseudonym })}</Link>
      </p>
      <h1>{title}</h1>
      {erasure ? (
        <DeleteConfirmation
          title={t("needsReview.confirmDeleteParticipantTitle", { pseudonym: erasure.pseudonym })}
          confirm={t("needsReview.confirmDeleteParticipant")}
          cancelHref={`${detail}/edit`}
        >
          <p>{t("needsReview.confirmDeleteParticipantBody")}</p>
          <ul>
            <li>{t("needsReview.erasureIdentity")}</li>
            <li>{t("needsReview.erasureConsents", count(erasure.consents))}</li>
            <li>{t("needsReview.erasureInterviews", count(erasure.interviews))}</li>
            <li>
              <strong>{t("needsReview.erasureTranscripts", count(erasure.transcripts))}</strong>
            </li>
          </ul>
          <p>{t("needsReview.confirmDeleteParticipantAfter")}</p>
        </DeleteConfirmation>
      ) : null}
      <ParticipantForm state={actionData && !actionData.ok ? actionData : undefined} withIdentity={p.withIdentity} stored={p} />
      <DeleteSection heading={t("needsReview.deleteParticipant")} body={t("needsReview.deleteParticipantBody")} button={t("needsReview.deleteParticipantButton")} />
    </>
  );
}
