import { EventBySlugDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import * as api from "../graphql.server";
import { aoePath, eventCalendarPath, eventPath, networkPath, schoolPath } from "../paths";
import { rootDataFrom } from "../root-data";
import { pageMeta } from "../seo";
import { formatEventTime } from "../utils/dates";
import { eventKindLabels, eventModeLabels } from "../utils/labels";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { event } = await api.request(EventBySlugDocument, { slug: params["slug"] ?? "" }, { request });
  if (!event) throw new Response(null, { status: 404 });
  return { event };
}

const attendanceMode = {
  IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
  ONLINE: "https://schema.org/OnlineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
} as const;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { event } = data;
  const url = `${rootDataFrom(matches)?.origin ?? ""}${eventPath(event.slug)}`;
  const organizer = event.hostSchool ?? event.hostNetwork;
  const place = event.venue
    ? {
        "@type": "Place",
        name: event.venue,
        ...(event.hostSchool?.postcode ? { address: event.hostSchool.postcode } : {}),
      }
    : undefined;
  const online = event.onlineUrl ? { "@type": "VirtualLocation", url: event.onlineUrl } : undefined;
  return pageMeta(matches, {
    title: event.title,
    description: event.description.slice(0, 300),
    path: eventPath(event.slug),
    jsonLd: {
      "@type": "Event",
      "@id": url,
      url,
      name: event.title,
      description: event.description,
      startDate: event.startsAt,
      endDate: event.endsAt,
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: attendanceMode[event.mode],
      location: [place, online].filter(Boolean),
      ...(organizer ? { organizer: { "@type": "Organization", name: organizer.name } } : {}),
      isAccessibleForFree: true,
    },
  });
};

export default function EventPage() {
  const { event } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs trail={[{ to: "/events", label: "Events" }]} current={event.title} />
      <div className="with-sidebar with-sidebar--end">
        <article className="prose">
          <p className="card__kind">{eventKindLabels[event.kind]}</p>
          <h1>{event.title}</h1>
          <p className="lead">
            <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt)}</time>
            <span className="muted"> (UK time)</span>
          </p>
          {event.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <p>
            <a className="button" href={eventCalendarPath(event.slug)} download>
              Add to your calendar (.ics)
            </a>
          </p>
        </article>
        <aside aria-label="About this event">
          <dl className="facts panel">
            <div>
              <dt>Where</dt>
              <dd>{eventModeLabels[event.mode]}</dd>
              {event.venue && <dd>{event.venue}</dd>}
            </div>
            {event.hostSchool && (
              <div>
                <dt>Hosted by</dt>
                <dd>
                  <Link to={schoolPath(event.hostSchool.urn)}>{event.hostSchool.name}</Link>
                </dd>
              </div>
            )}
            {event.hostNetwork && (
              <div>
                <dt>Network</dt>
                <dd>
                  <Link to={networkPath(event.hostNetwork.slug)}>{event.hostNetwork.name}</Link>
                </dd>
              </div>
            )}
            {event.areaOfExcellence && (
              <div>
                <dt>Shows the Area of Excellence</dt>
                <dd>
                  <Link to={aoePath(event.areaOfExcellence.slug)}>{event.areaOfExcellence.title}</Link>
                </dd>
              </div>
            )}
            <div>
              <dt>Places</dt>
              <dd>
                {event.capacity === null || event.capacity === undefined
                  ? "No limit"
                  : `${event.placesLeft ?? 0} of ${event.capacity} left`}
                {!event.registrationOpen && " (registration closed)"}
              </dd>
              {event.registrationOpen && (
                <dd className="muted">
                  <Link to="/sign-in">Sign in</Link> to register.
                </dd>
              )}
            </div>
          </dl>
        </aside>
      </div>
    </>
  );
}
