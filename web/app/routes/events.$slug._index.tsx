import {
  CancelEventRegistrationDocument,
  EventBySlugDocument,
  RegisterForEventDocument,
  type EventBySlugQuery,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { AskFirstLink, ConfirmRemoval, useFocusOnFragment } from "../components/confirm-removal";
import { CsrfField, FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, requireSession, text } from "../member/forms.server";
import {
  aoePath,
  editEventPath,
  eventAttendeesPath,
  eventCalendarPath,
  eventPath,
  networkPath,
  schoolPath,
  signInPath,
} from "../paths";
import { rootDataFrom, useMember } from "../root-data";
import { verifiedForm } from "../session.server";
import { pageMeta } from "../seo";
import { formatEventTime } from "../utils/dates";
import { eventKindLabels, eventModeLabels } from "../utils/labels";
import { placesSummary } from "../utils/places";
import { slugParam } from "../params.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { event } = await api.request(EventBySlugDocument, { slug: slugParam(params) }, { request });
  if (!event) throw new Response(null, { status: 404 });
  // Worked out here, not while rendering, so the server's page and the browser's agree.
  return { event, ended: new Date(event.endsAt) <= new Date() };
}

/** Registers the signed-in person (a place, or the waiting list when full), or cancels their registration. */
export async function action({ params, request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const slug = slugParam(params);
  const input = { slug };
  try {
    if (text(form, "intent") === "cancel") {
      await api.request(CancelEventRegistrationDocument, { input }, { request });
    } else {
      await api.request(RegisterForEventDocument, { input }, { request });
    }
  } catch (error) {
    return data({ problem: problemFrom(error, new Set()) }, { status: 400 });
  }
  return redirect(eventPath(slug));
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
    description: event.descriptionText.slice(0, 300),
    path: eventPath(event.slug),
    jsonLd: {
      "@type": "Event",
      "@id": url,
      url,
      name: event.title,
      description: event.descriptionText,
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

/** `?confirm=cancel`: this page asks a registered person to confirm giving up their place (a GET state). */
const CONFIRM_CANCEL = "cancel";
const cancelLinkId = "cancel-registration";

export default function EventPage() {
  const { event, ended } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const member = useMember();
  useFocusOnFragment();
  if (member && isRegistered(event) && search.get("confirm") === CONFIRM_CANCEL) {
    return <ConfirmCancellation event={event} csrfToken={member.csrfToken} />;
  }
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
          <div className="body-html" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
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
              <dd>{placesSummary(event)}</dd>
            </div>
          </dl>
          <Registration event={event} ended={ended} />
          {event.viewerCanManage && (
            <nav aria-label="Manage this event" className="panel">
              <h2>For the hosts</h2>
              <ul>
                <li>
                  <Link to={eventAttendeesPath(event.slug)}>See who is coming</Link>
                </li>
                <li>
                  <Link to={editEventPath(event.slug)}>Edit this event</Link>
                </li>
              </ul>
            </nav>
          )}
        </aside>
      </div>
    </>
  );
}

type EventDetails = NonNullable<EventBySlugQuery["event"]>;

const isRegistered = (event: EventDetails) =>
  event.registration?.status === "CONFIRMED" || event.registration?.status === "WAITLISTED";

/**
 * Asks before a place is given up: it cannot be taken back, since a freed place goes straight to the
 * first person waiting, and whoever registers again joins the back of the list if the event is full.
 */
function ConfirmCancellation({ event, csrfToken }: { readonly event: EventDetails; readonly csrfToken: string }) {
  const result = useActionData<typeof action>();
  const waiting = event.registration?.status === "WAITLISTED";
  const position = event.registration?.position;
  const question = waiting ? `Leave the waiting list for ${event.title}?` : `Cancel your place at ${event.title}?`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: "/events", label: "Events" },
          { to: eventPath(event.slug), label: event.title },
        ]}
        current={waiting ? "Leave the waiting list" : "Cancel your place"}
      />
      <div className="prose">
        <ConfirmRemoval
          question={question}
          csrfToken={csrfToken}
          fields={{ intent: "cancel" }}
          confirm={waiting ? "Leave the waiting list" : "Cancel my registration"}
          keep={{
            to: `${eventPath(event.slug)}#${cancelLinkId}`,
            label: "Keep my place",
            hiddenDetail: waiting ? "on the waiting list" : `at ${event.title}`,
          }}
          problem={result?.problem?.message}
        >
          {waiting ? (
            <p>
              You are {position ? <>number {position} </> : null}on the waiting list. If you join again later, you go to
              the back of the list.
            </p>
          ) : (
            <p>
              Your place goes at once to the first person on the waiting list, if anyone is waiting. If you change your
              mind, you register again like anyone else: if the event has filled up by then, you join the back of the
              waiting list.
            </p>
          )}
        </ConfirmRemoval>
      </div>
    </>
  );
}

/**
 * Where the person stands, and the one control that changes it: a plain form post to register, and a
 * link to confirm first before giving a place up. Both work without JavaScript.
 */
function Registration({ event, ended }: { readonly event: EventDetails; readonly ended: boolean }) {
  const member = useMember();
  const result = useActionData<typeof action>();
  const status = event.registration?.status;
  const registered = isRegistered(event);
  const open = event.registrationOpen && !ended;
  const full = event.placesLeft === 0;
  return (
    <section aria-labelledby="registration-heading" className="panel">
      <h2 id="registration-heading">Your place</h2>
      {result?.problem && <FormMessage>{result.problem.message}</FormMessage>}
      <div role="status">
        {status === "CONFIRMED" && <p>You have a place at this event.</p>}
        {status === "WAITLISTED" && (
          <p>
            You are on the waiting list
            {event.registration?.position ? <>, number {event.registration.position}</> : null}. If someone cancels,
            their place goes to the next person on the list.
          </p>
        )}
        {!registered && !open && <p>Registration for this event is closed.</p>}
        {!registered && open && full && <p>This event is full. You can join the waiting list.</p>}
      </div>
      {!member ? (
        open && (
          <p>
            <Link to={signInPath(eventPath(event.slug))}>Sign in to register</Link>
          </p>
        )
      ) : registered ? (
        <p>
          <AskFirstLink
            id={cancelLinkId}
            to={`${eventPath(event.slug)}?confirm=${CONFIRM_CANCEL}`}
            label={status === "CONFIRMED" ? "Cancel my registration" : "Leave the waiting list"}
          />
        </p>
      ) : (
        open && (
          <Form method="post">
            <CsrfField token={member.csrfToken} />
            <button type="submit" name="intent" value="register">
              {full ? "Join the waiting list" : "Register"}
            </button>
          </Form>
        )
      )}
    </section>
  );
}
