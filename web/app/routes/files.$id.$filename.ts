import type { LoaderFunctionArgs } from "@remix-run/node";

import { downloadFromApi } from "../downloads.server";
import { routeParam } from "../params.server";

/** An attachment, from the API's download (GET /files/:id/:filename), with the resource's permissions. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = routeParam(params, "id", "uuid");
  return downloadFromApi(request, `/files/${id}/${encodeURIComponent(params["filename"] ?? "")}`);
}
