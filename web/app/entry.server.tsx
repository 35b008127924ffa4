import { PassThrough } from "node:stream";

import type { EntryContext, HandleDataRequestFunction, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";

import { PAGE_VARY, cacheControlFor } from "./cache.server";

// Remix rejects pending loader promises after this long; React gets a little longer to flush them.
export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
): Promise<Response> {
  // Crawlers and SPA mode get the whole document at once; browsers get the shell as soon as it is ready.
  const waitForAllContent = isbot(request.headers.get("user-agent")) || remixContext.isSpaMode;

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    let status = responseStatusCode;

    const respond = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      responseHeaders.set("Cache-Control", cacheControlFor(request, status));
      responseHeaders.append("Vary", PAGE_VARY);
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status }));
      pipe(body);
    };

    const { pipe, abort } = renderToPipeableStream(<RemixServer context={remixContext} url={request.url} />, {
      onShellReady() {
        if (!waitForAllContent) respond();
      },
      onAllReady() {
        if (waitForAllContent) respond();
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        status = 500;
        // Errors before the shell is ready reject above and Remix logs them; only later ones need logging here.
        if (shellRendered) {
          console.error(error);
        }
      },
    });

    setTimeout(abort, streamTimeout + 1_000);
  });
}

/** Client-side navigations fetch the same data as pages, so they follow the same caching rule. */
export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  if (!response.headers.has("Cache-Control"))
    response.headers.set("Cache-Control", cacheControlFor(request, response.status));
  response.headers.append("Vary", PAGE_VARY);
  return response;
};

/** An error in a loader or action, logged under the request's id (server.js gives every request one). */
export const handleError: HandleErrorFunction = (error, { request }) => {
  // A visitor who went away is not an error of the site's.
  if (request.signal.aborted) return;
  console.error(`[web] request ${request.headers.get("x-request-id") ?? "(no id)"} failed:`, error);
};

/** For server.js: what it answers itself, before Remix handles the request (see edge.server.ts). */
export { crossSiteRefusalPage } from "./session.server";
export { badAddressPage, methodAnswer, requestIdFrom, serverErrorPage } from "./edge.server";
