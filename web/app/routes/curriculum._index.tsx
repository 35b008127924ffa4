import { CurriculumEntitlementsDocument, type EntitlementCardFragment, type KeyStage } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CardGrid, EntitlementCard } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { describeFilters, FilterForm, type FilterField } from "../components/filter-form";
import { slugOptions } from "../components/forms";
import { Pager } from "../components/pager";
import * as api from "../graphql.server";
import { cursorFrom, loadListing, param } from "../listing.server";
import { useVocabulary } from "../root-data";
import { listingMetaPath, pageMeta } from "../seo";

const PAGE_SIZE = 60;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filter = {
    status: "AGREED" as const,
    subjectSlug: param(url, "subject"),
    keyStage: param(url, "keyStage") as KeyStage | null,
  };
  const { curriculumEntitlements } = await loadListing(request, "the curriculum page", () =>
    api.request(CurriculumEntitlementsDocument, { first: PAGE_SIZE, after: cursorFrom(request), filter }, { request }),
  );
  return { entitlements: curriculumEntitlements };
}

function useFilterFields(): FilterField[] {
  const { subjects, taxonomy } = useVocabulary();
  return [
    { name: "subject", label: "Subject", options: slugOptions(subjects) },
    { name: "keyStage", label: "Key stage", options: taxonomy.keyStages },
  ];
}

export const meta: MetaFunction<typeof loader> = ({ matches, location }) => {
  return pageMeta(matches, {
    title: "Curriculum",
    description:
      "Curriculum entitlements agreed by subject networks: the units every pupil is entitled to, by year and term.",
    path: listingMetaPath("/curriculum", location.search),
  });
};

/** Entitlements under their subject, subjects in the order the API gives (curriculum order). */
function bySubject(entitlements: readonly EntitlementCardFragment[]) {
  const groups = new Map<string, { name: string; items: EntitlementCardFragment[] }>();
  for (const entitlement of entitlements) {
    const group = groups.get(entitlement.subject.slug) ?? { name: entitlement.subject.name, items: [] };
    group.items.push(entitlement);
    groups.set(entitlement.subject.slug, group);
  }
  return [...groups.entries()];
}

export default function Curriculum() {
  const { entitlements } = useLoaderData<typeof loader>();
  const fields = useFilterFields();
  const filters = describeFilters(fields, new URLSearchParams(useLocation().search));
  return (
    <>
      <Breadcrumbs trail={[]} current="Curriculum" />
      <h1>Curriculum{filters && <span className="muted">: {filters}</span>}</h1>
      <p className="lead">
        What subject networks have agreed every pupil is entitled to learn: an ordered set of units for each year and
        term, with the knowledge and skills each one builds.
      </p>
      <div className="with-sidebar">
        <FilterForm action="/curriculum" fields={fields} label="Filter curriculum entitlements" />
        <section aria-label="Results">
          {entitlements.nodes.length === 0 ? (
            <EmptyState>
              <p>No agreed entitlements match these filters.</p>
            </EmptyState>
          ) : (
            bySubject(entitlements.nodes).map(([slug, group]) => (
              <section key={slug} aria-labelledby={`subject-${slug}`}>
                <h2 id={`subject-${slug}`}>{group.name}</h2>
                <CardGrid
                  items={group.items}
                  keyOf={(entitlement) => entitlement.slug}
                  render={(entitlement) => <EntitlementCard entitlement={entitlement} />}
                />
              </section>
            ))
          )}
          <Pager endCursor={entitlements.pageInfo.endCursor} hasNextPage={entitlements.pageInfo.hasNextPage} />
        </section>
      </div>
    </>
  );
}
