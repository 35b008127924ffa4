import { Form, Link, useSearchParams } from "@remix-run/react";

import { CsrfField, FormMessage, TextField, errorFrom } from "../components/forms";
import { useMember } from "../root-data";
import { useSignInHere } from "../sign-in-here";
import type { FormProblem } from "./forms.server";

export const INTRODUCTION_FIELDS = ["message"] as const;
/** The query of the page's address after a request was sent (a redirect, so a reload does not send it again). */
export const INTRODUCTION_SENT = "introduction=sent";

interface IntroductionFormProps {
  readonly contactName: string;
  /** A failed request: what was typed and what was wrong. */
  readonly failure?: { readonly message: string; readonly problem: FormProblem } | undefined;
}

/**
 * "Request an introduction": a signed-in person writes to the contact through the hub, which emails
 * them the message with the sender's name, school and address. Signed out, a link to sign in and come back.
 */
export function IntroductionForm({ contactName, failure }: IntroductionFormProps) {
  const member = useMember();
  const [search] = useSearchParams();
  const sent = `introduction=${search.get("introduction") ?? ""}` === INTRODUCTION_SENT;
  const signInHere = useSignInHere();
  return (
    <section aria-labelledby="introduction" className="panel" id="request-introduction">
      <h2 id="introduction">Request an introduction</h2>
      {!member ? (
        <p>
          <Link to={signInHere}>Sign in</Link> to ask {contactName} for an introduction through the hub.
        </p>
      ) : sent ? (
        <FormMessage tone="success">
          Your request is on its way to {contactName}, with your name, school and email address so they can reply to
          you.
        </FormMessage>
      ) : (
        <Form method="post" action="#request-introduction">
          <CsrfField token={member.csrfToken} />
          {failure && !failure.problem.field && <FormMessage>{failure.problem.message}</FormMessage>}
          <TextField
            id="field-message"
            name="message"
            label="Your message"
            hint={`Say what you would like to see or learn. ${contactName} gets your name, school and email address to reply to.`}
            multiline={6}
            required
            defaultValue={failure?.message}
            error={errorFrom(failure?.problem, "message")}
          />
          <button type="submit">Send the request</button>
        </Form>
      )}
    </section>
  );
}
