// Without SMTP_URL the server writes every email, working links included, to its log and keeps
// only a copy with the links withheld in the outbox (decision 023). The integration tests run
// the server in-process, so they read that log: the one place an operator finds the links.
import { MAIL_LOG_PREFIX } from "~/features/email/email.server";

export type LoggedMail = { toAddress: string; subject: string; body: string };

const logged: LoggedMail[] = [];
const marker = Symbol.for("eccipa.mail-log-capture");

function capture() {
  const holder = globalThis as { [marker]?: boolean };
  if (holder[marker]) return;
  holder[marker] = true;
  const original = console.log.bind(console);
  console.log = (...args: unknown[]) => {
    const [first] = args;
    if (typeof first === "string" && first.startsWith(`${MAIL_LOG_PREFIX} to=`)) {
      const newline = first.indexOf("\n");
      const head = first.slice(0, newline < 0 ? undefined : newline);
      const match = head.match(/ to=(\S+) subject=(".*")$/);
      if (match) logged.push({ toAddress: match[1], subject: JSON.parse(match[2]) as string, body: newline < 0 ? "" : first.slice(newline + 1) });
      return; // kept out of the test output: it holds working links
    }
    original(...args);
  };
}
capture();

/** The newest email the server delivered to `to` through its log (no SMTP_URL), links intact. */
export function deliveredEmailTo(to: string): LoggedMail | undefined {
  return logged.findLast((mail) => mail.toAddress === to);
}
