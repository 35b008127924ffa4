import type { LoaderFunctionArgs } from "@remix-run/node";

import { downloadFromApi } from "../downloads.server";
import { slugParam } from "../params.server";

/**
 * The event as an iCalendar file, from the API's export (GET /events/:slug.ics), which decides
 * whether the visitor may see the event: a member downloads their network's events as themselves.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  return downloadFromApi(request, `/events/${slugParam(params)}.ics`);
}
