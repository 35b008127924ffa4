import { DashboardDocument, type AoeStatus, type DashboardQuery, type NetworkRole } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { EmptyState } from "../components/empty-state";
import * as api from "../graphql.server";
import { requireSession } from "../member/forms.server";
import {
  accountPath,
  aoePath,
  aoeReviewPath,
  editResourcePath,
  eventAttendeesPath,
  eventPath,
  networkPath,
  newEventPath,
  newResourcePath,
  proposeAoePath,
  resourcePath,
  reviewQueuePath,
} from "../paths";
import { formatDate, formatEventTime } from "../utils/dates";

export const meta: MetaFunction = () => [
  { title: "Your dashboard – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  return api.request(DashboardDocument, {}, { request });
}

const roleLabels: Record<NetworkRole, string> = {
  MEMBER: "Member",
  CONTRIBUTOR: "Contributor",
  MODERATOR: "Moderator",
  LEAD: "Lead",
};

const aoeStatusLabels: Record<AoeStatus, string> = {
  PROPOSED: "proposed, waiting for a hub moderator",
  VALIDATED: "validated and public",
  EXPIRED: "lapsed: ask a hub moderator to validate it again",
};

type Item = DashboardQuery["drafts"]["nodes"][number];

function WorkList({
  heading,
  items,
  empty,
  edit,
}: {
  heading: string;
  items: readonly Item[];
  empty: string;
  edit: boolean;
}) {
  const id = heading.toLowerCase().replace(/\W+/g, "-");
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} ({items.length})
      </h2>
      {items.length === 0 ? (
        <EmptyState>
          <p>{empty}</p>
        </EmptyState>
      ) : (
        <ul className="member-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={edit ? editResourcePath(item.slug) : resourcePath(item.slug)}>{item.title}</Link>
              <span className="muted">
                {" "}
                · {item.owningNetwork?.name ?? "No network"} · updated {formatDate(item.updatedAt)}
              </span>
              {item.reviewComment && (
                <div className="notice" role="note">
                  <strong>A moderator asked for changes:</strong> {item.reviewComment}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function Dashboard() {
  const { viewer, drafts, inReview, published, myAreas, registeredEvents, hostedEvents } =
    useLoaderData<typeof loader>();
  const moderates = viewer?.memberships.some((m) => m.role === "MODERATOR" || m.role === "LEAD") ?? false;
  return (
    <>
      <h1>Your dashboard</h1>
      <p className="lead">Welcome, {viewer?.user.name}.</p>
      <p>
        <Link className="button" to={newResourcePath}>
          Write a new resource
        </Link>{" "}
        {moderates && (
          <Link className="button button--secondary" to={reviewQueuePath}>
            Review queue
          </Link>
        )}{" "}
        <Link className="button button--secondary" to={proposeAoePath}>
          Propose an Area of Excellence
        </Link>{" "}
        {moderates && (
          <Link className="button button--secondary" to={aoeReviewPath}>
            Areas of Excellence to review
          </Link>
        )}{" "}
        {moderates && (
          <Link className="button button--secondary" to={newEventPath()}>
            Add an event
          </Link>
        )}{" "}
        <Link to={accountPath}>Your account, sessions and API tokens</Link>
      </p>
      <WorkList heading="Drafts" items={drafts.nodes} empty="You have no drafts." edit />
      <WorkList heading="In review" items={inReview.nodes} empty="Nothing of yours is waiting for a moderator." edit />
      <WorkList heading="Published" items={published.nodes} empty="You have not published anything yet." edit={false} />
      <section aria-labelledby="my-events">
        <h2 id="my-events">Events you are registered for ({registeredEvents.nodes.length})</h2>
        {registeredEvents.nodes.length === 0 ? (
          <EmptyState>
            <p>
              You are not registered for any upcoming event. <Link to="/events">Find one</Link>.
            </p>
          </EmptyState>
        ) : (
          <ul className="member-list">
            {registeredEvents.nodes.map((event) => (
              <li key={event.slug}>
                <Link to={eventPath(event.slug)}>{event.title}</Link>
                <span className="muted"> · {formatEventTime(event.startsAt, event.endsAt)} · </span>
                {event.registration?.status === "WAITLISTED"
                  ? `on the waiting list${event.registration.position ? `, number ${event.registration.position}` : ""}`
                  : "you have a place"}
              </li>
            ))}
          </ul>
        )}
      </section>
      {hostedEvents.nodes.length > 0 && (
        <section aria-labelledby="hosted-events">
          <h2 id="hosted-events">Events you host ({hostedEvents.nodes.length})</h2>
          <ul className="member-list">
            {hostedEvents.nodes.map((event) => (
              <li key={event.slug}>
                <Link to={eventPath(event.slug)}>{event.title}</Link>
                <span className="muted"> · {formatEventTime(event.startsAt, event.endsAt)} · </span>
                <Link to={eventAttendeesPath(event.slug)} aria-label={`Who is coming to ${event.title}`}>
                  who is coming
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="my-excellence">
        <h2 id="my-excellence">Your Areas of Excellence ({myAreas.nodes.length})</h2>
        {myAreas.nodes.length === 0 ? (
          <EmptyState>
            <p>You have not proposed an Area of Excellence, and none names you as its contact.</p>
          </EmptyState>
        ) : (
          <ul className="member-list">
            {myAreas.nodes.map((area) => (
              <li key={area.slug}>
                <Link to={aoePath(area.slug)}>{area.title}</Link>
                <span className="muted">
                  {" "}
                  · {area.school.name} · {aoeStatusLabels[area.status]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-networks">
        <h2 id="my-networks">Your networks</h2>
        {viewer?.memberships.length ? (
          <ul className="member-list">
            {viewer.memberships.map((membership) => (
              <li key={membership.id}>
                <Link to={networkPath(membership.network.slug)}>{membership.network.name}</Link>
                <span className="muted"> · {roleLabels[membership.role]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>
            <p>You are not in any network yet. A network&rsquo;s lead can invite you.</p>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="my-invitations">
        <h2 id="my-invitations">Invitations waiting</h2>
        {viewer?.invitations.length ? (
          <ul className="member-list">
            {viewer.invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.invitedBy.name} invited you to join{" "}
                <Link to={networkPath(invitation.network.slug)}>{invitation.network.name}</Link> as{" "}
                {roleLabels[invitation.role].toLowerCase()}. Open the link in the invitation email to accept it before{" "}
                {formatDate(invitation.expiresAt)}.
              </li>
            ))}
          </ul>
        ) : (
          <p>No invitations are waiting for you.</p>
        )}
      </section>
    </>
  );
}
