import { EventsDocument, type EventKind } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CardGrid, EventCard } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { describeFilters, FilterForm, type FilterField } from "../components/filter-form";
import { optionsFrom } from "../components/forms";
import { Pager } from "../components/pager";
import * as api from "../graphql.server";
import { cursorFrom, loadListing, param } from "../listing.server";
import { pageMeta } from "../seo";
import { eventKindLabels } from "../utils/labels";

const PAGE_SIZE = 24;
const FIELDS: FilterField[] = [{ name: "kind", label: "Kind of event", options: optionsFrom(eventKindLabels) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filter = { upcoming: true, kind: param(url, "kind") as EventKind | null };
  const { events } = await loadListing(request, "the events page", () =>
    api.request(EventsDocument, { first: PAGE_SIZE, after: cursorFrom(request), filter }, { request }),
  );
  return { events };
}

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  pageMeta(matches, {
    title: "Events",
    description: "Best-practice visits, Teach Meets, conferences and leadership days hosted by schools and networks.",
    path: "/events",
  });

export default function Events() {
  const { events } = useLoaderData<typeof loader>();
  const filters = describeFilters(FIELDS, new URLSearchParams(useLocation().search));
  return (
    <>
      <Breadcrumbs trail={[]} current="Events" />
      <h1>Upcoming events{filters && <span className="muted">: {filters}</span>}</h1>
      <p className="lead">
        Visit a school to see its practice, or meet colleagues from other schools at a Teach Meet, conference or
        leadership day. Soonest first.
      </p>
      <div className="with-sidebar">
        <FilterForm action="/events" fields={FIELDS} label="Filter events" />
        <section aria-label="Results">
          {events.nodes.length === 0 ? (
            <EmptyState>
              <p>No upcoming events match.</p>
              <p>Areas of Excellence name a contact who can tell you about future visits.</p>
            </EmptyState>
          ) : (
            <CardGrid
              items={events.nodes}
              keyOf={(event) => event.slug}
              render={(event) => <EventCard event={event} level={2} />}
            />
          )}
          <Pager endCursor={events.pageInfo.endCursor} hasNextPage={events.pageInfo.hasNextPage} />
        </section>
      </div>
    </>
  );
}
