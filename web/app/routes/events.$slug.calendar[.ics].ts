import type { LoaderFunctionArgs } from "@remix-run/node";

import { cacheControlFor } from "../cache.server";
import { config } from "../config.server";
import { slugParam } from "../params.server";

/**
 * The event as an iCalendar file, fetched from the API's own export (GET /events/:slug.ics on the
 * API's origin) so the site serves it from its own address and the API decides what may be seen.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = slugParam(params);
  const upstream = await fetch(new URL(`/events/${slug}.ics`, config.apiUrl), {
    signal: AbortSignal.any([request.signal, AbortSignal.timeout(10_000)]),
  }).catch((error: unknown) => {
    console.error(`calendar for event ${slug} could not be fetched`, error);
    return null;
  });
  if (!upstream) {
    return new Response("The calendar could not be fetched. Please try again in a few minutes.", { status: 503 });
  }
  if (!upstream.ok) {
    const status = upstream.status === 404 ? 404 : 502;
    return new Response(status === 404 ? "Not found" : "The calendar could not be fetched.", {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cacheControlFor(request, status) },
    });
  }
  return new Response(await upstream.text(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}.ics"`,
      "Cache-Control": cacheControlFor(request, 200, "file"),
    },
  });
}
