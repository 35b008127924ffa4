import { AreaOfExcellenceBySlugDocument, RequestIntroductionDocument } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Chips } from "../components/badges";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CardGrid, EventCard, ResourceCard } from "../components/cards";
import * as api from "../graphql.server";
import { FormMessage } from "../components/forms";
import { aoePath, aoeReviewPath, eventCalendarPath, listingPath, newEventPath, schoolPath } from "../paths";
import { useLabels } from "../root-data";
import { pageMeta } from "../seo";
import { useSignInHere } from "../sign-in-here";
import { formatDate } from "../utils/dates";
import { reviewKindLabels } from "../utils/labels";
import { slugParam } from "../params.server";
import { problemFrom, requireSession, typed } from "../member/forms.server";
import { INTRODUCTION_FIELDS, INTRODUCTION_SENT, IntroductionForm } from "../member/introduction-form";
import { verifiedForm } from "../session.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { areaOfExcellence } = await api.request(
    AreaOfExcellenceBySlugDocument,
    { slug: slugParam(params) },
    { request },
  );
  if (!areaOfExcellence) throw new Response(null, { status: 404 });
  return { aoe: areaOfExcellence };
}

/** Sends a request for an introduction to the contact, then shows the page again saying it went. */
export async function action({ params, request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const slug = slugParam(params);
  const message = typed(form, "message");
  try {
    await api.request(RequestIntroductionDocument, { input: { slug, message } }, { request });
  } catch (error) {
    return data({ message, problem: problemFrom(error, new Set(INTRODUCTION_FIELDS)) }, { status: 400 });
  }
  return redirect(`${aoePath(slug)}?${INTRODUCTION_SENT}#request-introduction`);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { aoe } = data;
  return pageMeta(matches, {
    title: `${aoe.title} at ${aoe.school.name}`,
    description: aoe.summary,
    path: aoePath(aoe.slug),
  });
};

export default function AreaOfExcellencePage() {
  const { aoe } = useLoaderData<typeof loader>();
  const labels = useLabels();
  const [search] = useSearchParams();
  const signInHere = useSignInHere();
  const failure = useActionData<typeof action>();
  return (
    <>
      <Breadcrumbs trail={[{ to: "/excellence", label: "Areas of Excellence" }]} current={aoe.title} />
      <div className="with-sidebar with-sidebar--end">
        <article>
          {search.get("proposed") && (
            <FormMessage tone="success">Thank you: your proposal is saved and waits for a hub moderator.</FormMessage>
          )}
          {aoe.status !== "VALIDATED" && (
            <p className="notice" role="note">
              {aoe.status === "PROPOSED"
                ? "A proposal: only its proposer, its contact and the school's hub moderators see it until a hub moderator validates it."
                : "Its recognition has lapsed: a hub moderator can validate it again."}
            </p>
          )}
          <p className="card__kind">Area of Excellence</p>
          <h1>{aoe.title}</h1>
          <p className="lead">
            At <Link to={schoolPath(aoe.school.urn)}>{aoe.school.name}</Link>, {aoe.school.localAuthority}
          </p>
          <p className="prose">{aoe.summary}</p>
          <h2>The evidence</h2>
          <div className="prose">
            {aoe.evidence.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>

          <section aria-labelledby="events">
            <h2 id="events">Upcoming events</h2>
            {aoe.viewerCanAddEvents && (
              <p>
                <Link className="button" to={newEventPath(aoe.slug)}>
                  Add an event for this Area of Excellence
                </Link>
              </p>
            )}
            {aoe.events.length === 0 ? (
              <p>No visits are planned just now. Contact {aoe.contact.name} to ask when you could see this practice.</p>
            ) : (
              <ul className="grid">
                {aoe.events.map((event) => (
                  <li key={event.slug}>
                    <EventCard event={event} />
                    <p>
                      <a href={eventCalendarPath(event.slug)} download>
                        Add &ldquo;{event.title}&rdquo; to your calendar (.ics)
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="resources">
            <h2 id="resources">Resources that show the practice</h2>
            {aoe.linkedResources.length === 0 ? (
              <p>The school has not linked any resources yet.</p>
            ) : (
              <CardGrid
                items={aoe.linkedResources}
                keyOf={(resource) => resource.slug}
                render={(resource) => <ResourceCard resource={resource} />}
              />
            )}
          </section>
        </article>

        <aside aria-label="About this Area of Excellence">
          <dl className="facts panel">
            <div>
              <dt>School</dt>
              <dd>
                <Link to={schoolPath(aoe.school.urn)}>{aoe.school.name}</Link>
              </dd>
            </div>
            <div>
              <dt>Phase</dt>
              <dd>{labels.phase(aoe.phase)}</dd>
            </div>
            <div>
              <dt>Region</dt>
              <dd>
                <Link to={listingPath("/excellence", { region: aoe.school.region })}>
                  {labels.region(aoe.school.region)}
                </Link>
              </dd>
            </div>
            <div>
              <dt>Recognised through</dt>
              <dd>
                {reviewKindLabels[aoe.sourceReview]},{" "}
                <time dateTime={aoe.reviewDate}>{formatDate(aoe.reviewDate)}</time>
              </dd>
            </div>
            {aoe.overallEstimate && (
              <div>
                <dt>Review&rsquo;s overall estimate</dt>
                <dd>{aoe.overallEstimate}</dd>
              </div>
            )}
            {aoe.expiresAt && (
              <div>
                <dt>Recognised until</dt>
                <dd>
                  <time dateTime={aoe.expiresAt}>{formatDate(aoe.expiresAt)}</time>
                </dd>
              </div>
            )}
            <div>
              <dt>Contact</dt>
              <dd>
                {aoe.contact.name}
                {aoe.contactJobTitle && <>, {aoe.contactJobTitle}</>}
              </dd>
              {aoe.contactEmail ? (
                <dd>
                  <a href={`mailto:${aoe.contactEmail}`}>{aoe.contactEmail}</a>
                </dd>
              ) : (
                <dd className="muted">
                  <Link to={signInHere}>Sign in</Link> to see contact details.
                </dd>
              )}
            </div>
          </dl>
          <IntroductionForm contactName={aoe.contact.name} failure={failure} />
          {aoe.viewerCanValidate && (
            <p>
              <Link to={aoeReviewPath}>Validate or renew Areas of Excellence</Link>
            </p>
          )}
          {aoe.themes.length > 0 && <h2>Themes</h2>}
          <Chips
            label="Themes"
            chips={aoe.themes.map((theme) => ({
              key: theme.slug,
              label: theme.name,
              to: listingPath("/excellence", { theme: theme.slug }),
            }))}
          />
          {aoe.ambitions.length > 0 && <h2>Shared ambitions</h2>}
          <Chips
            label="Shared ambitions"
            chips={aoe.ambitions.map((ambition) => ({
              key: ambition.slug,
              label: ambition.title,
              to: listingPath("/excellence", { ambition: ambition.slug }),
            }))}
          />
        </aside>
      </div>
    </>
  );
}
