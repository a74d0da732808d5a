import { describe, expect, it } from "vitest";
import { contentDisposition } from "./downloads.server";

describe("the file name of a download", () => {
  it("keeps ASCII as it is", () => {
    expect(contentDisposition("Codebook - County of Offenbach.qdc")).toBe(`attachment; filename="Codebook - County of Offenbach.qdc"; filename*=UTF-8''Codebook%20-%20County%20of%20Offenbach.qdc`);
  });

  it("gives old clients the name without accents and new ones the UTF-8 name (ä, ñ, ò, dashes, quotes)", () => {
    const header = contentDisposition("Análisis – Forlì \"Zugänge\" 100%; a/b (1)*.qdpx");
    expect(header).toBe(
      `attachment; filename="Analisis - Forli _Zugange_ 100__ a_b (1)*.qdpx"; filename*=UTF-8''An%C3%A1lisis%20%E2%80%93%20Forl%C3%AC%20%22Zug%C3%A4nge%22%20100%25%3B%20a%2Fb%20%281%29%2A.qdpx`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe("Análisis – Forlì \"Zugänge\" 100%; a/b (1)*.qdpx");
  });
});
