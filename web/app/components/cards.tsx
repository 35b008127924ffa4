import type {
  AreaOfExcellenceCardFragment,
  CollectionCardFragment,
  EntitlementCardFragment,
  EventCardFragment,
  NetworkCardFragment,
  ResourceCardFragment,
  SchoolCardFragment,
} from "@hub/schema";
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

import { aoePath, collectionPath, entitlementPath, eventPath, networkPath, resourcePath, schoolPath } from "../paths";
import { formatDate, formatEventTime } from "../utils/dates";
import {
  entitlementStatusLabels,
  eventKindLabels,
  eventModeLabels,
  networkKindLabels,
  resourceTypeLabels,
} from "../utils/labels";
import { useLabels } from "../root-data";
import { hasPlaceLimit, isFull, placesSummary } from "../utils/places";
import { plainExcerpt } from "../utils/text";
import { LicenceBadge } from "./badges";
import { Thumbnail } from "./thumbnail";

/** Heading level for card titles, so cards sit correctly under the section that lists them. */
type Level = 2 | 3;

/** A search hit's title and passage with the matches marked, shown in place of the plain ones. */
export interface CardHighlight {
  readonly title: ReactNode;
  readonly snippet: ReactNode;
  /** The address the title links to instead of the card's own (search links through `/search/open`). */
  readonly linkVia?: (to: string) => string;
}

interface CardProps {
  readonly level?: Level;
  readonly highlight?: CardHighlight;
}

function Title({
  level,
  to,
  highlight,
  children,
}: {
  level: Level;
  to: string;
  highlight: CardHighlight | undefined;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Heading>
      <Link to={highlight?.linkVia ? highlight.linkVia(to) : to}>{children}</Link>
    </Heading>
  );
}

export function ResourceCard({ resource, level = 3, highlight }: CardProps & { resource: ResourceCardFragment }) {
  return (
    <article className="card">
      {resource.thumbnail && <Thumbnail attachment={resource.thumbnail} className="card__thumbnail" />}
      <p className="card__kind">{resourceTypeLabels[resource.type]}</p>
      <Title level={level} highlight={highlight} to={resourcePath(resource.slug)}>
        {highlight?.title ?? resource.title}
      </Title>
      <p>{highlight?.snippet ?? resource.summary}</p>
      <p className="card__meta">
        {resource.owningNetwork && <>{resource.owningNetwork.name} · </>}
        {resource.publishedAt ? (
          <>
            Published <time dateTime={resource.publishedAt}>{formatDate(resource.publishedAt)}</time>
          </>
        ) : (
          <>
            Updated <time dateTime={resource.updatedAt}>{formatDate(resource.updatedAt)}</time>
          </>
        )}
      </p>
      <p>
        <LicenceBadge licence={resource.licence} label={resource.licenceLabel} />
      </p>
    </article>
  );
}

export function AreaOfExcellenceCard({ aoe, level = 3, highlight }: CardProps & { aoe: AreaOfExcellenceCardFragment }) {
  const labels = useLabels();
  return (
    <article className="card">
      <p className="card__kind">Area of Excellence</p>
      <Title level={level} highlight={highlight} to={aoePath(aoe.slug)}>
        {highlight?.title ?? aoe.title}
      </Title>
      <p>{highlight?.snippet ?? aoe.summary}</p>
      <p className="card__meta">
        {aoe.school.name} · {labels.phase(aoe.phase)} · {labels.region(aoe.school.region)}
      </p>
    </article>
  );
}

export function EventCard({ event, level = 3, highlight }: CardProps & { event: EventCardFragment }) {
  const host = event.hostSchool?.name ?? event.hostNetwork?.name;
  return (
    <article className="card">
      <p className="card__kind">{eventKindLabels[event.kind]}</p>
      <Title level={level} highlight={highlight} to={eventPath(event.slug)}>
        {highlight?.title ?? event.title}
      </Title>
      {highlight && <p>{highlight.snippet}</p>}
      <p>
        <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt)}</time>
      </p>
      <p className="card__meta">
        {eventModeLabels[event.mode]}
        {event.venue && <> · {event.venue}</>}
        {host && <> · hosted by {host}</>}
      </p>
      {(hasPlaceLimit(event) || !event.registrationOpen) && (
        <p>
          <span className={isFull(event) ? "badge badge--status" : "badge"}>{placesSummary(event)}</span>
        </p>
      )}
    </article>
  );
}

export function EntitlementCard({
  entitlement,
  level = 3,
  highlight,
}: CardProps & { entitlement: EntitlementCardFragment }) {
  const labels = useLabels();
  return (
    <article className="card">
      <p className="card__kind">
        {entitlement.subject.name} · {labels.keyStage(entitlement.keyStage)}
      </p>
      <Title level={level} highlight={highlight} to={entitlementPath(entitlement.slug)}>
        {highlight?.title ?? entitlement.title}
      </Title>
      {highlight && <p>{highlight.snippet}</p>}
      <p className="card__meta">
        Version {entitlement.version}, {entitlementStatusLabels[entitlement.status].toLowerCase()}
        {entitlement.agreedAt && (
          <>
            {" "}
            on <time dateTime={entitlement.agreedAt}>{formatDate(entitlement.agreedAt)}</time>
          </>
        )}{" "}
        · {entitlement.network.name}
      </p>
    </article>
  );
}

export function SchoolCard({ school, level = 3, highlight }: CardProps & { school: SchoolCardFragment }) {
  const labels = useLabels();
  return (
    <article className="card">
      <p className="card__kind">School</p>
      <Title level={level} highlight={highlight} to={schoolPath(school.urn)}>
        {highlight?.title ?? school.name}
      </Title>
      <p className="card__meta">
        {labels.phase(school.phase)} · {school.localAuthority} · {labels.region(school.region)} · URN {school.urn}
      </p>
    </article>
  );
}

export function NetworkCard({ network, level = 3, highlight }: CardProps & { network: NetworkCardFragment }) {
  const labels = useLabels();
  return (
    <article className="card">
      <p className="card__kind">{networkKindLabels[network.networkKind]}</p>
      <Title level={level} highlight={highlight} to={networkPath(network.slug)}>
        {highlight?.title ?? network.name}
      </Title>
      {(highlight?.snippet ?? network.description) && <p>{highlight?.snippet ?? network.description}</p>}
      {network.networkRegion && <p className="card__meta">{labels.region(network.networkRegion)}</p>}
    </article>
  );
}

export function CollectionCard({
  collection,
  level = 3,
  highlight,
}: CardProps & { collection: CollectionCardFragment }) {
  const curator = collection.owningNetwork?.name ?? collection.owner?.name;
  const count = collection.items.totalCount;
  const excerpt = plainExcerpt(collection.description);
  return (
    <article className="card">
      <p className="card__kind">Collection</p>
      <Title level={level} highlight={highlight} to={collectionPath(collection.slug)}>
        {highlight?.title ?? collection.title}
      </Title>
      {(highlight?.snippet ?? excerpt) && <p>{highlight?.snippet ?? excerpt}</p>}
      <p className="card__meta">
        {count === 1 ? "1 resource" : `${count} resources`}
        {curator && <> · curated by {curator}</>}
      </p>
    </article>
  );
}

/** A responsive grid of cards, as a list so screen readers announce how many there are. */
export function CardGrid<T>({
  items,
  keyOf,
  render,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => JSX.Element;
}) {
  return (
    <ul className="grid">
      {items.map((item) => (
        <li key={keyOf(item)}>{render(item)}</li>
      ))}
    </ul>
  );
}
