import { EventAttendeesDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import * as api from "../graphql.server";
import { requireSession } from "../member/forms.server";
import { dashboardPath, editEventPath, eventPath } from "../paths";
import { formatDate, formatEventTime } from "../utils/dates";
import { slugParam } from "../params.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Who is coming to ${data?.event.title ?? "the event"} – School Network Hub` },
  { name: "robots", content: "noindex" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  requireSession(request);
  const { event } = await api.request(EventAttendeesDocument, { slug: slugParam(params) }, { request });
  if (!event) throw new Response(null, { status: 404 });
  // The API gives the list to the hosts only; everyone else learns just that it is not theirs to see.
  if (!event.viewerCanManage || !event.attendees) {
    throw new Response("Only the event's hosts may see who is coming.", { status: 403 });
  }
  const { attendees, ...details } = event;
  return {
    event: details,
    confirmed: attendees.filter((attendee) => attendee.status === "CONFIRMED"),
    waiting: attendees.filter((attendee) => attendee.status === "WAITLISTED"),
  };
}

type Attendee = ReturnType<typeof useLoaderData<typeof loader>>["confirmed"][number];

function PeopleTable({ caption, people, ordered }: { caption: string; people: Attendee[]; ordered: boolean }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {ordered && <th scope="col">Place in the queue</th>}
          <th scope="col">Name</th>
          <th scope="col">Role and school</th>
          <th scope="col">Registered</th>
        </tr>
      </thead>
      <tbody>
        {people.map((attendee) => (
          <tr key={attendee.person.id}>
            {ordered && <td>{attendee.position}</td>}
            <th scope="row">{attendee.person.name}</th>
            <td>{[attendee.person.jobTitle, attendee.person.school?.name].filter(Boolean).join(", ") || "–"}</td>
            <td>{formatDate(attendee.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function EventAttendees() {
  const { event, confirmed, waiting } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: eventPath(event.slug), label: event.title },
        ]}
        current="Who is coming"
      />
      <h1>Who is coming to {event.title}</h1>
      <p className="lead">
        <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt)}</time>.{" "}
        {event.capacity === null || event.capacity === undefined
          ? `${confirmed.length} registered; places are not limited.`
          : `${confirmed.length} of ${event.capacity} places taken, ${event.placesLeft ?? 0} left; ${waiting.length} waiting.`}
      </p>
      <p>
        <Link to={editEventPath(event.slug)}>Edit this event</Link>
      </p>
      <section aria-labelledby="confirmed-heading">
        <h2 id="confirmed-heading">With a place ({confirmed.length})</h2>
        {confirmed.length === 0 ? (
          <EmptyState>
            <p>Nobody has registered yet.</p>
          </EmptyState>
        ) : (
          <PeopleTable caption="People with a place, in the order they registered" people={confirmed} ordered={false} />
        )}
      </section>
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting list ({waiting.length})</h2>
        {waiting.length === 0 ? (
          <p>Nobody is waiting.</p>
        ) : (
          <PeopleTable
            caption="People waiting for a place; the first gets the next place that is freed"
            people={waiting}
            ordered
          />
        )}
      </section>
    </>
  );
}
