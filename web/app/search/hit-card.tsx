import type { SiteSearchQuery } from "@hub/schema";

import {
  AreaOfExcellenceCard,
  CollectionCard,
  EntitlementCard,
  EventCard,
  NetworkCard,
  ResourceCard,
  SchoolCard,
  type CardHighlight,
} from "../components/cards";
import { Highlighted } from "../components/highlighted";
import { searchResultOpenPath } from "../paths";

export type SearchHit = SiteSearchQuery["search"]["nodes"][number];

/**
 * A search hit as the card its kind has everywhere else, with the matches in its title and passage
 * marked. With the search's reference, its title links through `/search/open`, which tells search
 * demand a result was opened and redirects to the page (a plain link: no JavaScript needed).
 */
export function SearchHitCard({ hit, searchRef }: { readonly hit: SearchHit; readonly searchRef: string | null }) {
  const highlight: CardHighlight = {
    title: <Highlighted value={hit.title} />,
    snippet: hit.snippet.text ? <Highlighted value={hit.snippet} /> : null,
    linkVia: searchRef ? (to) => searchResultOpenPath(searchRef, to) : undefined,
  };
  const { node } = hit;
  switch (node.__typename) {
    case "Resource":
      return <ResourceCard resource={node} level={2} highlight={highlight} />;
    case "AreaOfExcellence":
      return <AreaOfExcellenceCard aoe={node} level={2} highlight={highlight} />;
    case "CurriculumEntitlement":
      return <EntitlementCard entitlement={node} level={2} highlight={highlight} />;
    case "Event":
      return <EventCard event={node} level={2} highlight={highlight} />;
    case "School":
      return <SchoolCard school={node} level={2} highlight={highlight} />;
    case "Network":
      return <NetworkCard network={node} level={2} highlight={highlight} />;
    case "Collection":
      return <CollectionCard collection={node} level={2} highlight={highlight} />;
  }
}

/** A stable key for a hit in a list. */
export function hitKey(hit: SearchHit): string {
  const { node } = hit;
  switch (node.__typename) {
    case "School":
      return `School:${node.urn}`;
    // Search finds every version of an entitlement, all under one slug.
    case "CurriculumEntitlement":
      return `CurriculumEntitlement:${node.slug}:${node.version}`;
    default:
      return `${node.__typename}:${node.slug}`;
  }
}
