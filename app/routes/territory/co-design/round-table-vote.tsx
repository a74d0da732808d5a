// A participant whose account is linked casts her own votes. Anyone else (even a facilitator)
// gets 404 here: the round table's page is where the facilitator records votes for others.
import { useTranslation } from "~/i18n/use-translation";
import { data } from "react-router";
import { VoteForm } from "~/components/co-design/votes";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { votesSchema } from "~/features/co-design/co-design.schema";
import { listContributions } from "~/features/co-design/contributions.server";
import { findRoundTable } from "~/features/co-design/round-tables.server";
import { findLinkedParticipant, listVotes, saveVotes } from "~/features/co-design/votes.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { notFound } from "~/http/errors";
import { invalid, parseForm, valuesOf } from "~/http/form.server";
import { formatDate } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/round-table-vote";

async function requireLinkedParticipant(args: Route.LoaderArgs | Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "co-design:vote");
  const roundTableId = parseUuid(args.params.roundTableId);
  const db = getDb();
  const table = roundTableId ? await findRoundTable(db, { territoryId: territory.id, roundTableId }) : null;
  const me = table ? await findLinkedParticipant(db, { roundTableId: table.id, userId: actor.userId }) : null;
  if (!table || !me) notFound();
  return { actor, territory, table, me };
}

export async function loader(args: Route.LoaderArgs) {
  const { territory, table, me } = await requireLinkedParticipant(args);
  const db = getDb();
  const [contributions, votes] = await Promise.all([listContributions(db, { territoryId: territory.id, roundTableId: table.id }), listVotes(db, { territoryId: territory.id, roundTableId: table.id })]);
  return {
    lang: getRequestState(args).lang,
    territory: { name: territory.name },
    table: { theme: table.theme, heldOn: table.heldOn, status: table.status, votesPerParticipant: table.votesPerParticipant },
    me: { id: me.id, name: me.name },
    contributions: contributions.map((c) => ({ id: c.id, proposal: c.proposal })),
    // Her own votes only: how others voted is the facilitator's to see.
    myVotes: votes.filter((v) => v.participantId === me.id).map((v) => ({ contributionId: v.contributionId, points: v.points })),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory, table, me } = await requireLinkedParticipant(args);
  const formData = await args.request.formData();
  const parsed = parseForm(votesSchema(getRequestState(args).lang), formData);
  if (!parsed.ok) return invalid(parsed);
  const result = await saveVotes(getDb(), { actor, territory, roundTableId: table.id, participantId: me.id, input: parsed.value, ownUserId: actor.userId });
  if (!result) notFound();
  if ("errors" in result) return data({ ok: false as const, errors: result.errors, values: valuesOf(formData) }, { status: result.status ?? 400 });
  return { ok: true as const, total: result.total };
}

export default function CoDesignVote({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, table, me, contributions, myVotes } = loaderData;
  const title = t("coDesign.voteTitle", { theme: table.theme });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <h1>{title}</h1>
      <p>{t("coDesign.voteIntro", { name: me.name, territory: territory.name, date: formatDate(lang, table.heldOn, "long") })}</p>
      {actionData?.ok ? <Notice>{t("coDesign.done.votes")}</Notice> : null}
      {table.status !== "prioritising" ? (
        <p>{t(`coDesign.voteClosed.${table.status}`)}</p>
      ) : contributions.length === 0 ? (
        <p>{t("coDesign.nothingToVote")}</p>
      ) : (
        <VoteForm
          idPrefix="my-votes"
          contributions={contributions}
          votesPerParticipant={table.votesPerParticipant}
          current={new Map(myVotes.map((v) => [v.contributionId, v.points]))}
          state={failed}
          submitLabel={t("coDesign.saveMyVotes")}
        />
      )}
      {failed && table.status !== "prioritising" ? (
        <div className="alert alert--error" role="alert">
          {(failed.errors._form ?? []).map((k) => (
            <p key={k}>{t(k as never)}</p>
          ))}
        </div>
      ) : null}
    </>
  );
}
