// A block document (the Needs Review Report, the Toolkit) as HTML: renders the same blocks as the
// DOCX and the PDF, in the document's language (lang on the article), whatever the language of
// the page around it.
import type { BlockDocument, DocumentBlock } from "~/export/blocks";

/** Page headings are h1 (the page) and h2 (its sections): the report's levels start one lower. */
function Heading({ level, text, offset }: { level: 1 | 2 | 3; text: string; offset: 1 | 2 }) {
  const n = Math.min(level + offset, 6);
  if (n === 2) return <h2>{text}</h2>;
  if (n === 3) return <h3>{text}</h3>;
  if (n === 4) return <h4>{text}</h4>;
  return <h5>{text}</h5>;
}

function Block({ block, offset }: { block: DocumentBlock; offset: 1 | 2 }) {
  switch (block.type) {
    case "heading":
      return <Heading level={block.level} text={block.text} offset={offset} />;
    case "paragraph":
      return <p className="report-text">{block.text}</p>;
    case "list":
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case "table":
      return (
        <table className="report-figures">
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{block.headers[0]}</th>
              <th scope="col">{block.headers[1]}</th>
            </tr>
          </thead>
          <tbody>
            {block.rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case "quote":
      return (
        <figure className="report-quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          <figcaption>{block.attribution}</figcaption>
        </figure>
      );
  }
}

/**
 * `offset` shifts the report's heading levels below the page's: 1 where the document's title is
 * the page's h1 (a public page), 2 where the document sits in a section of a page (a preview).
 */
export function DocumentView({ document, offset, titled }: { document: BlockDocument; offset: 1 | 2; titled: boolean }) {
  return (
    <article className="report" lang={document.language}>
      {titled ? <h1>{document.title}</h1> : <h3>{document.title}</h3>}
      <p className="muted">{document.subtitle}</p>
      {document.blocks.map((block, i) => (
        // The blocks are a fixed sequence for one render: their position is their identity.
        <Block key={i} block={block} offset={offset} />
      ))}
    </article>
  );
}
