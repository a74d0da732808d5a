// The one place that answers "may this actor do this here?". Routes and domain functions ask it;
// nothing else compares roles.
import { TERRITORY_ROLES, type ProgrammeRole, type TerritoryRole } from "~/db/enums";
import type { Actor } from "./actor.server";

/** What can be done inside one territory, and which territory roles may do it. */
export const TERRITORY_PERMISSIONS = {
  "territory:view": ["coordinator", "technical_partner", "trainer", "trainee", "committee_member"],
  "members:view": ["coordinator", "technical_partner"],
  "members:invite": ["coordinator"],
  "audit:view": ["coordinator"],
  "needs-review:view": ["coordinator", "technical_partner"],
  "needs-review:edit": ["coordinator", "technical_partner"],
  // The whole review as a REFI-QDA project, transcripts included, leaves the platform: coordinators only.
  "needs-review:export": ["coordinator"],
  // Publishing the Needs Review Report puts it on a public page: coordinators only.
  "needs-review:publish": ["coordinator"],
  // Real names and contacts of participants: technical partners work with pseudonyms only.
  "participants:identity": ["coordinator"],
  // Co-design: round tables are run by the review team; everyone with an account may cast the
  // votes of the round-table participant linked to her account (the route checks that link).
  "co-design:view": ["coordinator", "technical_partner", "trainer"],
  "co-design:edit": ["coordinator", "technical_partner"],
  "co-design:vote": ["coordinator", "technical_partner", "trainer", "trainee", "committee_member"],
  // The Training Programme Toolkit in use in the territory (the programme's, or its own copy).
  "toolkit:view": ["coordinator", "technical_partner", "trainer"],
  "toolkit:edit": ["coordinator", "technical_partner"],
  // Publishing a Toolkit version puts it on a public page: coordinators only.
  "toolkit:publish": ["coordinator"],
  // Training delivery: cohorts, sessions and the calendar; enrolment and sessions are the coordinator's.
  "training:view": ["coordinator", "technical_partner", "trainer"],
  "training:manage": ["coordinator"],
  "training:attendance": ["coordinator", "trainer"],
  // Cohort aggregates of self-assessments and feedback (groups under five are never shown).
  "training:insights": ["coordinator", "technical_partner"],
  // A person's own training: her sessions, self-assessments, feedback and certificates.
  "training:participate": ["trainee", "trainer"],
  "certificates:issue": ["coordinator"],
} as const satisfies Record<string, readonly TerritoryRole[]>;
export type TerritoryPermission = keyof typeof TERRITORY_PERMISSIONS;

/** What can be done across a programme, and which programme roles may do it. */
export const PROGRAMME_PERMISSIONS = {
  "programme:view-dashboard": ["programme_admin"],
  "programme:manage-territories": ["programme_admin"],
  "programme:manage-organisations": ["programme_admin"],
  "programme:manage-members": ["programme_admin"],
  "programme:read-outbox": ["programme_admin"],
  "programme:read-audit": ["programme_admin"],
  "programme:assess": ["expert"],
  // Counts and validated findings of every territory side by side: no transcript, quote or person.
  "programme:compare-needs-reviews": ["programme_admin", "expert"],
  "programme:manage-competences": ["programme_admin"],
  "programme:manage-timeline": ["programme_admin"],
  // Training of Trainers cascade and training figures of every territory: counts, no trainee data.
  "programme:view-training": ["programme_admin"],
} as const satisfies Record<string, readonly ProgrammeRole[]>;
export type ProgrammePermission = keyof typeof PROGRAMME_PERMISSIONS;

type TerritoryRef = { id: string; programmeId: string };

export function isProgrammeAdmin(actor: Actor, programmeId: string): boolean {
  return actor.programmeRoles.some((r) => r.programmeId === programmeId && r.role === "programme_admin");
}

export function territoryRolesOf(actor: Actor, territoryId: string): TerritoryRole[] {
  return actor.territoryRoles.filter((r) => r.territoryId === territoryId).map((r) => r.role);
}

/**
 * Whether the actor belongs to the territory at all. Someone who does not must not even learn
 * that a territory's objects exist: routes answer 404, not 403.
 */
export function canEnterTerritory(actor: Actor, territory: TerritoryRef): boolean {
  return isProgrammeAdmin(actor, territory.programmeId) || territoryRolesOf(actor, territory.id).length > 0;
}

export function canInTerritory(actor: Actor, permission: TerritoryPermission, territory: TerritoryRef): boolean {
  if (isProgrammeAdmin(actor, territory.programmeId)) return true;
  const allowed: readonly TerritoryRole[] = TERRITORY_PERMISSIONS[permission];
  return territoryRolesOf(actor, territory.id).some((role) => allowed.includes(role));
}

/**
 * Whether one of the actor's own roles in the territory holds the permission, a programme admin's
 * oversight aside: for what is about her own part, such as the link to her training (an admin may
 * open that page, but has no training of her own there).
 */
export function holdsOwnRoleFor(actor: Actor, permission: TerritoryPermission, territory: TerritoryRef): boolean {
  const allowed: readonly TerritoryRole[] = TERRITORY_PERMISSIONS[permission];
  return territoryRolesOf(actor, territory.id).some((role) => allowed.includes(role));
}

export function canInProgramme(actor: Actor, permission: ProgrammePermission, programmeId: string): boolean {
  const allowed: readonly ProgrammeRole[] = PROGRAMME_PERMISSIONS[permission];
  return actor.programmeRoles.some((r) => r.programmeId === programmeId && allowed.includes(r.role));
}

/** The programmes in which the actor holds the permission. */
export function programmesWhere(actor: Actor, permission: ProgrammePermission): string[] {
  const allowed: readonly ProgrammeRole[] = PROGRAMME_PERMISSIONS[permission];
  return [...new Set(actor.programmeRoles.filter((r) => allowed.includes(r.role)).map((r) => r.programmeId))];
}

/** Roles the actor may hand out when inviting someone to the territory. */
export function invitableTerritoryRoles(actor: Actor, territory: TerritoryRef): TerritoryRole[] {
  return canInTerritory(actor, "members:invite", territory) ? [...TERRITORY_ROLES] : [];
}
