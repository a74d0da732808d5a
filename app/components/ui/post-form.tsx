// Every state change is a POST carrying the CSRF token; this form adds it. Works without JavaScript.
import type { ComponentProps } from "react";
import { Form, useRouteLoaderData } from "react-router";

export function CsrfInput() {
  const root = useRouteLoaderData("root") as { csrfToken?: string } | undefined;
  return <input type="hidden" name="_csrf" value={root?.csrfToken ?? ""} />;
}

export function PostForm({ children, ...props }: Omit<ComponentProps<typeof Form>, "method">) {
  return (
    <Form method="post" {...props}>
      <CsrfInput />
      {children}
    </Form>
  );
}
