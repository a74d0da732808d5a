import { useTranslation } from "~/i18n/use-translation";
import { data, Link, redirect } from "react-router";
import { EvidenceList, EvidencePicker } from "~/components/needs-review/finding-evidence";
import { AddressedBy } from "~/components/toolkit/trace";
import { DeleteFindingConfirmation, FindingForm } from "~/components/needs-review/finding-form";
import { FindingDecisions } from "~/components/needs-review/focus-group-findings";
import { FindingFigures } from "~/components/needs-review/findings-list";
import { Notice } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listThemes } from "~/features/needs-review/codebook/codebook.server";
import { addEvidence, listCodedInterviews, listEvidenceCandidates, removeEvidence } from "~/features/needs-review/findings/finding-evidence.server";
import { evidenceSchema, findingSchema } from "~/features/needs-review/findings/findings.schema";
import { deleteFinding, findFinding, updateFinding } from "~/features/needs-review/findings/findings.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { VALIDATED_OUTCOMES } from "~/features/needs-review/findings/finding-outcomes.server";
import { listModulesAddressing } from "~/features/toolkit/trace.server";
import { findToolkit } from "~/features/toolkit/toolkits.server";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm, valuesOf } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatDate } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/finding";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const findingId = parseUuid(args.params.findingId);
  const db = getDb();
  const found = findingId ? await findFinding(db, { territoryId: territory.id, findingId }) : null;
  if (!found) notFound();
  const lang = getRequestState(args).lang;
  const canEdit = canInTerritory(actor, "needs-review:edit", territory);
  // The evidence picker (editors only): a theme and an interview chosen in the URL, both checked.
  const url = new URL(args.request.url);
  const [themes, interviews] = canEdit ? await Promise.all([listThemes(db, { territoryId: territory.id }), listCodedInterviews(db, { territoryId: territory.id })]) : [[], []];
  const themeId = themes.find((th) => th.id === url.searchParams.get("theme"))?.id ?? null;
  const interviewId = interviews.find((i) => i.id === url.searchParams.get("interview"))?.id ?? null;
  const candidates = themeId
    ? await listEvidenceCandidates(db, { territoryId: territory.id, findingId: found.id, themeId, interviewId, actorUserId: actor.userId, page: pageFromUrl(url) })
    : null;
  // Trace forward (Toolkit): the modules that address the finding, once a focus group validated it.
  const isValidated = (VALIDATED_OUTCOMES as readonly (string | null)[]).includes(found.outcome);
  const showModules = isValidated && canInTerritory(actor, "toolkit:view", territory);
  const kit = showModules ? await findToolkit(db, { territory }) : null;
  const addressedBy = showModules ? (kit ? await listModulesAddressing(db, { toolkitId: kit.id, findingId: found.id }) : []) : null;
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    finding: found,
    addressedBy,
    canEdit,
    picker: {
      themes: themes.map((th) => ({ id: th.id, label: th.name })),
      interviews: interviews.map((i) => ({ id: i.id, label: formatDate(lang, i.conductedOn, "medium") })),
      themeId,
      interviewId,
      candidates,
    },
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const findingId = parseUuid(args.params.findingId);
  if (!findingId) notFound();
  const db = getDb();
  const formData = await args.request.formData();
  const scope = { actor, territory, findingId };
  switch (formData.get("intent")) {
    case "delete": {
      // First step: ask. Only a second POST with confirm=yes deletes.
      if (!(await findFinding(db, { territoryId: territory.id, findingId }))) notFound();
      if (formData.get("confirm") !== "yes") return { ok: true as const, done: "confirm-delete" as const };
      if (!(await deleteFinding(db, scope))) notFound();
      return redirect(`/${getRequestState(args).lang}/t/${territory.slug}/needs-review/findings?deleted=1`);
    }
    case "add-evidence": {
      const parsed = parseForm(evidenceSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      const result = await addEvidence(db, { ...scope, input: parsed.value });
      if (!result) notFound();
      if ("errors" in result) return data({ ok: false as const, errors: result.errors, values: valuesOf(formData) }, { status: 400 });
      return { ok: true as const, done: "evidence-added" as const, count: result.added };
    }
    case "remove-evidence": {
      const codingId = parseUuid(formData.get("codingId"));
      if (!codingId || !(await removeEvidence(db, { ...scope, codingId }))) return formError(formData, "errors.codingUnknown");
      return { ok: true as const, done: "evidence-removed" as const };
    }
    default: {
      const parsed = parseForm(findingSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      if (!(await updateFinding(db, { ...scope, input: parsed.value }))) notFound();
      return { ok: true as const, done: "saved" as const };
    }
  }
}

export default function NeedsReviewFinding({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, finding: f, addressedBy, canEdit, picker } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("findings.findingTitle", { kind: t(`findingKinds.${f.kind}`) });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const intent = failed?.values?.intent;
  const done = actionData?.ok ? actionData.done : null;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/findings#finding-${f.id}`}>{t("findings.backToFindings", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      {done === "saved" ? <Notice>{t("findings.saved")}</Notice> : null}
      {done === "evidence-removed" ? <Notice>{t("findings.evidenceRemoved")}</Notice> : null}
      {actionData?.ok && actionData.done === "evidence-added" ? <Notice>{t("findings.evidenceAdded", { count: actionData.count })}</Notice> : null}
      {done === "confirm-delete" ? <DeleteFindingConfirmation cancelHref={`${base}/findings/${f.id}`} /> : null}
      <p className="lead">{f.statement}</p>
      <FindingFigures lang={lang} finding={{ priority: f.priority, targetGroups: f.targetGroups, outcome: f.outcome, amendedStatement: f.amendedStatement }} />
      <h2>{t("findings.evidence")}</h2>
      <EvidenceList lang={lang} evidence={f.evidence} interviewsBase={`${base}/interviews`} canEdit={canEdit} />
      {canEdit ? <EvidencePicker lang={lang} {...picker} state={intent === "add-evidence" || intent === "remove-evidence" ? failed : undefined} /> : null}
      <h2>{t("findings.decisions")}</h2>
      <FindingDecisions lang={lang} decisions={f.decisions} focusGroupsBase={`${base}/focus-groups`} />
      {addressedBy ? <AddressedBy modules={addressedBy} modulesBase={`/${lang}/t/${territory.slug}/toolkit/modules`} /> : null}
      {canEdit ? (
        <>
          <FindingForm state={intent === "update" ? failed : undefined} finding={f} />
          <PostForm className="narrow">
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="button button--secondary">
              {t("findings.delete")}
            </button>
          </PostForm>
        </>
      ) : null}
    </>
  );
}
