import { notFound } from "~/http/errors";

// Any path nobody declared: a translated 404 inside the shell.
export function loader(): never {
  notFound();
}

export function action(): never {
  notFound();
}

export default function NotFound() {
  return null;
}
