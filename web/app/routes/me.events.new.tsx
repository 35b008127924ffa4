import { EventFormChoicesDocument } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import * as api from "../graphql.server";
import { EMPTY_EVENT, EventForm } from "../member/event-form";
import { saveEvent } from "../member/event-form.server";
import { requireSession } from "../member/forms.server";
import { aoePath, dashboardPath } from "../paths";
import { csrfTokenFor, verifiedForm } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "New event – School Network Hub" },
  { name: "robots", content: "noindex" },
];

/** `?aoe=slug` starts an event that shows that Area of Excellence, hosted by its school. */
export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const aoeSlug = new URL(request.url).searchParams.get("aoe") ?? "";
  const { viewer, areaOfExcellence } = await api.request(
    EventFormChoicesDocument,
    { aoeSlug, withAoe: aoeSlug !== "" },
    { request },
  );
  const hostNetworks = (viewer?.memberships ?? [])
    .filter((membership) => membership.role === "MODERATOR" || membership.role === "LEAD")
    .map((membership) => membership.network);
  const aoe = areaOfExcellence?.viewerCanAddEvents ? areaOfExcellence : null;
  const csrf = csrfTokenFor(request);
  return data(
    {
      hostNetworks,
      aoe,
      mayHost: hostNetworks.length > 0 || aoe !== null || viewer?.isAdmin === true,
      csrfToken: csrf.token,
    },
    csrf.setCookie ? { headers: { "Set-Cookie": csrf.setCookie } } : undefined,
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  return saveEvent(request, form, undefined);
}

export default function NewEvent() {
  const { hostNetworks, aoe, mayHost, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const start = aoe
    ? { ...EMPTY_EVENT, areaOfExcellenceSlug: aoe.slug, hostSchoolUrn: aoe.school.urn }
    : { ...EMPTY_EVENT, hostNetworkSlug: hostNetworks[0]?.slug ?? "" };
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="New event" />
      <h1>New event</h1>
      {aoe && (
        <p className="lead">
          Showing <Link to={aoePath(aoe.slug)}>{aoe.title}</Link>, hosted by {aoe.school.name}.
        </p>
      )}
      {mayHost ? (
        <EventForm
          mode="create"
          values={result?.values ?? start}
          csrfToken={csrfToken}
          hostNetworks={hostNetworks}
          problem={result?.problem}
        />
      ) : (
        <EmptyState>
          <p>
            Events are added by the moderators of the network or school that hosts them. Ask your network&rsquo;s lead
            if you should be one. <Link to={dashboardPath}>Back to your dashboard</Link>.
          </p>
        </EmptyState>
      )}
    </>
  );
}
