import type { ActionFunctionArgs } from "@remix-run/node";

import { autosaveResource } from "../member/resource-editor.server";

/** The resource editor's background saves of a draft (a script calls it; the form's own Save works without). */
export async function action({ request }: ActionFunctionArgs) {
  return autosaveResource(request);
}
