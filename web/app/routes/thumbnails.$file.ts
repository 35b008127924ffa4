import type { LoaderFunctionArgs } from "@remix-run/node";

import { downloadFromApi } from "../downloads.server";
import { isValid } from "../params.server";

/** An attachment's thumbnail (`<id>.webp`), from the API, with the same permissions as the file. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const file = params["file"] ?? "";
  if (!file.endsWith(".webp") || !isValid("uuid", file.slice(0, -".webp".length))) {
    return new Response("Not found", { status: 404 });
  }
  return downloadFromApi(request, `/thumbnails/${file}`);
}
