import { EventForEditingDocument } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import * as api from "../graphql.server";
import { EventForm } from "../member/event-form";
import { eventValuesFromEvent, saveEvent } from "../member/event-form.server";
import { requireSession } from "../member/forms.server";
import { dashboardPath, eventPath } from "../paths";
import { csrfTokenFor, verifiedForm } from "../session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit ${data?.event.title ?? "event"} – School Network Hub` },
  { name: "robots", content: "noindex" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  requireSession(request);
  const { event } = await api.request(EventForEditingDocument, { slug: params["slug"] ?? "" }, { request });
  if (!event) throw new Response(null, { status: 404 });
  if (!event.viewerCanManage) throw new Response("Only the event's hosts may change it.", { status: 403 });
  const csrf = csrfTokenFor(request);
  return data(
    { event, values: eventValuesFromEvent(event), csrfToken: csrf.token },
    csrf.setCookie ? { headers: { "Set-Cookie": csrf.setCookie } } : undefined,
  );
}

export async function action({ params, request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  return saveEvent(request, form, params["slug"] ?? "");
}

export default function EditEvent() {
  const { event, values, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: eventPath(event.slug), label: event.title },
        ]}
        current="Edit"
      />
      <h1>Edit {event.title}</h1>
      <EventForm
        mode="edit"
        values={result?.values ?? values}
        csrfToken={csrfToken}
        hostNetworks={[]}
        fixedHosts={{
          network: event.hostNetwork?.name,
          school: event.hostSchool?.name,
          areaOfExcellence: event.areaOfExcellence?.title,
        }}
        problem={result?.problem}
      />
    </>
  );
}
