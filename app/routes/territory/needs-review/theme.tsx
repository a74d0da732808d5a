// One theme of the codebook: edit or move it, merge it into another, split some of its passages
// off into a new theme, or delete it when nothing hangs on it.
import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect, useSearchParams } from "react-router";
import { colourOptions, Swatch, themeOptions, ThemeForm } from "~/components/needs-review/codebook";
import { ChoiceFieldset, FormAlert, Notice, SelectField, TextField, tickedValues, type FormState } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { mergeSchema, splitSchema, themeSchema } from "~/features/needs-review/codebook/codebook.schema";
import { deleteTheme, findTheme, listThemes, mergeThemes, splitTheme, updateTheme } from "~/features/needs-review/codebook/codebook.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { listPassages } from "~/features/needs-review/coding/passages.server";
import { THEME_COLOUR_VALUES } from "~/features/needs-review/codebook/theme-colours";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatDate } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/theme";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const themeId = parseUuid(args.params.themeId);
  const db = getDb();
  const current = themeId ? await findTheme(db, { territoryId: territory.id, themeId }) : null;
  if (!current) notFound();
  const [themes, passages] = await Promise.all([
    listThemes(db, { territoryId: territory.id }),
    listPassages(db, { territoryId: territory.id, actorUserId: actor.userId, filter: { themeId: current.id }, page: pageFromUrl(new URL(args.request.url)) }),
  ]);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    theme: current,
    themes,
    passages,
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
  };
}

function codebookPath(params: { lang: string; territory: string }): string {
  return `/${params.lang}/t/${params.territory}/needs-review/codebook`;
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const themeId = parseUuid(args.params.themeId);
  if (!themeId) notFound();
  const formData = await args.request.formData();
  const db = getDb();
  const intent = formData.get("intent");
  const scope = { actor, territory };
  if (intent === "update") {
    const parsed = parseForm(themeSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    const result = await updateTheme(db, { ...scope, themeId, input: parsed.value });
    if (!result.ok && result.field === null) notFound();
    if (!result.ok) return formError(formData, result.error, result.field);
    return { ok: true as const, done: "updated" as const };
  }
  if (intent === "merge") {
    const parsed = parseForm(mergeSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    const target = await findTheme(db, { territoryId: territory.id, themeId: parsed.value.targetId });
    if (!target || target.id === themeId) return formError(formData, "errors.themeMergeIntoItself", "targetId");
    // Two steps: the first POST asks for confirmation, the second (confirm=yes) merges.
    if (formData.get("confirm") !== "yes") return { ok: true as const, done: "confirm-merge" as const, target: { id: target.id, name: target.name } };
    const result = await mergeThemes(db, { ...scope, sourceId: themeId, targetId: target.id });
    if (!result.ok && result.error === "not-found") notFound();
    if (!result.ok) return formError(formData, result.error, "targetId");
    // The merged theme is gone: its page cannot be shown again, the surviving theme's can.
    return redirect(`${codebookPath(args.params)}/${target.id}?notice=merged`);
  }
  if (intent === "split") {
    const parsed = parseForm(splitSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    const result = await splitTheme(db, { ...scope, themeId, input: parsed.value });
    if (!result.ok && result.field === null) notFound();
    if (!result.ok) return formError(formData, result.error, result.field ?? "_form");
    return { ok: true as const, done: "split" as const, name: parsed.value.name, moved: result.moved, newId: result.id };
  }
  if (intent === "delete") {
    const result = await deleteTheme(db, { ...scope, themeId });
    if (!result.ok && result.error === "not-found") notFound();
    if (!result.ok) return formError(formData, result.error);
    return redirect(`${codebookPath(args.params)}?notice=deleted`);
  }
  return formError(formData, "errors.invalid");
}

export default function NeedsReviewTheme({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, theme, themes, passages, canEdit } = loaderData;
  const [searchParams] = useSearchParams();
  const notice = searchParams.get("notice");
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const done = actionData?.ok ? actionData : undefined;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const failedIntent = failed?.values?.intent;
  const current = themes.find((x) => x.id === theme.id);
  return (
    <>
      <PageTitle>{`${theme.name} – ${t("codebook.short")} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/codebook`}>{t("codebook.backToCodebook")}</Link>
      </p>
      <h1>
        <Swatch colour={theme.colour} /> {theme.name}
      </h1>
      {theme.description ? <p>{theme.description}</p> : null}
      {done?.done === "updated" ? <Notice>{t("codebook.themeSaved")}</Notice> : null}
      {notice === "merged" ? <Notice>{t("codebook.mergedHere")}</Notice> : null}
      {done?.done === "split" ? (
        <Notice>
          {t("codebook.splitDone", { count: done.moved, name: done.name })} <Link to={`${base}/codebook/${done.newId}`}>{done.name}</Link>
        </Notice>
      ) : null}
      {done?.done === "confirm-merge" ? (
        <section className="confirm-box" role="alert" aria-labelledby="merge-confirm-heading">
          <h2 id="merge-confirm-heading">{t("codebook.confirmMergeTitle")}</h2>
          <p>{t("codebook.confirmMergeBody", { name: theme.name, target: done.target.name, count: current?.codings ?? 0 })}</p>
          <PostForm>
            <input type="hidden" name="intent" value="merge" />
            <input type="hidden" name="targetId" value={done.target.id} />
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className="button">
              {t("codebook.confirmMerge")}
            </button>{" "}
            <Link to={`${base}/codebook/${theme.id}`}>{t("needsReview.cancel")}</Link>
          </PostForm>
        </section>
      ) : null}
      <h2>{t("codebook.passagesHeading", { count: passages.total })}</h2>
      <p>
        <Link to={`${base}/passages?theme=${theme.id}`}>{t("codebook.retrieveLink")}</Link>
      </p>
      {canEdit ? (
        <>
          <ThemeForm
            state={failedIntent === "update" ? failed : undefined}
            themes={themes}
            current={theme}
            heading={t("codebook.editTheme")}
            submitLabel={t("codebook.saveTheme")}
            intent="update"
          />
          <MergeForm state={failedIntent === "merge" ? failed : undefined} options={themeOptions(themes, (x) => x.id === theme.id)} />
          <SplitForm state={failedIntent === "split" ? failed : undefined} passages={passages.rows} lang={lang} />
          <Pagination page={passages.page} pageSize={passages.pageSize} total={passages.total} />
          <section aria-labelledby="delete-theme-heading" className="narrow">
            <h2 id="delete-theme-heading">{t("codebook.deleteTheme")}</h2>
            <FormAlert state={failedIntent === "delete" ? failed : undefined} />
            <p>{t("codebook.deleteHint")}</p>
            <PostForm>
              <input type="hidden" name="intent" value="delete" />
              <button type="submit" className="button button--secondary">
                {t("codebook.deleteTheme")}
              </button>
            </PostForm>
          </section>
        </>
      ) : null}
    </>
  );
}

function MergeForm({ state, options }: { state: FormState; options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="merge-heading" className="narrow">
      <h2 id="merge-heading">{t("codebook.mergeTheme")}</h2>
      <p>{t("codebook.mergeHint")}</p>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="merge" />
        <SelectField name="targetId" label={t("codebook.mergeInto")} options={[{ value: "", label: t("forms.choose") }, ...options]} required state={state} />
        <button type="submit" className="button">
          {t("codebook.mergeTheme")}
        </button>
      </PostForm>
    </section>
  );
}

function SplitForm({
  state,
  passages,
  lang,
}: {
  state: FormState;
  passages: { id: string; quote: string; conductedOn: string; pseudonyms: string | null }[];
  lang: Route.ComponentProps["loaderData"]["lang"];
}) {
  const { t } = useTranslation();
  if (!passages.length) return null;
  const ticked = tickedValues(state, "codingIds[]");
  return (
    <section aria-labelledby="split-heading">
      <h2 id="split-heading">{t("codebook.splitTheme")}</h2>
      <p>{t("codebook.splitHint")}</p>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="split" />
        <div className="narrow">
          <TextField name="name" label={t("codebook.newThemeName")} required state={state} />
          <SelectField name="colour" label={t("codebook.themeColour")} options={colourOptions(t)} required state={state} defaultValue={THEME_COLOUR_VALUES[1]} />
        </div>
        <ChoiceFieldset name="codingIds[]" label={t("codebook.passagesToMove")} required state={state}>
          <ul className="passage-list">
            {passages.map((p) => (
              <li key={p.id}>
                <label className="checkbox">
                  <input type="checkbox" name="codingIds[]" value={p.id} defaultChecked={ticked.includes(p.id)} />
                  <span>
                    <q>{p.quote}</q> <span className="muted">({formatDate(lang, p.conductedOn, "medium")}{p.pseudonyms ? `, ${p.pseudonyms}` : ""})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </ChoiceFieldset>
        <button type="submit" className="button">
          {t("codebook.splitTheme")}
        </button>
      </PostForm>
    </section>
  );
}
