import { SchoolDirectoryDocument, type Phase, type Region } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CardGrid, SchoolCard } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { describeFilters, FilterForm, type FilterField } from "../components/filter-form";
import { Pager } from "../components/pager";
import * as api from "../graphql.server";
import { cursorFrom, loadListing, param, textParam } from "../listing.server";
import { useVocabulary } from "../root-data";
import { listingMetaPath, pageMeta } from "../seo";

const PAGE_SIZE = 24;
const SEARCH = { name: "q", label: "School name, URN or local authority" };

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filter = {
    query: textParam(url, SEARCH.name),
    phase: param(url, "phase") as Phase | null,
    region: param(url, "region") as Region | null,
    localAuthority: textParam(url, "authority"),
  };
  const { schools, localAuthorities } = await loadListing(request, "the school directory", () =>
    api.request(SchoolDirectoryDocument, { first: PAGE_SIZE, after: cursorFrom(request), filter }, { request }),
  );
  return { schools, localAuthorities };
}

function useFilterFields(localAuthorities: readonly string[]): FilterField[] {
  const { taxonomy } = useVocabulary();
  return [
    { name: "phase", label: "Phase", options: taxonomy.phases },
    { name: "region", label: "Region", options: taxonomy.regions },
    {
      name: "authority",
      label: "Local authority",
      options: localAuthorities.map((name) => ({ value: name, label: name })),
    },
  ];
}

export const meta: MetaFunction<typeof loader> = ({ matches, location }) =>
  pageMeta(matches, {
    title: "Schools",
    description: "The schools on the hub, with their networks, Areas of Excellence, events and resources.",
    path: listingMetaPath("/schools", location.search),
  });

export default function SchoolDirectory() {
  const { schools, localAuthorities } = useLoaderData<typeof loader>();
  const fields = useFilterFields(localAuthorities);
  const filters = describeFilters(fields, new URLSearchParams(useLocation().search));
  const total = schools.totalCount;
  return (
    <>
      <Breadcrumbs trail={[]} current="Schools" />
      <h1>Schools{filters && <span className="muted">: {filters}</span>}</h1>
      <p className="lead">
        The schools that share their practice on the hub. Each school&rsquo;s page shows its networks, its Areas of
        Excellence, the events it hosts and the resources it has published.
      </p>
      <div className="with-sidebar">
        <FilterForm action="/schools" fields={fields} label="Find schools" search={SEARCH} />
        <section aria-label="Results">
          <p className="muted" role="status">
            {total === 1 ? "1 school" : `${total.toLocaleString("en-GB")} schools`}
          </p>
          {schools.nodes.length === 0 ? (
            <EmptyState>
              <p>No schools match these filters.</p>
              <p>Check the spelling of the name, or choose a wider region or any phase.</p>
            </EmptyState>
          ) : (
            <CardGrid
              items={schools.nodes}
              keyOf={(school) => school.urn}
              render={(school) => <SchoolCard school={school} level={2} />}
            />
          )}
          <Pager endCursor={schools.pageInfo.endCursor} hasNextPage={schools.pageInfo.hasNextPage} />
        </section>
      </div>
    </>
  );
}
