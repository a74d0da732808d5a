// Who may use each route, by route file. The route matrix test fails for a route missing here,
// and checks every declared rule against real responses.
//   public                  anyone, no account
//   signed-in               any account (visitors are sent to sign in)
//   programme:<permission>  a programme role holding the permission (see tenancy/policy.ts)
//   territory:<permission>  a territory role holding the permission (programme admins: all)
import type { ProgrammePermission, TerritoryPermission } from "./tenancy/policy";

export type RouteAccess = "public" | "signed-in" | `programme:${ProgrammePermission}` | `territory:${TerritoryPermission}`;

export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  "routes/root-redirect.ts": "public",
  "routes/healthz.ts": "public",
  "routes/lang-layout.tsx": "public",
  "routes/public/home.tsx": "public",
  "routes/auth/sign-in.tsx": "public",
  "routes/auth/sign-out.ts": "public",
  "routes/auth/forgot-password.tsx": "public",
  "routes/auth/reset-password.tsx": "public",
  "routes/auth/invitation.tsx": "public",
  "routes/account/start.ts": "signed-in",
  "routes/account/account.tsx": "signed-in",
  "routes/programme/dashboard.tsx": "programme:programme:view-dashboard",
  "routes/programme/territory-new.tsx": "programme:programme:manage-territories",
  "routes/programme/territory-edit.tsx": "programme:programme:manage-territories",
  "routes/programme/organisations.tsx": "programme:programme:manage-organisations",
  "routes/programme/members.tsx": "programme:programme:manage-members",
  "routes/programme/outbox.tsx": "programme:programme:read-outbox",
  "routes/programme/audit.tsx": "programme:programme:read-audit",
  "routes/programme/assessment.tsx": "programme:programme:assess",
  "routes/territory/home.tsx": "territory:territory:view",
  "routes/territory/members.tsx": "territory:members:view",
  "routes/territory/audit.tsx": "territory:audit:view",
  "routes/territory/needs-review/overview.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/sources.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/participants.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/participant.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/interviews.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/interview-new.tsx": "territory:needs-review:edit",
  "routes/territory/needs-review/interview.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/search.tsx": "territory:needs-review:view",
  "routes/not-found.tsx": "public",
};
