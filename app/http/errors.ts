// Error responses thrown from loaders and actions. The root ErrorBoundary renders them,
// translated, in the page's language.
import { data } from "react-router";

export function notFound(): never {
  throw data({ error: "not_found" }, { status: 404 });
}

export function forbidden(): never {
  throw data({ error: "forbidden" }, { status: 403 });
}

export function badRequest(): never {
  throw data({ error: "bad_request" }, { status: 400 });
}
