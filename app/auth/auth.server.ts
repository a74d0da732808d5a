// Identity is better-auth's job: password hashing (scrypt), sessions, reset tokens. Eccipa calls
// its API from route actions (plain HTML forms), never from browser JavaScript.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor as twoFactorPlugin } from "better-auth/plugins/two-factor";
import { getDb } from "~/db/client.server";
import { account, session, twoFactor, user, verification } from "~/db/schema";
import { sendEmail } from "~/features/email/email.server";
import { getServerT } from "~/i18n/catalogs.server";
import { isLanguage } from "~/i18n/languages";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";

const DEV_SECRET = "eccipa-development-secret-not-for-production-use-0000";

export function baseUrl(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function usesHttps(): boolean {
  return baseUrl().startsWith("https://");
}

function createAuth() {
  const secret = process.env.BETTER_AUTH_SECRET ?? process.env.SESSION_SECRET;
  if (!secret && process.env.NODE_ENV === "production" && process.env.ECCIPA_ALLOW_DEV_SECRET !== "1") {
    throw new Error("Set BETTER_AUTH_SECRET (32+ random characters) before running in production.");
  }
  return betterAuth({
    appName: "Eccipa",
    baseURL: baseUrl(),
    secret: secret ?? DEV_SECRET,
    database: drizzleAdapter(getDb(), { provider: "pg", schema: { user, session, account, verification, twoFactor } }),
    // Reset tokens (and the pending two-step sign-ins) are kept as SHA-256 hashes: a copy of the
    // database holds no working link (decision 023).
    verification: { storeIdentifier: "hashed" },
    plugins: [
      twoFactorPlugin({
        issuer: "Eccipa",
        // A recovery code is shown once; ten of them, each usable once.
        backupCodeOptions: { amount: 10, length: 10 },
      }),
    ],
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // accounts come from invitations only
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user: target, token }) => {
        const pref = (target as { preferredLanguage?: string }).preferredLanguage;
        const lang = isLanguage(pref) ? pref : "en";
        const t = getServerT(lang);
        const link = `${baseUrl()}/${lang}/reset-password?token=${encodeURIComponent(token)}`;
        await sendEmail({
          to: target.email,
          subject: t("email.reset.subject"),
          text: t("email.reset.body", { name: target.name, link }),
        });
      },
    },
    user: { additionalFields: { preferredLanguage: { type: "string", required: false, input: false } } },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    // Throttling is ours (login-throttle.server.ts): the built-in limiter only sees HTTP calls.
    rateLimit: { enabled: false },
    advanced: { useSecureCookies: usesHttps(), cookiePrefix: "eccipa" },
    telemetry: { enabled: false },
  });
}

let instance: ReturnType<typeof createAuth> | undefined;

export function getAuth() {
  instance ??= createAuth();
  return instance;
}

export async function hashPassword(password: string): Promise<string> {
  return (await getAuth().$context).password.hash(password);
}

/**
 * Creates an account with a password (invitation accepted, admin CLI, demo seed). A caller that
 * already holds the hash (the demo seed: one shared demo password) passes it to skip the work.
 */
export async function createAccountWithPassword(input: {
  email: string;
  name: string;
  password: string;
  language: string;
  passwordHash?: string;
}) {
  const ctx = await getAuth().$context;
  const created = await ctx.internalAdapter.createUser({
    email: input.email.toLowerCase(),
    name: input.name,
    emailVerified: true,
    preferredLanguage: input.language,
  }, { method: "admin" });
  await ctx.internalAdapter.linkAccount({
    userId: created.id,
    providerId: "credential",
    accountId: created.id,
    password: input.passwordHash ?? (await ctx.password.hash(input.password)),
  });
  return created;
}

/** The account registered under an email address, if any. */
export async function findAccountByEmail(email: string) {
  const ctx = await getAuth().$context;
  return ctx.internalAdapter.findUserByEmail(email.toLowerCase());
}

/** The account a reset token belongs to, while the token is valid (for the password-strength check). */
export async function findResetTokenOwner(token: string) {
  if (!token || token.length > 200) return null;
  const ctx = await getAuth().$context;
  const found = await ctx.internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!found || found.expiresAt < new Date()) return null;
  return ctx.internalAdapter.findUserById(found.value);
}
