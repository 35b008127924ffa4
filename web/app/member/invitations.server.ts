import { AcceptInvitationDocument, DeclineInvitationDocument, type InvitationAnswerInput } from "@hub/schema";
import { redirect } from "@remix-run/node";

import * as api from "../graphql.server";
import { dashboardPath } from "../paths";
import { problemFrom, text } from "./forms.server";

/**
 * Accepts or declines an invitation (by its ID on the dashboard, by its token on the emailed
 * link), as the post's `intent` says; then the dashboard says which. A refusal comes back as a problem.
 */
export async function answerInvitation(request: Request, form: FormData, input: InvitationAnswerInput) {
  try {
    if (text(form, "intent") === "accept") {
      await api.request(AcceptInvitationDocument, { input }, { request });
      return redirect(`${dashboardPath}?invitation=accepted`);
    }
    await api.request(DeclineInvitationDocument, { input }, { request });
    return redirect(`${dashboardPath}?invitation=declined`);
  } catch (error) {
    return { problem: problemFrom(error, new Set()) };
  }
}
