// Thin wrappers over better-auth's server API for the route actions: they translate its
// results into redirects with the right Set-Cookie headers, and its errors into booleans.
import { isAPIError } from "better-auth/api";
import { getAuth } from "./auth.server";

export function copySetCookies(from: Headers, to: Headers = new Headers()): Headers {
  for (const cookie of from.getSetCookie()) to.append("Set-Cookie", cookie);
  return to;
}

export type SignInResult =
  | { kind: "signed-in"; cookies: Headers }
  /** The password was right; the cookies hold the pending sign-in until the code is given. */
  | { kind: "needs-code"; cookies: Headers }
  | null;

/** Signs in with email and password; null when the pair is wrong. */
export async function signInWithPassword(request: Request, email: string, password: string): Promise<SignInResult> {
  try {
    const { headers, response } = await getAuth().api.signInEmail({
      body: { email, password, rememberMe: false },
      headers: request.headers,
      returnHeaders: true,
    });
    const needsCode = Boolean(response && typeof response === "object" && "twoFactorRedirect" in response && response.twoFactorRedirect);
    return { kind: needsCode ? "needs-code" : "signed-in", cookies: copySetCookies(headers) };
  } catch (error) {
    if (isAPIError(error)) return null;
    throw error;
  }
}

/**
 * The second step of a sign-in (or the confirmation of a new set-up, with a session): a code from
 * the authenticator app, or one of the recovery codes. Returns the new session cookies, or null
 * when the code is wrong, used or the pending sign-in has expired.
 */
export async function verifySecondFactor(request: Request, code: string, kind: "totp" | "recovery"): Promise<Headers | null> {
  try {
    const api = getAuth().api;
    const { headers } =
      kind === "totp"
        ? await api.verifyTOTP({ body: { code }, headers: request.headers, returnHeaders: true })
        : await api.verifyBackupCode({ body: { code }, headers: request.headers, returnHeaders: true });
    return copySetCookies(headers);
  } catch (error) {
    if (isAPIError(error)) return null;
    throw error;
  }
}

/** Starts a TOTP set-up (password checked by better-auth); null when the password is wrong. */
export async function startTotpSetup(request: Request, password: string) {
  try {
    return await getAuth().api.enableTwoFactor({ body: { password }, headers: request.headers });
  } catch (error) {
    if (isAPIError(error)) return null;
    throw error;
  }
}

/** Turns two-step sign-in off; null when the password is wrong. */
export async function disableTotp(request: Request, password: string): Promise<Headers | null> {
  try {
    const { headers } = await getAuth().api.disableTwoFactor({ body: { password }, headers: request.headers, returnHeaders: true });
    return copySetCookies(headers);
  } catch (error) {
    if (isAPIError(error)) return null;
    throw error;
  }
}

export async function signOut(request: Request): Promise<Headers> {
  try {
    const { headers } = await getAuth().api.signOut({ headers: request.headers, returnHeaders: true });
    return copySetCookies(headers);
  } catch (error) {
    if (isAPIError(error)) return new Headers(); // no session: nothing to end
    throw error;
  }
}

/** Changes the password of the signed-in account; false when the current password is wrong. */
export async function changePassword(request: Request, currentPassword: string, newPassword: string): Promise<Headers | null> {
  try {
    const { headers } = await getAuth().api.changePassword({
      body: { currentPassword, newPassword, revokeOtherSessions: true },
      headers: request.headers,
      returnHeaders: true,
    });
    return copySetCookies(headers);
  } catch (error) {
    if (isAPIError(error)) return null;
    throw error;
  }
}

/** Sends the reset email if the account exists; says nothing either way (no account probing). */
export async function requestPasswordReset(email: string): Promise<void> {
  try {
    await getAuth().api.requestPasswordReset({ body: { email } });
  } catch (error) {
    if (!isAPIError(error)) throw error;
  }
}

/** Sets a new password from a reset token; false when the token is unknown or expired. */
export async function resetPassword(token: string, newPassword: string): Promise<boolean> {
  try {
    await getAuth().api.resetPassword({ body: { token, newPassword } });
    return true;
  } catch (error) {
    if (isAPIError(error)) return false;
    throw error;
  }
}
