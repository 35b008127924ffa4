import { RenderMarkdownDocument } from "@hub/schema";
import type { ActionFunctionArgs } from "@remix-run/node";

import * as api from "../graphql.server";
import { verifiedForm } from "../session.server";

/** The editor's live preview: Markdown rendered by the API's own sanitising renderer, as readers will see it. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  const markdown = form.get("markdown");
  const { renderMarkdown } = await api.request(
    RenderMarkdownDocument,
    { markdown: typeof markdown === "string" ? markdown : "" },
    // Rendering needs no session: asked as the public, a session that ended meanwhile cannot turn
    // this background call into a redirect that would take the page, and what was typed, away.
    { request, token: null },
  );
  return { html: renderMarkdown };
}
