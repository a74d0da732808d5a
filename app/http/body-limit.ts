// How many bytes of a request body the platform reads at all, and the reading that enforces it.
// The limit holds on the bytes actually read, not on what Content-Length claims: a chunked body
// has none. Two places enforce it: the server wrapper (server.js) before React Router sees the
// request, and the root middleware for the in-process path (tests). Both answer 413 unread.

/** The largest form body read at all (uploads included); larger ones are refused. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Materials of a Toolkit module (slides, handouts) may be up to 10 MB: their one form may be larger (decision 015). */
export const MAX_MATERIAL_BODY_BYTES = 11 * 1024 * 1024;
const MATERIAL_UPLOAD_PATH = /^\/[a-z]{2}\/t\/[^/]+\/toolkit\/modules\/[^/]+\/materials(?:\.data)?$/;

/**
 * Set by the server wrapper, on a body-less copy of the request, when it stopped reading a body
 * past the limit: the root middleware then answers the translated 413 page. The wrapper removes
 * any value a client sent.
 */
export const BODY_TOO_LARGE_HEADER = "x-eccipa-body-too-large";

export function bodyLimitFor(pathname: string): number {
  return MATERIAL_UPLOAD_PATH.test(pathname) ? MAX_MATERIAL_BODY_BYTES : MAX_BODY_BYTES;
}

/** A declared length over the limit: refused before a byte is read. */
export function declaresTooMuch(contentLength: string | null | undefined, limit: number): boolean {
  const declared = Number(contentLength ?? 0);
  return Number.isFinite(declared) && declared > limit;
}

/**
 * Reads a body stream up to the limit: the bytes, or "too_large" as soon as one chunk passes it
 * (the stream is cancelled, the rest never read).
 */
export async function readWithinLimit(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | "too_large"> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a cloned (teed) body settles only when the other is too.
      reader.cancel().catch(() => {});
      return "too_large";
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
