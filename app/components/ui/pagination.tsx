import { useTranslation } from "~/i18n/use-translation";
import { Link, useLocation } from "react-router";

export function Pagination({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const hrefFor = (n: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(n));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav className="pagination" aria-label={t("paging.label")}>
      {page > 1 ? <Link to={hrefFor(page - 1)} rel="prev">{t("paging.previous")}</Link> : null}
      <span aria-current="page">{t("paging.position", { page, pages })}</span>
      {page < pages ? <Link to={hrefFor(page + 1)} rel="next">{t("paging.next")}</Link> : null}
    </nav>
  );
}
