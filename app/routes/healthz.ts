import { databaseKind } from "~/db/client.server";
import { isPlatformReady } from "~/platform.server";

// 200 once migrations (and, in demo mode, the demo data) are in place; 503 before.
export function loader() {
  const ready = isPlatformReady();
  return Response.json(
    { status: ready ? "ok" : "starting", database: databaseKind() },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
