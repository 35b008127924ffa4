import type { LoaderFunctionArgs } from "@remix-run/node";

import { fileFromApi } from "../files.server";

/** An attachment's thumbnail (`<id>.webp`), from the API, with the same permissions as the file. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const file = params["file"] ?? "";
  if (!/^[0-9a-f-]{36}\.webp$/.test(file)) return new Response("Not found", { status: 404 });
  return fileFromApi(request, `/thumbnails/${file}`);
}
