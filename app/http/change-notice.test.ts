import { describe, expect, it } from "vitest";
import { changeNoticeFromUrl, changeNoticeQuery } from "./change-notice";

const read = (query: string) => changeNoticeFromUrl(new URL(`http://x/list${query}`));

describe("change notices in the query", () => {
  it("round-trip what an action says", () => {
    expect(read(changeNoticeQuery({ deleted: "deleted", transcripts: 2 }))).toEqual({ saved: false, deleted: "deleted", transcripts: 2 });
    expect(read(changeNoticeQuery({ deleted: "gone" }))).toEqual({ saved: false, deleted: "gone", transcripts: 0 });
    expect(read(changeNoticeQuery({ saved: true }))).toEqual({ saved: true, deleted: null, transcripts: 0 });
    expect(changeNoticeQuery({})).toBe("");
  });

  it("ignore odd values instead of failing", () => {
    expect(read("?deleted=yes&transcripts=-3")).toEqual({ saved: false, deleted: null, transcripts: 0 });
    expect(read("?deleted=1&transcripts=1e99")).toEqual({ saved: false, deleted: "deleted", transcripts: 1 });
    expect(read("?transcripts=99999999")).toMatchObject({ transcripts: 10_000 });
  });
});
