import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { Pagination } from "~/components/ui/pagination";
import { PostForm } from "~/components/ui/post-form";
import { formatPercent } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { RowAction } from "~/components/ui/row-action";

type Trainee = { id: string; name: string; department: string; rate: number | null; held: number };

/** The cohort's trainees with their attendance rate; coordinators may remove one. */
export function TraineesTable({
  lang,
  trainees,
  threshold,
  canManage,
}: {
  lang: Language;
  trainees: { rows: Trainee[]; page: number; pageSize: number; total: number };
  threshold: number;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  if (!trainees.total) return <p>{t("training.trainees.none")}</p>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("training.trainees.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("training.trainees.name")}</th>
              <th scope="col">{t("training.trainees.department")}</th>
              <th scope="col">{t("training.trainees.rate")}</th>
              {canManage ? <th scope="col">{t("training.trainees.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {trainees.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>{r.department || "—"}</td>
                <td>
                  {r.rate === null ? (
                    t("training.trainees.noneHeld")
                  ) : (
                    <>
                      {formatPercent(lang, r.rate)}
                      {r.rate < threshold ? <span className="badge badge--warning">{t("training.trainees.belowThreshold")}</span> : null}
                    </>
                  )}
                </td>
                {canManage ? (
                  <td>
                    <RowAction intent="unenrol" fields={{ enrolmentId: r.id }} label={t("training.trainees.remove")} subject={r.name} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={trainees.page} pageSize={trainees.pageSize} total={trainees.total} />
    </>
  );
}

/** Enrols a person chosen from those eligible (trainees of the territory, or trainers for ToT). */
export function EnrolForm({ state, candidates, isTot }: { state: FormState; candidates: { userId: string; name: string; territoryName: string }[]; isTot: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="enrol-heading" className="narrow">
      <h3 id="enrol-heading">{t("training.trainees.enrol")}</h3>
      <p>{isTot ? t("training.trainees.enrolHintTot") : t("training.trainees.enrolHint")}</p>
      {candidates.length ? (
        <>
          <FormAlert state={state} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="enrol" />
            <SelectField
              name="userId"
              label={isTot ? t("training.trainees.trainer") : t("training.trainees.trainee")}
              options={[
                { value: "", label: t("training.trainees.choose") },
                ...candidates.map((c) => ({ value: c.userId, label: isTot ? `${c.name} (${c.territoryName})` : c.name })),
              ]}
              required
              state={state}
            />
            <TextField name="department" label={t("training.trainees.department")} hint={t("training.trainees.departmentHint")} state={state} />
            <button type="submit" className="button">
              {t("training.trainees.enrolButton")}
            </button>
          </PostForm>
        </>
      ) : (
        <p className="muted">{t("training.trainees.noCandidates")}</p>
      )}
    </section>
  );
}
