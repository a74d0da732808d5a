// Outgoing email. With SMTP_URL set, mail goes to that server; otherwise it is written to the
// server log and to the outbox table, which the programme admin reads in the browser.
import { count, desc } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { getDb, type Executor } from "~/db/client.server";
import { outboxEmail } from "~/db/schema";

export type Email = { to: string; subject: string; text: string };

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
  console.log(`[outbox] to=${email.to} subject=${JSON.stringify(email.subject)}\n${email.text}`);
  await getDb().insert(outboxEmail).values({ toAddress: email.to, subject: email.subject, body: email.text });
}

export const OUTBOX_PAGE_SIZE = 20;

export async function listOutbox(db: Executor, page: number) {
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(outboxEmail)
      .orderBy(desc(outboxEmail.createdAt), desc(outboxEmail.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ total: count() }).from(outboxEmail),
  ]);
  return { rows, total, page, pageSize: OUTBOX_PAGE_SIZE };
}
