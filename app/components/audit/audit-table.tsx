import { useTranslation } from "~/i18n/use-translation";
import { Pagination } from "~/components/ui/pagination";
import { formatDateTime } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Row = { id: number; at: Date | string; action: string; objectType: string; objectId: string | null; actorName: string | null; actorUserId?: string | null; territoryName?: string | null };

/** One page of the audit log. Actions are shown by their stable code, e.g. "invitation.create". */
export function AuditTable({
  lang,
  rows,
  page,
  pageSize,
  total,
  showTerritory = false,
}: {
  lang: Language;
  rows: Row[];
  page: number;
  pageSize: number;
  total: number;
  showTerritory?: boolean;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t("audit.empty")}</p>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("audit.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audit.when")}</th>
              <th scope="col">{t("audit.who")}</th>
              {showTerritory ? <th scope="col">{t("audit.territory")}</th> : null}
              <th scope="col">{t("audit.action")}</th>
              <th scope="col">{t("audit.object")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <time dateTime={new Date(r.at).toISOString()}>{formatDateTime(lang, r.at)}</time>
                </td>
                <td>{r.actorName ?? (r.actorUserId ? t("personalData.formerMember") : t("audit.system"))}</td>
                {showTerritory ? <td>{r.territoryName ?? "—"}</td> : null}
                <td>
                  <code>{r.action}</code>
                </td>
                <td>
                  {r.objectType}
                  {r.objectId ? <span className="muted"> {r.objectId.slice(0, 8)}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} />
    </>
  );
}
