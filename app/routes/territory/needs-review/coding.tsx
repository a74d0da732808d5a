// Coding an interview: the coder applies themes to passages of its transcript, sees her codings
// (and, unless an agreement check blinds her, the other coders'), and removes her own.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { CodingWorkspace } from "~/components/needs-review/coding-workspace";
import { CodingTable } from "~/components/needs-review/coding-table";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { codingSchema } from "~/features/needs-review/coding/coding.schema";
import { listThemes } from "~/features/needs-review/codebook/codebook.server";
import { createCodings, deleteOwnCoding, listTranscriptCodings, openCheckOfCoder } from "~/features/needs-review/coding/codings.server";
import { findInterview } from "~/features/needs-review/interviews/interviews.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { readTranscript } from "~/features/needs-review/interviews/transcripts.server";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { formatDate } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/coding";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const interviewId = parseUuid(args.params.interviewId);
  const db = getDb();
  const found = interviewId ? await findInterview(db, { territoryId: territory.id, interviewId }) : null;
  if (!found) notFound();
  const [transcript, themes, check] = await Promise.all([
    readTranscript(db, { actor, territory, interviewId: found.id }),
    listThemes(db, { territoryId: territory.id }),
    openCheckOfCoder(db, { territoryId: territory.id, interviewId: found.id, userId: actor.userId }),
  ]);
  const wantsAll = new URL(args.request.url).searchParams.get("coders") === "all";
  const ownOnly = Boolean(check) || !wantsAll;
  const codings = transcript ? await listTranscriptCodings(db, { territoryId: territory.id, transcriptId: transcript.id, actorUserId: actor.userId, ownOnly }) : [];
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    interview: { id: found.id, conductedOn: found.conductedOn, pseudonyms: found.participants.map((p) => p.pseudonym) },
    transcript: transcript ? { text: transcript.text, version: transcript.version } : null,
    themes,
    codings: codings.map((c) => ({ ...c, mine: c.coderUserId === actor.userId })),
    blinded: Boolean(check),
    ownOnly,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const interviewId = parseUuid(args.params.interviewId);
  if (!interviewId) notFound();
  const formData = await args.request.formData();
  const db = getDb();
  if (formData.get("intent") === "remove") {
    const codingId = parseUuid(formData.get("codingId"));
    const removed = codingId ? await deleteOwnCoding(db, { actor, territory, interviewId, codingId }) : false;
    // Already gone (a double submit) or not hers: nothing to do, and nothing to reveal.
    return { ok: true as const, done: removed ? ("removed" as const) : ("nothing" as const) };
  }
  const parsed = parseForm(codingSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await createCodings(db, { actor, territory, interviewId, input: parsed.value });
  if (!result.ok && result.reason === "not-found") notFound();
  if (!result.ok) return formError(formData, result.error, result.field);
  return { ok: true as const, done: "coded" as const, created: result.created };
}

export default function NeedsReviewCoding({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, interview, transcript, themes, codings, blinded, ownOnly } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("coding.title", { date: formatDate(lang, interview.conductedOn, "long") });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const done = actionData?.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/interviews/${interview.id}`}>{t("coding.backToInterview")}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("coding.participants", { pseudonyms: interview.pseudonyms.join(", ") })}</p>
      {done?.done === "coded" ? <Notice>{t("coding.coded", { count: done.created })}</Notice> : null}
      {done?.done === "removed" ? <Notice>{t("coding.removed")}</Notice> : null}
      {blinded ? (
        <p className="alert alert--info">{t("coding.blinded")}</p>
      ) : (
        <p>
          {ownOnly ? <Link to="?coders=all">{t("coding.showAllCoders")}</Link> : <Link to="?">{t("coding.showMine")}</Link>}
        </p>
      )}
      {!transcript ? (
        <p>
          {t("coding.noTranscript")} <Link to={`${base}/interviews/${interview.id}`}>{t("coding.addTranscript")}</Link>
        </p>
      ) : (
        <>
          {themes.length === 0 ? (
            <p>
              {t("coding.noThemes")} <Link to={`${base}/codebook`}>{t("coding.toCodebook")}</Link>
            </p>
          ) : null}
          <CodingWorkspace
            text={transcript.text}
            version={transcript.version}
            codings={codings}
            themes={themes}
            state={failed}
            coded={done?.done === "coded" ? done : undefined}
          />
          <CodingTable lang={lang} codings={codings} />
        </>
      )}
    </>
  );
}
