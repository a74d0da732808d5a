import { useTranslation } from "~/i18n/use-translation";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { recordAudit } from "~/features/audit/audit.server";
import { listOutbox } from "~/features/email/email.server";
import { pageFromUrl } from "~/http/paging";
import { formatDateTime } from "~/i18n/format";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/outbox";

// Without SMTP_URL, mail lands here instead of being sent.
export async function loader(args: Route.LoaderArgs) {
  const { actor, programme } = await requireProgramme(args, args.params.programme, "programme:read-outbox");
  const db = getDb();
  const outbox = await listOutbox(db, programme.id, pageFromUrl(new URL(args.request.url)));
  await recordAudit(db, { actorUserId: actor.userId, programmeId: programme.id, territoryId: null, action: "outbox.read", objectType: "outbox", objectId: null });
  return { lang: getRequestState(args).lang, smtpConfigured: Boolean(process.env.SMTP_URL), outbox };
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, outbox, smtpConfigured } = loaderData;
  return (
    <>
      <PageTitle>{t("outbox.title")}</PageTitle>
      <h1>{t("outbox.title")}</h1>
      <p>{smtpConfigured ? t("outbox.smtpOn") : t("outbox.smtpOff")}</p>
      {outbox.rows.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      {outbox.rows.map((mail) => (
        <article key={mail.id} className="card mail">
          <h2 className="mail__subject">{mail.subject}</h2>
          <p className="muted">
            {t("outbox.to")}: {mail.toAddress} · <time dateTime={new Date(mail.createdAt).toISOString()}>{formatDateTime(lang, mail.createdAt)}</time>
          </p>
          <pre className="mail__body">{mail.body}</pre>
        </article>
      ))}
      <Pagination page={outbox.page} pageSize={outbox.pageSize} total={outbox.total} />
    </>
  );
}
