// A module, read-only: its content, materials and where it comes from (trace back).
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { MaterialList } from "~/components/toolkit/materials";
import { Minutes } from "~/components/toolkit/module-list";
import { TraceBack } from "~/components/toolkit/trace";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { findModule } from "~/features/toolkit/modules.server";
import { traceModuleBack } from "~/features/toolkit/trace.server";
import { changeNoticeFromUrl } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/module";
import { requireModule } from "./scope.server";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory, kit, moduleId, lang } = await requireModule(args, "toolkit:view");
  const db = getDb();
  const found = await findModule(db, { toolkitId: kit.id, moduleId, lang });
  if (!found) notFound();
  const trace = await traceModuleBack(db, {
    territory,
    findingIds: found.findingIds,
    contributionIds: found.contributionIds,
    withEvidence: canInTerritory(actor, "needs-review:view", territory),
    lang,
  });
  const { findingIds: _f, contributionIds: _c, ...module } = found;
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    module,
    trace,
    canEdit: canInTerritory(actor, "toolkit:edit", territory),
    notice: changeNoticeFromUrl(new URL(args.request.url)),
  };
}

export default function ToolkitModule({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, module: m, trace, canEdit, notice } = loaderData;
  const base = `/${lang}/t/${territory.slug}`;
  const moduleBase = `${base}/toolkit/modules/${m.id}`;
  return (
    <>
      <PageTitle>{`${m.title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/toolkit#module-${m.id}`}>{t("toolkit.backToToolkitOf", { territory: territory.name })}</Link>
      </p>
      <h1>{m.title}</h1>
      {notice.saved ? <Notice>{t("toolkit.moduleSaved")}</Notice> : null}
      {m.summary ? <p className="lead">{m.summary}</p> : null}
      {canEdit ? (
        <ul className="action-links">
          <li>
            <Link to={`${moduleBase}/edit`}>{t("toolkit.editModule")}</Link>
          </li>
          <li>
            <Link to={`${moduleBase}/materials`}>{t("toolkit.manageMaterials")}</Link>
          </li>
        </ul>
      ) : null}
      <dl className="figures">
        <div>
          <dt>{t("toolkit.duration")}</dt>
          <dd>
            <Minutes lang={lang} minutes={m.durationMinutes} />
          </dd>
        </div>
        <div>
          <dt>{t("toolkit.methods")}</dt>
          <dd>{m.methods.map((x) => t(`toolkit.method.${x}`)).join(", ")}</dd>
        </div>
      </dl>
      <h2>{t("toolkit.learningOutcomes")}</h2>
      <ul className="plain-list">
        {m.learningOutcomes.map((o, i) => (
          <li key={i}>{o}</li>
        ))}
      </ul>
      <h2>{t("toolkit.competences")}</h2>
      {m.competences.length ? (
        <ul className="plain-list">
          {m.competences.map((c) => (
            <li key={c.id}>{c.name}</li>
          ))}
        </ul>
      ) : (
        <p>{t("toolkit.noCompetencesLinked")}</p>
      )}
      <h2>{t("toolkit.trainerNotes")}</h2>
      {m.trainerNotes ? <p className="pre-line">{m.trainerNotes}</p> : <p>{t("toolkit.noTrainerNotes")}</p>}
      <h2>{t("toolkit.materials")}</h2>
      <MaterialList lang={lang} materials={m.materials} filesBase={`${moduleBase}/materials`} canEdit={false} />
      <TraceBack lang={lang} needsReviewBase={`${base}/needs-review`} {...trace} />
    </>
  );
}
