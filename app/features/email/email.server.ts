// Outgoing email. With SMTP_URL set, mail goes to that server. Without it, the whole email is
// written to the server's log (read only by whoever runs the server), and a copy with its links
// withheld goes to the outbox table, which the programme admin reads in the browser: nobody
// but the addressee and the operator ever sees a working invitation or reset link (decision 023).
import { and, count, desc, eq, inArray, isNull, or } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { getDb, type Executor } from "~/db/client.server";
import { outboxEmail, programmeMember, territory, territoryMember, user } from "~/db/schema";

/** programmeId ties an email to one programme's outbox; account mail (a reset) has none. */
export type Email = { to: string; subject: string; text: string; programmeId?: string | null };

let transport: Transporter | undefined;
let transportUrl: string | undefined;

function smtpTransport(url: string): Transporter {
  if (!transport || transportUrl !== url) {
    transport = nodemailer.createTransport(url);
    transportUrl = url;
  }
  return transport;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Eccipa <no-reply@eccipa.localhost>";
}

export async function sendEmail(email: Email): Promise<void> {
  const url = process.env.SMTP_URL;
  if (url) {
    await smtpTransport(url).sendMail({ from: mailFrom(), to: email.to, subject: email.subject, text: email.text });
    return;
  }
  console.log(`${MAIL_LOG_PREFIX} to=${email.to} subject=${JSON.stringify(email.subject)}\n${email.text}`);
  await getDb()
    .insert(outboxEmail)
    .values({ programmeId: email.programmeId ?? null, toAddress: email.to, subject: email.subject, body: withholdTokens(email.text) });
}

/** Marks an email in the server log (tests read the log through it). */
export const MAIL_LOG_PREFIX = "[mail]";

/** A link's one-time token replaced by "…": the outbox shows where a link leads, never a working one. */
export function withholdTokens(text: string): string {
  return text.replace(/([?&]token=)[^\s&#]+/g, "$1…");
}

export const OUTBOX_PAGE_SIZE = 20;

/**
 * One programme's outbox: its own mail, plus account mail addressed to its members. An admin
 * never sees another programme's invitation links.
 */
export async function listOutbox(db: Executor, programmeId: string, page: number) {
  const memberEmails = db
    .select({ email: user.email })
    .from(user)
    .where(
      or(
        inArray(user.id, db.select({ id: programmeMember.userId }).from(programmeMember).where(eq(programmeMember.programmeId, programmeId))),
        inArray(
          user.id,
          db
            .select({ id: territoryMember.userId })
            .from(territoryMember)
            .innerJoin(territory, eq(territory.id, territoryMember.territoryId))
            .where(eq(territory.programmeId, programmeId)),
        ),
      ),
    );
  const where = or(eq(outboxEmail.programmeId, programmeId), and(isNull(outboxEmail.programmeId), inArray(outboxEmail.toAddress, memberEmails)));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(outboxEmail)
      .where(where)
      .orderBy(desc(outboxEmail.createdAt), desc(outboxEmail.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ total: count() }).from(outboxEmail).where(where),
  ]);
  return { rows, total, page, pageSize: OUTBOX_PAGE_SIZE };
}
