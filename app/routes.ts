// Every URL of the platform, in one table. Each route also declares who may use it in
// app/route-access.ts; the route matrix test reads both.
import { type RouteConfig, index, prefix, route } from "@react-router/dev/routes";

export default [
  index("routes/root-redirect.ts"),
  route("healthz", "routes/healthz.ts"),
  route(":lang", "routes/lang-layout.tsx", [
    index("routes/public/home.tsx"),
    route("sign-in", "routes/auth/sign-in.tsx"),
    route("sign-out", "routes/auth/sign-out.ts"),
    route("forgot-password", "routes/auth/forgot-password.tsx"),
    route("reset-password", "routes/auth/reset-password.tsx"),
    route("invitation", "routes/auth/invitation.tsx"),
    route("start", "routes/account/start.ts"),
    route("account", "routes/account/account.tsx"),
    ...prefix("p/:programme", [
      index("routes/programme/dashboard.tsx"),
      route("territories/new", "routes/programme/territory-new.tsx"),
      route("territories/:territory/edit", "routes/programme/territory-edit.tsx"),
      route("organisations", "routes/programme/organisations.tsx"),
      route("members", "routes/programme/members.tsx"),
      route("outbox", "routes/programme/outbox.tsx"),
      route("audit", "routes/programme/audit.tsx"),
      route("assessment", "routes/programme/assessment.tsx"),
    ]),
    ...prefix("t/:territory", [
      index("routes/territory/home.tsx"),
      route("members", "routes/territory/members.tsx"),
      route("audit", "routes/territory/audit.tsx"),
      ...prefix("needs-review", [
        index("routes/territory/needs-review/overview.tsx"),
        route("sources", "routes/territory/needs-review/sources.tsx"),
        route("participants", "routes/territory/needs-review/participants.tsx"),
        route("participants/:participantId", "routes/territory/needs-review/participant.tsx"),
        route("interviews", "routes/territory/needs-review/interviews.tsx"),
        route("interviews/new", "routes/territory/needs-review/interview-new.tsx"),
        route("interviews/:interviewId", "routes/territory/needs-review/interview.tsx"),
        route("search", "routes/territory/needs-review/search.tsx"),
      ]),
    ]),
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;

