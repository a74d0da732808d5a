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
  // The issuer's profile, public keys and revocation lists: no personal data (decision 018).
  "routes/issuer/profile.ts": "public",
  "routes/issuer/jwks.ts": "public",
  "routes/issuer/status.ts": "public",
  "routes/lang-layout.tsx": "public",
  "routes/public/home.tsx": "public",
  "routes/auth/sign-in.tsx": "public",
  "routes/auth/sign-in-code.tsx": "public",
  "routes/auth/sign-out.ts": "public",
  "routes/auth/forgot-password.tsx": "public",
  "routes/auth/reset-password.tsx": "public",
  "routes/auth/invitation.tsx": "public",
  "routes/account/start.ts": "signed-in",
  "routes/account/account.tsx": "signed-in",
  "routes/account/security.tsx": "signed-in",
  "routes/account/data.tsx": "signed-in",
  "routes/account/data-json.ts": "signed-in",
  "routes/account/erase.tsx": "signed-in",
  // Published reports hold no personal data (report-content.server.ts): anyone may read them.
  "routes/public/report.tsx": "public",
  "routes/public/report-docx.ts": "public",
  "routes/public/report-pdf.ts": "public",
  // Anyone may check a certificate: it shows what the certificate states (name, achievement, issuer, date).
  "routes/public/verify-credential.tsx": "public",
  "routes/public/verify.tsx": "public",
  // Published Toolkit versions hold no personal data and nothing private to a territory (decision
  // 019); the page's form (a copy into the actor's territory) checks her rights itself.
  "routes/public/toolkit.tsx": "public",
  "routes/public/toolkit-docx.ts": "public",
  "routes/public/toolkit-pdf.ts": "public",
  // A secret calendar address: the token is the key (calendars cannot sign in); unknown or revoked → 404.
  "routes/public/calendar-feed.ts": "public",
  "routes/programme/dashboard.tsx": "programme:programme:view-dashboard",
  "routes/programme/territory-new.tsx": "programme:programme:manage-territories",
  "routes/programme/territory-edit.tsx": "programme:programme:manage-territories",
  "routes/programme/organisations.tsx": "programme:programme:manage-organisations",
  "routes/programme/members.tsx": "programme:programme:manage-members",
  "routes/programme/member-erase.tsx": "programme:programme:manage-members",
  "routes/programme/outbox.tsx": "programme:programme:read-outbox",
  "routes/programme/security.tsx": "programme:programme:manage-members",
  "routes/programme/audit.tsx": "programme:programme:read-audit",
  "routes/programme/assessment.tsx": "programme:programme:assess",
  "routes/programme/needs-review-comparison.tsx": "programme:programme:compare-needs-reviews",
  "routes/programme/competences.tsx": "programme:programme:manage-competences",
  "routes/programme/competence.tsx": "programme:programme:manage-competences",
  "routes/programme/training.tsx": "programme:programme:view-training",
  "routes/programme/timeline.tsx": "programme:programme:manage-timeline",
  "routes/territory/home.tsx": "territory:territory:view",
  "routes/territory/members.tsx": "territory:members:view",
  "routes/territory/audit.tsx": "territory:audit:view",
  // The framework is programme content, no personal data: whoever may read the Toolkit may read it.
  "routes/territory/competences.tsx": "territory:toolkit:view",
  // Training delivery: reading is training:view; the actions check training:manage themselves.
  "routes/territory/training/overview.tsx": "territory:training:view",
  "routes/territory/training/calendar.tsx": "territory:training:view",
  "routes/territory/training/cohort.tsx": "territory:training:view",
  "routes/territory/training/session.tsx": "territory:training:view",
  // Trainers: only the sessions they train (the route checks); coordinators: all.
  "routes/territory/training/attendance.tsx": "territory:training:attendance",
  "routes/territory/my-training.tsx": "territory:training:participate",
  "routes/territory/needs-review/overview.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/sources.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/source-edit.tsx": "territory:needs-review:edit",
  "routes/territory/needs-review/source-file.ts": "territory:needs-review:view",
  "routes/territory/needs-review/participants.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/participant.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/participant-edit.tsx": "territory:needs-review:edit",
  "routes/territory/needs-review/interviews.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/interview-new.tsx": "territory:needs-review:edit",
  "routes/territory/needs-review/interview.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/coding.tsx": "territory:needs-review:edit",
  "routes/territory/needs-review/codebook.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/theme.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/passages.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/analysis.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/agreement.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/agreement-check.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/interview-edit.tsx": "territory:needs-review:edit",
  "routes/territory/needs-review/interview-pseudonymise.tsx": "territory:needs-review:edit",
  "routes/territory/needs-review/findings.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/finding.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/focus-groups.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/focus-group.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/exchange.tsx": "territory:needs-review:edit",
  "routes/territory/needs-review/export-qdpx.ts": "territory:needs-review:export",
  "routes/territory/needs-review/export-qdc.ts": "territory:needs-review:edit",
  "routes/territory/needs-review/search.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/report.tsx": "territory:needs-review:view",
  "routes/territory/needs-review/report-docx.ts": "territory:needs-review:view",
  "routes/territory/needs-review/report-pdf.ts": "territory:needs-review:view",
  "routes/territory/co-design/overview.tsx": "territory:co-design:view",
  "routes/territory/co-design/round-table.tsx": "territory:co-design:view",
  // Every role may vote, but only as the participant linked to her account (404 otherwise).
  "routes/territory/co-design/round-table-vote.tsx": "territory:co-design:vote",
  "routes/territory/certificates/cohort-certificates.tsx": "territory:certificates:issue",
  "routes/territory/certificates/certificate.tsx": "territory:certificates:issue",
  // The files: the coordinator, and also the certificate's own holder (the route checks that;
  // the route matrix knows the exception as OWNER_ROUTES).
  "routes/territory/certificates/certificate-pdf.ts": "territory:certificates:issue",
  "routes/territory/certificates/certificate-credential.ts": "territory:certificates:issue",
  "routes/territory/certificates/my-certificates.tsx": "territory:training:participate",
  "routes/territory/toolkit/versions.tsx": "territory:toolkit:view",
  "routes/territory/toolkit/version-docx.ts": "territory:toolkit:view",
  "routes/territory/toolkit/version-pdf.ts": "territory:toolkit:view",
  // A person's own training: the route also checks the enrolment is hers (404 otherwise).
  "routes/territory/training/self-assessment.tsx": "territory:training:participate",
  "routes/territory/training/progress.tsx": "territory:training:participate",
  "routes/territory/training/session-feedback.tsx": "territory:training:participate",
  // Aggregates only, groups under five hidden (decision 017).
  "routes/territory/training/cohort-insights.tsx": "territory:training:insights",
  // The Training Programme Toolkit: B's validated findings appear on it as statement and territory
  // only (as on the programme comparison); interviews are linked for the reader's own territory.
  "routes/territory/toolkit/index.tsx": "territory:toolkit:view",
  "routes/territory/toolkit/needs.tsx": "territory:toolkit:view",
  "routes/territory/toolkit/module-new.tsx": "territory:toolkit:edit",
  "routes/territory/toolkit/module.tsx": "territory:toolkit:view",
  "routes/territory/toolkit/module-edit.tsx": "territory:toolkit:edit",
  "routes/territory/toolkit/materials.tsx": "territory:toolkit:edit",
  "routes/territory/toolkit/material-file.ts": "territory:toolkit:view",
  "routes/not-found.tsx": "public",
};
