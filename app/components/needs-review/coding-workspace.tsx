// The coding workspace: the transcript paragraph by paragraph, with the codings the coder may see
// marked in it, and a form to apply themes. Without JavaScript the coder ticks whole paragraphs;
// with it she may select any passage, whose offsets in the stored text go into hidden fields.
// What is coded is always what the page shows as chosen, and the button says which: selecting a
// passage unticks the paragraphs, ticking a paragraph clears the selection, and after a coding is
// saved nothing stays chosen. The server refuses a request that carries both.
import { useEffect, useState, type SyntheticEvent } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { ChoiceFieldset, FormAlert, TextAreaField, tickedValues, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import type { ThemeItem } from "~/features/needs-review/codebook/theme-tree";
import { themeColourClass } from "~/features/needs-review/codebook/theme-colours";
import { type Paragraph, paragraphsOf } from "~/features/needs-review/interviews/transcript-text";
import { Swatch } from "./codebook";

export type VisibleCoding = {
  id: string;
  themeName: string;
  colour: string;
  coderName: string | null;
  coderUserId: string | null;
  start: number;
  end: number;
  quote: string;
  memo: string;
  placement: "placed" | "unplaced";
};

type Selection = { start: number; end: number; quote: string };

/** The offset in the stored text of a point inside a paragraph's text, or null outside one. */
function offsetInTranscript(container: HTMLElement, node: Node, offset: number): number | null {
  const element = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest("[data-start]");
  if (!element || !container.contains(element)) return null;
  const range = document.createRange();
  range.setStart(element, 0);
  range.setEnd(node, offset);
  return Number(element.getAttribute("data-start")) + range.toString().length;
}

function readSelection(container: HTMLElement, text: string): Selection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  const a = offsetInTranscript(container, selection.anchorNode, selection.anchorOffset);
  const b = offsetInTranscript(container, selection.focusNode, selection.focusOffset);
  if (a === null || b === null || a === b) return null;
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  return { start, end, quote: text.slice(start, end) };
}

function tickedParagraphs(state: FormState): Set<number> {
  return new Set(tickedValues(state, "paragraphs[]").filter((v) => /^\d{1,6}$/.test(v)).map(Number));
}

/** The paragraph's text cut where codings begin and end; coded stretches are marked. */
function ParagraphText({ text, paragraph, codings }: { text: string; paragraph: Paragraph; codings: VisibleCoding[] }) {
  const inside = codings.filter((c) => c.placement === "placed" && c.start < paragraph.end && c.end > paragraph.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const c of inside) {
    cuts.add(Math.max(c.start, paragraph.start));
    cuts.add(Math.min(c.end, paragraph.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  return (
    <span className="paragraph__text" data-start={paragraph.start}>
      {points.slice(0, -1).map((from, i) => {
        const to = points[i + 1];
        const covering = inside.filter((c) => c.start <= from && c.end >= to);
        const piece = text.slice(from, to);
        return covering.length ? (
          <mark key={from} className={`coded ${themeColourClass(covering[0].colour)}${covering.length > 1 ? " coded--several" : ""}`}>
            {piece}
          </mark>
        ) : (
          piece
        );
      })}
    </span>
  );
}

export function CodingWorkspace({
  text,
  version,
  codings,
  themes,
  state,
  coded,
}: {
  text: string;
  version: number;
  codings: VisibleCoding[];
  themes: ThemeItem[];
  state: FormState;
  /** The result of the last saved coding: a new one clears the selection and the ticks. */
  coded?: object;
}) {
  const { t } = useTranslation();
  const [selection, setSelection] = useState<Selection | null>(null);
  const [ticked, setTicked] = useState<Set<number>>(() => tickedParagraphs(state));
  const paragraphs = paragraphsOf(text);
  const tickedThemes = tickedValues(state, "themeIds[]");
  // A refused submit shows the paragraphs as they were sent.
  useEffect(() => {
    if (state) setTicked(tickedParagraphs(state));
  }, [state]);
  // Once a coding is saved, nothing stays chosen: the next coding starts from a clean slate.
  useEffect(() => {
    if (!coded) return;
    setSelection(null);
    setTicked(new Set());
    window.getSelection()?.removeAllRanges();
  }, [coded]);
  const capture = (event: SyntheticEvent<HTMLElement>) => {
    // A click or key on a paragraph's checkbox is a tick, not a selection.
    if (event.target instanceof Element && event.target.closest("input, label")) return;
    const found = readSelection(event.currentTarget, text);
    if (!found) return;
    setSelection(found);
    setTicked(new Set());
  };
  const tick = (index: number, checked: boolean) => {
    setTicked((previous) => {
      const next = new Set(previous);
      if (checked) next.add(index);
      else next.delete(index);
      return next;
    });
    if (selection) {
      setSelection(null);
      window.getSelection()?.removeAllRanges();
    }
  };
  const clearSelection = () => {
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };
  const submitLabel = selection
    ? t("coding.codeSelection")
    : ticked.size > 0
      ? t("coding.codeTicked", { count: ticked.size, formatted: ticked.size })
      : t("coding.codeParagraphs");
  const passageErrors = state?.errors?.["paragraphs[]"];
  return (
    <PostForm noValidate className="coding" key={`${version}-${codings.length}`}>
      <input type="hidden" name="intent" value="code" />
      <input type="hidden" name="version" value={version} />
      {selection ? (
        <>
          <input type="hidden" name="start" value={selection.start} />
          <input type="hidden" name="end" value={selection.end} />
        </>
      ) : null}
      <FormAlert state={state} />
      <div className="coding__layout">
        <div className="coding__transcript" onMouseUp={capture} onKeyUp={capture}>
          <p className="muted">{t("coding.howTo")}</p>
          <ol className="paragraphs">
            {paragraphs.map((p) => (
              <li key={p.index} className="paragraph">
                <input
                  type="checkbox"
                  name="paragraphs[]"
                  value={p.index}
                  id={`paragraph-${p.index}`}
                  checked={ticked.has(p.index)}
                  onChange={(event) => tick(p.index, event.currentTarget.checked)}
                />
                <label htmlFor={`paragraph-${p.index}`} className="visually-hidden">
                  {t("coding.selectParagraph", { number: p.index + 1 })}
                </label>
                <ParagraphText text={text} paragraph={p} codings={codings} />
                <CodingChips codings={codings.filter((c) => c.placement === "placed" && c.start >= p.start && c.start < p.end)} />
              </li>
            ))}
          </ol>
        </div>
        <div className="coding__panel">
          <h2>{t("coding.applyHeading")}</h2>
          {selection ? (
            <div className="coding__selection" aria-live="polite">
              <p>
                {t("coding.selected")} <q>{selection.quote.length > 240 ? `${selection.quote.slice(0, 240)}…` : selection.quote}</q>
              </p>
              <button type="button" className="link-button" onClick={clearSelection}>
                {t("coding.clearSelection")}
              </button>
            </div>
          ) : null}
          {passageErrors ? (
            <p className="field-error" id="field-paragraphs-error">
              {passageErrors.map((k) => t(k as never)).join(" ")}
            </p>
          ) : null}
          <ChoiceFieldset name="themeIds[]" label={t("coding.themes")} required state={state}>
            {themes.length === 0 ? <p>{t("coding.noThemes")}</p> : null}
            <ul className="theme-choices">
              {themes.map((theme) => (
                <li key={theme.id} className={`theme-choices__item theme-choices__item--depth-${Math.min(theme.depth, 3)}`}>
                  <label className="checkbox">
                    <input type="checkbox" name="themeIds[]" value={theme.id} defaultChecked={tickedThemes.includes(theme.id)} />
                    <Swatch colour={theme.colour} /> {theme.name}
                  </label>
                </li>
              ))}
            </ul>
          </ChoiceFieldset>
          <TextAreaField name="memo" label={t("coding.memo")} rows={3} state={state} />
          <button type="submit" className="button" aria-live="polite">
            {submitLabel}
          </button>
        </div>
      </div>
    </PostForm>
  );
}

function CodingChips({ codings }: { codings: VisibleCoding[] }) {
  if (!codings.length) return null;
  return (
    <ul className="chips">
      {codings.map((c) => (
        <li key={c.id} className="chip">
          <Swatch colour={c.colour} /> {c.themeName}
          {c.coderName ? <span className="muted"> · {c.coderName}</span> : null}
        </li>
      ))}
    </ul>
  );
}
