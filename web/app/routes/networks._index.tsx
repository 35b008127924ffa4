import { NetworkDirectoryDocument, type NetworkKind, type Region } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CardGrid, NetworkCard } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { describeFilters, FilterForm, type FilterField } from "../components/filter-form";
import { optionsFrom } from "../components/forms";
import { Pager } from "../components/pager";
import * as api from "../graphql.server";
import { cursorFrom, loadListing, param, textParam } from "../listing.server";
import { useVocabulary } from "../root-data";
import { listingMetaPath, pageMeta } from "../seo";
import { networkKindLabels } from "../utils/labels";

const PAGE_SIZE = 24;
const SEARCH = { name: "q", label: "Network name" };

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const variables = {
    first: PAGE_SIZE,
    after: cursorFrom(request),
    query: textParam(url, SEARCH.name),
    kind: param(url, "kind") as NetworkKind | null,
    region: param(url, "region") as Region | null,
  };
  const { networks } = await loadListing(request, "the network directory", () =>
    api.request(NetworkDirectoryDocument, variables, { request }),
  );
  return { networks };
}

function useFilterFields(): FilterField[] {
  const { taxonomy } = useVocabulary();
  return [
    { name: "kind", label: "Kind of network", options: optionsFrom(networkKindLabels) },
    { name: "region", label: "Region", options: taxonomy.regions },
  ];
}

export const meta: MetaFunction<typeof loader> = ({ matches, location }) =>
  pageMeta(matches, {
    title: "Networks",
    description: "Hubs, trusts, subject networks and other groups of schools that share their work on the hub.",
    path: listingMetaPath("/networks", location.search),
  });

export default function NetworkDirectory() {
  const { networks } = useLoaderData<typeof loader>();
  const fields = useFilterFields();
  const filters = describeFilters(fields, new URLSearchParams(useLocation().search));
  const total = networks.totalCount;
  return (
    <>
      <Breadcrumbs trail={[]} current="Networks" />
      <h1>Networks{filters && <span className="muted">: {filters}</span>}</h1>
      <p className="lead">
        Hubs, trusts, subject networks and partnerships of schools. A network&rsquo;s page shows its schools, what it
        shares and the Areas of Excellence of its schools.
      </p>
      <div className="with-sidebar">
        <FilterForm action="/networks" fields={fields} label="Find networks" search={SEARCH} />
        <section aria-label="Results">
          <p className="muted" role="status">
            {total === 1 ? "1 network" : `${total.toLocaleString("en-GB")} networks`}
          </p>
          {networks.nodes.length === 0 ? (
            <EmptyState>
              <p>No networks match these filters.</p>
              <p>Check the spelling of the name, or choose any kind or region: many networks are national.</p>
            </EmptyState>
          ) : (
            <CardGrid
              items={networks.nodes}
              keyOf={(network) => network.slug}
              render={(network) => <NetworkCard network={network} level={2} />}
            />
          )}
          <Pager endCursor={networks.pageInfo.endCursor} hasNextPage={networks.pageInfo.hasNextPage} />
        </section>
      </div>
    </>
  );
}
