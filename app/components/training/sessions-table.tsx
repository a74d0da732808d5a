import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { formatSessionTime } from "~/features/training/format";
import { formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Row = {
  id: string;
  title: string;
  startsAt: Date | string;
  endsAt: Date | string;
  place: string;
  onlineUrl: string | null;
  trainerUserId: string | null;
  trainerName: string | null;
  modules: string[];
  marks: number;
};

/**
 * A cohort's sessions. Each links to its page; the register link shows to those who may take it
 * (coordinators for every session, a trainer for hers).
 */
export function SessionsTable({ lang, zone, rows, base, canManage, userId }: { lang: Language; zone: string; rows: Row[]; base: string; canManage: boolean; userId: string }) {
  const { t } = useTranslation();
  if (!rows.length) return <p>{t("training.sessions.none")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t("training.sessions.heading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("training.sessionForm.title")}</th>
            <th scope="col">{t("training.sessions.when")}</th>
            <th scope="col">{t("training.sessionForm.place")}</th>
            <th scope="col">{t("training.sessionForm.trainer")}</th>
            <th scope="col">{t("training.sessionForm.modules")}</th>
            <th scope="col">{t("training.sessions.register")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`${base}/sessions/${s.id}`}>{s.title}</Link>
              </th>
              <td>{formatSessionTime(lang, s.startsAt, s.endsAt, zone)}</td>
              <td>{[s.place, s.onlineUrl ? t("training.sessions.online") : ""].filter(Boolean).join(" · ")}</td>
              <td>{s.trainerName ?? "—"}</td>
              <td>{s.modules.length ? s.modules.join(", ") : "—"}</td>
              <td>
                {canManage || s.trainerUserId === userId ? (
                  <Link to={`${base}/sessions/${s.id}/attendance`}>
                    {s.marks ? t("training.sessions.marksTaken", { count: s.marks, formatted: formatNumber(lang, s.marks) }) : t("training.sessions.takeRegister")}
                  </Link>
                ) : s.marks ? (
                  t("training.sessions.marksTaken", { count: s.marks, formatted: formatNumber(lang, s.marks) })
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
