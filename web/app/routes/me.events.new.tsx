import { EventFormChoicesDocument } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import * as api from "../graphql.server";
import { EMPTY_EVENT, EventForm } from "../member/event-form";
import { saveEvent } from "../member/event-form.server";
import { requireSession } from "../member/forms.server";
import { SessionEnded } from "../member/session-ended";
import { unlessSessionEnded } from "../member/session-renewal.server";
import { aoePath, dashboardPath, newEventPath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "New event – School Network Hub" },
  { name: "robots", content: "noindex" },
];

/** `?aoe=slug` starts an event that shows that Area of Excellence, hosted by its school. */
export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const aoeSlug = new URL(request.url).searchParams.get("aoe") ?? "";
  const choices = await unlessSessionEnded(
    api.request(EventFormChoicesDocument, { aoeSlug, withAoe: aoeSlug !== "" }, { request, handleEndedSession: true }),
  );
  const { viewer, areaOfExcellence } = choices ?? { viewer: null, areaOfExcellence: null };
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
      sessionEnded: choices === null,
      csrfToken: csrf.token,
    },
    csrfHeaders(csrf),
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  return saveEvent(request, form, undefined);
}

export default function NewEvent() {
  const { hostNetworks, aoe, mayHost, sessionEnded, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (sessionEnded && !result) return <SessionEnded returnTo={newEventPath()} />;
  // After a post that found the session ended, the choices are unknown until signing in again: offer the one typed.
  const typedNetwork = result?.values.hostNetworkSlug;
  const networks = sessionEnded && typedNetwork ? [{ slug: typedNetwork, name: typedNetwork }] : hostNetworks;
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
      {/* After a post the form comes back as typed, even when the loader could not tell (its session had ended). */}
      {mayHost || result ? (
        <EventForm
          mode="create"
          values={result?.values ?? start}
          csrfToken={csrfToken}
          hostNetworks={networks}
          problem={result?.problem}
          sessionEnded={result?.sessionEnded}
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
