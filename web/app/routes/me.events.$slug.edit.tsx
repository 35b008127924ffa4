import { EventForEditingDocument } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import * as api from "../graphql.server";
import { EventForm } from "../member/event-form";
import { eventValuesFromEvent, saveEvent } from "../member/event-form.server";
import { requireSession } from "../member/forms.server";
import { SessionEnded } from "../member/session-ended";
import { unlessSessionEnded } from "../member/session-renewal.server";
import { dashboardPath, editEventPath, eventPath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { slugParam } from "../params.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit ${data?.event?.title ?? "event"} – School Network Hub` },
  { name: "robots", content: "noindex" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  requireSession(request);
  const found = await unlessSessionEnded(
    api.request(EventForEditingDocument, { slug: slugParam(params) }, { request, handleEndedSession: true }),
  );
  const csrf = csrfTokenFor(request);
  const headers = csrfHeaders(csrf);
  if (!found) return data({ event: null, values: null, csrfToken: csrf.token }, headers);
  const { event } = found;
  if (!event) throw new Response(null, { status: 404 });
  if (!event.viewerCanManage) throw new Response("Only the event's hosts may change it.", { status: 403 });
  return data({ event, values: eventValuesFromEvent(event), csrfToken: csrf.token }, headers);
}

export async function action({ params, request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  return saveEvent(request, form, slugParam(params));
}

export default function EditEvent() {
  const { event, values, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const slug = useParams()["slug"] ?? "";
  const shown = result?.values ?? values;
  // The session ended: with nothing typed to keep, sign in again; after a post, the form as typed.
  if (!shown) return <SessionEnded returnTo={editEventPath(slug)} />;
  const title = event?.title ?? shown.title;
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: eventPath(slug), label: title },
        ]}
        current="Edit"
      />
      <h1>Edit {title}</h1>
      <EventForm
        mode="edit"
        values={shown}
        csrfToken={csrfToken}
        hostNetworks={[]}
        fixedHosts={
          event
            ? {
                network: event.hostNetwork?.name,
                school: event.hostSchool?.name,
                areaOfExcellence: event.areaOfExcellence?.title,
              }
            : undefined
        }
        problem={result?.problem}
        sessionEnded={result?.sessionEnded}
      />
    </>
  );
}
