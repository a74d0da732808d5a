// The Toolkit's modules in order, and the coverage figures. Editors get buttons that move a
// module up or down (forms, so they work without JavaScript).
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import type { TrainingMethod } from "~/db/enums";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { RowAction } from "~/components/ui/row-action";

type ModuleRow = {
  id: string;
  title: string;
  durationMinutes: number;
  methods: TrainingMethod[];
  competences: { id: string; name: string }[];
  needs: number;
};

export function Minutes({ lang, minutes }: { lang: Language; minutes: number }) {
  const { t } = useTranslation();
  return <>{t("toolkit.minutesValue", { count: minutes, formatted: formatNumber(lang, minutes) })}</>;
}

export function ModuleTable({ lang, base, modules, firstNumber, canEdit }: { lang: Language; base: string; modules: ModuleRow[]; firstNumber: number; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t("toolkit.modules")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("toolkit.number")}</th>
            <th scope="col">{t("toolkit.moduleTitle")}</th>
            <th scope="col">{t("toolkit.duration")}</th>
            <th scope="col">{t("toolkit.methods")}</th>
            <th scope="col">{t("toolkit.competences")}</th>
            <th scope="col">{t("toolkit.needsCount")}</th>
            {canEdit ? <th scope="col">{t("toolkit.order")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {modules.map((m, i) => (
            <tr key={m.id} id={`module-${m.id}`}>
              <td>{formatNumber(lang, firstNumber + i)}</td>
              <th scope="row">
                <Link to={`${base}/modules/${m.id}`}>{m.title}</Link>
              </th>
              <td>
                <Minutes lang={lang} minutes={m.durationMinutes} />
              </td>
              <td>{m.methods.map((x) => t(`toolkit.method.${x}`)).join(", ")}</td>
              <td>{m.competences.map((c) => c.name).join(", ") || "—"}</td>
              <td>{formatNumber(lang, m.needs)}</td>
              {canEdit ? (
                <td>
                  <MoveButton moduleId={m.id} title={m.title} direction="up" />
                  <MoveButton moduleId={m.id} title={m.title} direction="down" />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MoveButton({ moduleId, title, direction }: { moduleId: string; title: string; direction: "up" | "down" }) {
  const { t } = useTranslation();
  return (
    <RowAction intent="move" fields={{ moduleId, direction }} label={direction === "up" ? t("toolkit.moveUp") : t("toolkit.moveDown")} subject={title} />
  );
}

/** Validated needs of the programme addressed by at least one module, and not. */
export function CoverageFigures({ lang, addressed, unaddressed }: { lang: Language; addressed: number; unaddressed: number }) {
  const { t } = useTranslation();
  return (
    <dl className="figures">
      <div>
        <dt>{t("toolkit.needsAddressed")}</dt>
        <dd>{formatNumber(lang, addressed)}</dd>
      </div>
      <div>
        <dt>{t("toolkit.needsNotAddressed")}</dt>
        <dd>{formatNumber(lang, unaddressed)}</dd>
      </div>
    </dl>
  );
}
