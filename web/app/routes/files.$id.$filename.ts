import type { LoaderFunctionArgs } from "@remix-run/node";

import { fileFromApi } from "../files.server";

/** An attachment, from the API's download (GET /files/:id/:filename), with the resource's permissions. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = params["id"] ?? "";
  if (!/^[0-9a-f-]{36}$/.test(id)) return new Response("Not found", { status: 404 });
  return fileFromApi(request, `/files/${id}/${encodeURIComponent(params["filename"] ?? "")}`);
}
