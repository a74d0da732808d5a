// The programme timeline, for its admins: the phases in order with their dates, a form to add one,
// the edit form of one (?edit=<id>), and deletion in two steps (the first POST asks, the second
// with confirm=yes deletes), all without JavaScript.
import { useTranslation } from "~/i18n/use-translation";
import { Link, useSearchParams } from "react-router";
import { PhaseForm } from "~/components/programme/phase-form";
import { PhaseName, usePhaseNameText } from "~/components/programme/timeline";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { RowAction } from "~/components/ui/row-action";
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { phaseSchema } from "~/features/territories/timeline.schema";
import { createPhase, deletePhase, listTimeline, updatePhase } from "~/features/territories/timeline.server";
import { formError, invalid, parseForm } from "~/http/form.server";
import { formatDate, formatNumber } from "~/i18n/format";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/timeline";

export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:manage-timeline");
  const phases = await listTimeline(getDb(), { programmeId: programme.id });
  const editId = parseUuid(new URL(args.request.url).searchParams.get("edit"));
  return {
    lang: getRequestState(args).lang,
    programme: { slug: programme.slug, name: programme.name },
    phases,
    editing: phases.find((p) => p.id === editId) ?? null,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:manage-timeline");
  const formData = await args.request.formData();
  const db = getDb();
  const intent = formData.get("intent");
  const programmeId = programme.id;
  if (intent === "create") {
    const parsed = parseForm(phaseSchema(getRequestState(args).lang), formData);
    if (!parsed.ok) return invalid(parsed);
    await createPhase(db, { actor, programmeId, input: parsed.value });
    return { ok: true as const, done: "created" as const };
  }
  const phaseId = parseUuid(formData.get("id"));
  if (intent === "update") {
    if (!phaseId) return formError(formData, "timeline.errors.unknown");
    const parsed = parseForm(phaseSchema(getRequestState(args).lang), formData);
    if (!parsed.ok) return invalid(parsed);
    if (!(await updatePhase(db, { actor, programmeId, phaseId, input: parsed.value }))) return formError(formData, "timeline.errors.unknown");
    return { ok: true as const, done: "updated" as const };
  }
  if (intent === "delete") {
    if (!phaseId) return formError(formData, "timeline.errors.unknown");
    // First step: ask. Only a second POST with confirm=yes deletes.
    if (formData.get("confirm") !== "yes") return { ok: true as const, done: "confirm-delete" as const, id: phaseId };
    if (!(await deletePhase(db, { actor, programmeId, phaseId }))) return formError(formData, "timeline.errors.unknown");
    return { ok: true as const, done: "deleted" as const };
  }
  return formError(formData, "errors.invalid");
}

export default function ProgrammeTimeline({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programme, phases, editing } = loaderData;
  const [searchParams] = useSearchParams();
  const phaseNameText = usePhaseNameText(lang);
  const base = `/${lang}/p/${programme.slug}/timeline`;
  const title = t("timeline.title", { programme: programme.name });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const done = actionData?.ok ? actionData : undefined;
  const failedIntent = failed?.values?.intent;
  const confirming = done?.done === "confirm-delete" ? phases.find((p) => p.id === done.id) : undefined;
  // After a successful update the edit form closes; after a failed one it stays with what was typed.
  const shownEdit = done?.done === "updated" || done?.done === "deleted" ? null : editing;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={`/${lang}/p/${programme.slug}`}>{t("timeline.backToDashboard")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t("timeline.intro")}</p>
      {done?.done === "created" ? <Notice>{t("timeline.added")}</Notice> : null}
      {done?.done === "updated" ? <Notice>{t("timeline.updated")}</Notice> : null}
      {done?.done === "deleted" ? <Notice>{t("timeline.deleted")}</Notice> : null}
      {searchParams.get("edit") && !editing ? <Notice>{t("timeline.errors.unknown")}</Notice> : null}
      {confirming ? (
        <section className="confirm-box" aria-labelledby="confirm-delete-heading" role="alert">
          <h2 id="confirm-delete-heading">{t("timeline.confirmDeleteTitle", { phase: phaseNameText(confirming) })}</h2>
          <p>{t("timeline.confirmDeleteBody")}</p>
          <PostForm>
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="id" value={confirming.id} />
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className="button">
              {t("timeline.confirmDelete")}
            </button>{" "}
            <Link to={base}>{t("timeline.cancel")}</Link>
          </PostForm>
        </section>
      ) : null}
      <h2>{t("timeline.phases")}</h2>
      {phases.length === 0 ? (
        <p>{t("timeline.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("timeline.phases")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("timeline.position")}</th>
                <th scope="col">{t("timeline.name")}</th>
                <th scope="col">{t("timeline.kind")}</th>
                <th scope="col">{t("timeline.startsOn")}</th>
                <th scope="col">{t("timeline.endsOn")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {phases.map((p) => {
                const name = phaseNameText(p);
                return (
                  <tr key={p.id}>
                    <td>{formatNumber(lang, p.position)}</td>
                    <th scope="row">
                      <PhaseName lang={lang} phase={p} />
                    </th>
                    <td>{t(`phases.${p.kind}`)}</td>
                    <td>
                      <time dateTime={p.startsOn}>{formatDate(lang, p.startsOn)}</time>
                    </td>
                    <td>
                      <time dateTime={p.endsOn}>{formatDate(lang, p.endsOn)}</time>
                    </td>
                    <td>
                      <Link to={`${base}?edit=${p.id}#edit-heading`}>
                        {t("timeline.editPhase")}
                        <span className="visually-hidden"> {name}</span>
                      </Link>{" "}
                      <RowAction intent="delete" fields={{ id: p.id }} label={t("timeline.deletePhase")} subject={name} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {/* One form at a time: the edit form of the phase asked for, else the form to add one. */}
      {shownEdit ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t("timeline.editTitle", { phase: phaseNameText(shownEdit) })}</h2>
          <PhaseForm lang={lang} state={failedIntent === "update" ? failed : undefined} current={shownEdit} submitLabel={t("timeline.save")} cancelHref={base} />
        </section>
      ) : (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">{t("timeline.add")}</h2>
          <PhaseForm lang={lang} state={failedIntent === "create" ? failed : undefined} submitLabel={t("timeline.add")} />
        </section>
      )}
    </>
  );
}
