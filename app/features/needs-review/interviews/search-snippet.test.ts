import { describe, expect, it } from "vitest";
import { MARK_START as S, MARK_STOP as E, splitSnippet } from "./search-snippet";

describe("splitSnippet", () => {
  it("splits a snippet into plain and marked runs", () => {
    expect(splitSnippet(`Die ${S}Ämter${E} arbeiten, das ${S}Amt${E}`)).toEqual([
      { text: "Die ", marked: false },
      { text: "Ämter", marked: true },
      { text: " arbeiten, das ", marked: false },
      { text: "Amt", marked: true },
    ]);
  });

  it("keeps markup-like text as text", () => {
    expect(splitSnippet(`<script>${S}x${E}</script>`)).toEqual([
      { text: "<script>", marked: false },
      { text: "x", marked: true },
      { text: "</script>", marked: false },
    ]);
  });

  it("drops unbalanced markers without losing text", () => {
    expect(splitSnippet(`a${E}b${S}c`)).toEqual([
      { text: "a", marked: false },
      { text: "b", marked: false },
      { text: "c", marked: true },
    ]);
    expect(splitSnippet("")).toEqual([]);
  });
});
