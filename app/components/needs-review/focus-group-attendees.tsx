import { useTranslation } from "~/i18n/use-translation";
import { Form } from "react-router";
import { CheckboxGroup, FormAlert, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { Pagination } from "~/components/ui/pagination";
import { PostForm } from "~/components/ui/post-form";
import { TARGET_GROUPS, type TargetGroup } from "~/db/enums";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Counts = { total: number; byCategory: Record<TargetGroup, number>; byOrganisation: { organisation: string | null; n: number }[] };

/** Attendees by category (target group) and by organisation. */
export function AttendeeCounts({ lang, counts }: { lang: Language; counts: Counts }) {
  const { t } = useTranslation();
  if (counts.total === 0) return <p>{t("focusGroups.noAttendees")}</p>;
  return (
    <>
      <p>{t("focusGroups.totalAttendees", { count: counts.total, formatted: formatNumber(lang, counts.total) })}</p>
      <h3>{t("focusGroups.byCategory")}</h3>
      <dl className="figures">
        {TARGET_GROUPS.map((g) => (
          <div key={g}>
            <dt>{t(`targetGroups.${g}`)}</dt>
            <dd>{formatNumber(lang, counts.byCategory[g])}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("focusGroups.byOrganisation")}</h3>
      <dl className="figures">
        {counts.byOrganisation.map((o) => (
          <div key={o.organisation ?? ""}>
            <dt>{o.organisation ?? t("focusGroups.noOrganisation")}</dt>
            <dd>{formatNumber(lang, o.n)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

type Options = { rows: { id: string; pseudonym: string; targetGroup: TargetGroup; organisation: string | null; attending: boolean }[]; page: number; pageSize: number; total: number };

/** A filter (GET) over the territory's participants, and the attendance of those listed (POST). */
export function AttendanceForm({ options, filter, state }: { options: Options; filter: { group: TargetGroup | null; q: string }; state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t("focusGroups.attendance")}</h2>
      <Form method="get" className="narrow" action="#attendance-heading">
        <div className="field">
          <label htmlFor="filter-group">{t("focusGroups.filterGroup")}</label>
          <select id="filter-group" name="group" defaultValue={filter.group ?? ""}>
            <option value="">{t("focusGroups.anyGroup")}</option>
            {TARGET_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`targetGroups.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-q">{t("focusGroups.filterText")}</label>
          <input id="filter-q" name="q" defaultValue={filter.q} autoComplete="off" />
        </div>
        <button type="submit" className="button button--secondary">
          {t("focusGroups.applyFilter")}
        </button>
      </Form>
      {options.rows.length === 0 ? (
        <p>{t("focusGroups.noParticipantsMatch")}</p>
      ) : (
        <>
          <FormAlert state={state} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="attendance" />
            {options.rows.map((p) => (
              <input key={p.id} type="hidden" name="shownIds[]" value={p.id} />
            ))}
            <CheckboxGroup
              name="participantIds[]"
              label={t("focusGroups.attendanceLegend")}
              hint={t("focusGroups.attendanceHint")}
              options={options.rows.map((p) => ({
                value: p.id,
                label: `${p.pseudonym} – ${t(`targetGroups.${p.targetGroup}`)}${p.organisation ? `, ${p.organisation}` : ""}`,
              }))}
              defaultValues={options.rows.filter((p) => p.attending).map((p) => p.id)}
              state={state}
            />
            <button type="submit" className="button">
              {t("focusGroups.saveAttendance")}
            </button>
          </PostForm>
          <Pagination page={options.page} pageSize={options.pageSize} total={options.total} />
        </>
      )}
    </section>
  );
}

/** Registers a stakeholder who was not interviewed and adds her to the attendees at once. */
export function QuickAddForm({ state }: { state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="quick-add-heading" className="narrow">
      <h2 id="quick-add-heading">{t("focusGroups.quickAdd")}</h2>
      <p>{t("focusGroups.quickAddHint")}</p>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="quick-add" />
        <TextField name="pseudonym" label={t("needsReview.pseudonym")} hint={t("needsReview.pseudonymHint")} autoComplete="off" required state={state} />
        <SelectField
          name="targetGroup"
          label={t("needsReview.targetGroup")}
          options={[{ value: "", label: t("forms.choose") }, ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))]}
          defaultValue="stakeholder"
          required
          state={state}
        />
        <TextField name="organisation" label={t("focusGroups.organisation")} autoComplete="off" state={state} />
        <button type="submit" className="button">
          {t("focusGroups.addAttendee")}
        </button>
      </PostForm>
    </section>
  );
}
