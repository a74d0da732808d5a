import { useEffect } from "react";

/**
 * The document title, "Page – Eccipa". The server renders a <title>, which React hoists into
 * <head>. The browser runs on Preact (decision 036), which hoists nothing and leaves the server's
 * <head> as it came: there the title is set on the document, on hydration and after every
 * client-side navigation.
 */
export function PageTitle({ children }: { children: string }) {
  const title = `${children} – Eccipa`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return import.meta.env.SSR ? <title>{title}</title> : null;
}
