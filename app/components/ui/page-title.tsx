/** The document title (React hoists it into <head>): "Page – Eccipa". */
export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} – Eccipa`}</title>;
}
