import { LibraryResourcesDocument, type KeyStage, type Licence, type Phase, type ResourceType } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CardGrid, ResourceCard } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { ambitionOptions, describeFilters, FilterForm, type FilterField } from "../components/filter-form";
import { optionsFrom, slugOptions } from "../components/forms";
import { Pager } from "../components/pager";
import * as api from "../graphql.server";
import { cursorFrom, loadListing, param } from "../listing.server";
import { useVocabulary } from "../root-data";
import { listingMetaPath, pageMeta } from "../seo";
import { licenceShortLabels, resourceTypeLabels } from "../utils/labels";

const PAGE_SIZE = 24;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const after = cursorFrom(request);
  // Enum values pass through as typed; the API rejects unknown ones and loadListing explains.
  const filter = {
    networkSlug: param(url, "network"),
    subjectSlug: param(url, "subject"),
    themeSlug: param(url, "theme"),
    phase: param(url, "phase") as Phase | null,
    keyStage: param(url, "keyStage") as KeyStage | null,
    type: param(url, "type") as ResourceType | null,
    licence: param(url, "licence") as Licence | null,
    ambitionSlug: param(url, "ambition"),
  };
  const { resources } = await loadListing(request, "the resources page", () =>
    api.request(LibraryResourcesDocument, { first: PAGE_SIZE, after, filter }, { request }),
  );
  return { resources };
}

function useFilterFields(): FilterField[] {
  const { subjects, themes, taxonomy } = useVocabulary();
  return [
    { name: "subject", label: "Subject", options: slugOptions(subjects) },
    { name: "phase", label: "Phase", options: taxonomy.phases },
    { name: "keyStage", label: "Key stage", options: taxonomy.keyStages },
    { name: "theme", label: "Theme", options: slugOptions(themes) },
    { name: "type", label: "Type", options: optionsFrom(resourceTypeLabels) },
    { name: "licence", label: "Licence", options: optionsFrom(licenceShortLabels) },
    { name: "ambition", label: "Shared ambition", options: ambitionOptions(taxonomy.ambitions) },
  ];
}

export const meta: MetaFunction<typeof loader> = ({ matches, location }) => {
  return pageMeta(matches, {
    title: "Resources",
    description: "Guides, toolkits, case studies and curriculum maps shared openly by England's school networks.",
    path: listingMetaPath("/resources", location.search),
  });
};

export default function Resources() {
  const { resources } = useLoaderData<typeof loader>();
  const fields = useFilterFields();
  const location = useLocation();
  const filters = describeFilters(fields, new URLSearchParams(location.search));
  const count = resources.totalCount === 1 ? "1 resource" : `${resources.totalCount.toLocaleString("en-GB")} resources`;

  return (
    <>
      <Breadcrumbs trail={[]} current="Resources" />
      <h1>Resources{filters && <span className="muted">: {filters}</span>}</h1>
      <div className="with-sidebar">
        <FilterForm action="/resources" fields={fields} label="Filter resources" keep={["network"]} />
        <section aria-label="Results">
          <p className="muted" role="status">
            {count}, newest first
          </p>
          {resources.nodes.length === 0 ? (
            <EmptyState>
              <p>No resources match these filters.</p>
              <p>Try removing a filter, or choose &ldquo;Any&rdquo; for one of them.</p>
            </EmptyState>
          ) : (
            <CardGrid
              items={resources.nodes}
              keyOf={(resource) => resource.slug}
              render={(resource) => <ResourceCard resource={resource} level={2} />}
            />
          )}
          <Pager endCursor={resources.pageInfo.endCursor} hasNextPage={resources.pageInfo.hasNextPage} />
        </section>
      </div>
    </>
  );
}
