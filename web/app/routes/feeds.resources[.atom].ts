import type { LoaderFunctionArgs } from "@remix-run/node";

import { atomFeed } from "../feeds.server";

/** The newest public resources across the whole library. */
export function loader({ request }: LoaderFunctionArgs) {
  return atomFeed(request, { path: "/feeds/resources.atom", htmlPath: "/resources" });
}
