// Renders every page on the server. Each response gets a fresh CSP nonce: only our own module
// scripts run, never injected inline code.
import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { renderToPipeableStream } from "react-dom/server";
import { ServerRouter, type EntryContext, type RouterContextProvider } from "react-router";
import { applySecurityHeaders, contentSecurityPolicy } from "~/http/security-headers";

export { startPlatform, stopPlatform } from "~/platform.server";
// For the server wrapper (server.js), which reads request bodies within these limits.
export { BODY_TOO_LARGE_HEADER, bodyLimitFor, declaresTooMuch } from "~/http/body-limit";
export { strictTransportSecurity } from "~/http/security-headers";

export const streamTimeout = 10_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  _loadContext: RouterContextProvider,
) {
  const nonce = randomBytes(16).toString("base64");
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // The render is aborted if it has not finished in time; once it has, the timer goes, or it would
    // keep the whole render (React's request, the loader data and its encoding) alive for 11 s after
    // the answer: 60 MB and more under load (decision 032).
    let abortRender = () => {};
    const timer = setTimeout(() => abortRender(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} nonce={nonce} />,
      {
        nonce,
        // Whole documents only: pages must be complete without JavaScript.
        onAllReady() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("Content-Security-Policy", contentSecurityPolicy(nonce, import.meta.env.DEV));
          applySecurityHeaders(responseHeaders);
          body.once("finish", () => clearTimeout(timer));
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    abortRender = abort;
  });
}
