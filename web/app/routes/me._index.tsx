import { DashboardDocument, type AoeStatus, type DashboardQuery } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { EmptyState } from "../components/empty-state";
import { CsrfField, FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { requireSession, text } from "../member/forms.server";
import { answerInvitation } from "../member/invitations.server";
import {
  accountPath,
  aoePath,
  aoeReviewPath,
  editResourcePath,
  eventAttendeesPath,
  eventPath,
  insightPath,
  manageNetworkPath,
  memberCollectionsPath,
  memberCurriculumPath,
  nationalInsightPath,
  networkPath,
  memberReviewsPath,
  newEventPath,
  newNetworkPath,
  newResourcePath,
  newSchoolPath,
  proposeAoePath,
  resourcePath,
  reviewQueuePath,
} from "../paths";
import { useMember } from "../root-data";
import { verifiedForm } from "../session.server";
import { formatDate, formatEventTime } from "../utils/dates";
import { networkRoleLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Your dashboard – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  return api.request(DashboardDocument, {}, { request });
}

/** Answers an invitation listed on the dashboard, by its ID. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const invitationId = text(form, "invitationId");
  const answered = await answerInvitation(request, form, { id: invitationId });
  return answered instanceof Response ? answered : data({ invitationId, ...answered }, { status: 400 });
}

const ANSWERED: Record<string, string> = {
  accepted: "Welcome: you have joined the network. It is listed under Your networks.",
  declined: "Invitation declined.",
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
  const {
    viewer,
    drafts,
    inReview,
    published,
    myAreas,
    registeredEvents,
    hostedEvents,
    curriculumDrafts,
    myCollections,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const csrfToken = useMember()?.csrfToken ?? "";
  const [search] = useSearchParams();
  const answered = !result ? ANSWERED[search.get("invitation") ?? ""] : undefined;
  const moderates = viewer?.memberships.some((m) => m.role === "MODERATOR" || m.role === "LEAD") ?? false;
  const entersReviews = viewer?.memberships.some((m) => m.network.viewerCanEnterQualityReviews) ?? false;
  return (
    <>
      <h1>Your dashboard</h1>
      <p className="lead">Welcome, {viewer?.user.name}.</p>
      {answered && <FormMessage tone="success">{answered}</FormMessage>}
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
        {entersReviews && (
          <Link className="button button--secondary" to={memberReviewsPath()}>
            Quality reviews
          </Link>
        )}{" "}
        {viewer?.canSeeNationalInsight && (
          <Link className="button button--secondary" to={nationalInsightPath}>
            National insight
          </Link>
        )}{" "}
        <Link to={accountPath}>Your account, sessions and API tokens</Link>
      </p>
      {viewer?.isAdmin && (
        <p>
          As a site administrator you can <Link to={newNetworkPath}>add a network</Link> or{" "}
          <Link to={newSchoolPath}>add a school</Link>.
        </p>
      )}
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
      <section aria-labelledby="curriculum-and-collections">
        <h2 id="curriculum-and-collections">Curriculum and collections</h2>
        <ul className="member-list">
          <li>
            <Link to={memberCurriculumPath}>Curriculum drafts</Link>
            <span className="muted">
              {" "}
              · {curriculumDrafts.totalCount === 1 ? "1 draft" : `${curriculumDrafts.totalCount} drafts`} you can edit
            </span>
          </li>
          <li>
            <Link to={memberCollectionsPath}>My collections</Link>
            <span className="muted">
              {" "}
              · {myCollections.totalCount === 1 ? "1 collection" : `${myCollections.totalCount} collections`} you curate
            </span>
          </li>
        </ul>
      </section>
      <section aria-labelledby="my-networks">
        <h2 id="my-networks">Your networks</h2>
        {viewer?.memberships.length ? (
          <ul className="member-list">
            {viewer.memberships.map((membership) => (
              <li key={membership.id}>
                <Link to={networkPath(membership.network.slug)}>{membership.network.name}</Link>
                <span className="muted"> · {networkRoleLabels[membership.role]}</span>
                {membership.network.viewerCanSeeInsight && (
                  <>
                    {" "}
                    ·{" "}
                    <Link to={insightPath(membership.network.slug)}>
                      Insight<span className="visually-hidden"> for {membership.network.name}</span>
                    </Link>
                  </>
                )}
                {(membership.role === "LEAD" || viewer.isAdmin) && (
                  <>
                    {" "}
                    · <Link to={manageNetworkPath(membership.network.slug)}>Manage members</Link>
                  </>
                )}
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
                {networkRoleLabels[invitation.role].toLowerCase()}
                <span className="muted"> · open until {formatDate(invitation.expiresAt)}</span>
                {result?.invitationId === invitation.id && <FormMessage>{result.problem.message}</FormMessage>}
                <Form method="post" aria-label={`Answer the invitation to ${invitation.network.name}`}>
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" name="intent" value="accept">
                    Accept<span className="visually-hidden"> the invitation to {invitation.network.name}</span>
                  </button>{" "}
                  <button type="submit" name="intent" value="decline" className="button--secondary">
                    Decline<span className="visually-hidden"> the invitation to {invitation.network.name}</span>
                  </button>
                </Form>
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
