// Two-step sign-in (TOTP with recovery codes) around better-auth's two-factor plugin
// (decision 023): who must set it up, the QR code of a set-up, the recovery codes shown once.
import { and, eq, inArray } from "drizzle-orm";
import QRCode from "qrcode";
import type { Executor } from "~/db/client.server";
import { programme, twoFactor, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { getAuth } from "./auth.server";

/** The roles a programme's requirement applies to. */
export const TWO_STEP_PROGRAMME_ROLES = ["programme_admin"] as const;
export const TWO_STEP_TERRITORY_ROLES = ["coordinator"] as const;

/** Whether the person has confirmed a set-up (a pending, unconfirmed one does not count). */
export async function hasTwoStep(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db.select({ on: user.twoFactorEnabled }).from(user).where(eq(user.id, userId));
  return Boolean(row?.on);
}

/** Whether a set-up was started and not yet confirmed with a code. */
export async function hasPendingTwoStep(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db.select({ verified: twoFactor.verified }).from(twoFactor).where(eq(twoFactor.userId, userId));
  return Boolean(row && !row.verified);
}

/**
 * True when one of her programmes requires two-step sign-in of a role she holds there (programme
 * admin, territory coordinator) and she has not set it up: every guarded page then sends her to
 * the set-up first. One query, and only for those roles.
 */
export async function mustSetUpTwoStep(
  db: Executor,
  roles: { programmeRoles: { programmeId: string; role: string }[]; territoryRoles: { programmeId: string; role: string }[] },
  twoFactorEnabled: boolean,
): Promise<boolean> {
  if (twoFactorEnabled) return false;
  const programmeIds = new Set([
    ...roles.programmeRoles.filter((r) => (TWO_STEP_PROGRAMME_ROLES as readonly string[]).includes(r.role)).map((r) => r.programmeId),
    ...roles.territoryRoles.filter((r) => (TWO_STEP_TERRITORY_ROLES as readonly string[]).includes(r.role)).map((r) => r.programmeId),
  ]);
  if (programmeIds.size === 0) return false;
  const [found] = await db
    .select({ id: programme.id })
    .from(programme)
    .where(and(inArray(programme.id, [...programmeIds]), eq(programme.mfaRequired, true)))
    .limit(1);
  return Boolean(found);
}

/** The secret of an otpauth:// URI in base32, grouped by four for typing into an app. */
export function secretOfUri(uri: string): string {
  const secret = new URL(uri).searchParams.get("secret") ?? "";
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/** The QR code of the URI as an SVG data URL (the CSP allows data: images, nothing inline). */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** The unused recovery codes, decrypted; shown once, right after the set-up is confirmed. */
export async function viewRecoveryCodes(userId: string): Promise<string[]> {
  const result = await getAuth().api.viewBackupCodes({ body: { userId } });
  return result.backupCodes;
}

/** The programme admin requires (or stops requiring) two-step sign-in of admins and coordinators; audited. */
export async function setProgrammeTwoStepRequirement(
  db: Executor,
  args: { actorUserId: string; programmeId: string; required: boolean },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(programme).set({ mfaRequired: args.required }).where(eq(programme.id, args.programmeId));
    await recordAudit(tx, {
      actorUserId: args.actorUserId,
      programmeId: args.programmeId,
      territoryId: null,
      action: args.required ? "programme.two-step-required" : "programme.two-step-optional",
      objectType: "programme",
      objectId: args.programmeId,
    });
  });
}
