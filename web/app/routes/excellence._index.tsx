import { AreasOfExcellenceDocument, type Phase, type Region } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { AreaOfExcellenceCard, CardGrid } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { ambitionOptions, describeFilters, FilterForm, type FilterField } from "../components/filter-form";
import { slugOptions } from "../components/forms";
import { Pager } from "../components/pager";
import * as api from "../graphql.server";
import { cursorFrom, loadListing, param } from "../listing.server";
import { useVocabulary } from "../root-data";
import { listingMetaPath, pageMeta } from "../seo";

const PAGE_SIZE = 24;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filter = {
    status: "VALIDATED" as const,
    themeSlug: param(url, "theme"),
    phase: param(url, "phase") as Phase | null,
    region: param(url, "region") as Region | null,
    ambitionSlug: param(url, "ambition"),
    networkSlug: param(url, "network"),
  };
  const { areasOfExcellence, networks } = await loadListing(request, "the Areas of Excellence page", () =>
    api.request(AreasOfExcellenceDocument, { first: PAGE_SIZE, after: cursorFrom(request), filter }, { request }),
  );
  return { areasOfExcellence, networks: networks.nodes };
}

function useFilterFields(networks: ReadonlyArray<{ slug: string; name: string }>): FilterField[] {
  const { themes, taxonomy } = useVocabulary();
  return [
    { name: "theme", label: "Theme", options: slugOptions(themes) },
    { name: "phase", label: "Phase", options: taxonomy.phases },
    { name: "region", label: "Region", options: taxonomy.regions },
    { name: "ambition", label: "Shared ambition", options: ambitionOptions(taxonomy.ambitions) },
    { name: "network", label: "Hub or network", options: slugOptions(networks) },
  ];
}

export const meta: MetaFunction<typeof loader> = ({ matches, location }) => {
  return pageMeta(matches, {
    title: "Areas of Excellence",
    description: "Schools recognised through peer review for a particular strength, with someone to contact.",
    path: listingMetaPath("/excellence", location.search),
  });
};

export default function AreasOfExcellence() {
  const { areasOfExcellence, networks } = useLoaderData<typeof loader>();
  const fields = useFilterFields(networks);
  const filters = describeFilters(fields, new URLSearchParams(useLocation().search));
  const total = areasOfExcellence.totalCount;
  return (
    <>
      <Breadcrumbs trail={[]} current="Areas of Excellence" />
      <h1>Areas of Excellence{filters && <span className="muted">: {filters}</span>}</h1>
      <p className="lead">
        Strengths of particular schools, recognised through a peer quality assurance review. Find a school that is
        strong at what you want to improve, see the evidence, and visit one of its events.
      </p>
      <div className="with-sidebar">
        <FilterForm action="/excellence" fields={fields} label="Filter Areas of Excellence" />
        <section aria-label="Results">
          <p className="muted" role="status">
            {total === 1 ? "1 Area of Excellence" : `${total.toLocaleString("en-GB")} Areas of Excellence`}
          </p>
          {areasOfExcellence.nodes.length === 0 ? (
            <EmptyState>
              <p>No Areas of Excellence match these filters.</p>
              <p>Try another region or phase: many schools welcome visitors from further afield.</p>
            </EmptyState>
          ) : (
            <CardGrid
              items={areasOfExcellence.nodes}
              keyOf={(aoe) => aoe.slug}
              render={(aoe) => <AreaOfExcellenceCard aoe={aoe} level={2} />}
            />
          )}
          <Pager
            endCursor={areasOfExcellence.pageInfo.endCursor}
            hasNextPage={areasOfExcellence.pageInfo.hasNextPage}
          />
        </section>
      </div>
    </>
  );
}
