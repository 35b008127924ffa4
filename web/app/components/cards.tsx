import type {
  AreaOfExcellenceCardFragment,
  EntitlementCardFragment,
  EventCardFragment,
  ResourceCardFragment,
} from "@hub/schema";
import { Link } from "@remix-run/react";

import { aoePath, entitlementPath, eventPath, resourcePath } from "../paths";
import { formatDate, formatEventTime } from "../utils/dates";
import { entitlementStatusLabels, eventKindLabels, eventModeLabels, resourceTypeLabels } from "../utils/labels";
import { useLabels } from "../root-data";
import { LicenceBadge } from "./badges";

/** Heading level for card titles, so cards sit correctly under the section that lists them. */
type Level = 2 | 3;

function Title({ level, to, children }: { level: Level; to: string; children: string }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Heading>
      <Link to={to}>{children}</Link>
    </Heading>
  );
}

export function ResourceCard({ resource, level = 3 }: { resource: ResourceCardFragment; level?: Level }) {
  return (
    <article className="card">
      <p className="card__kind">{resourceTypeLabels[resource.type]}</p>
      <Title level={level} to={resourcePath(resource.slug)}>
        {resource.title}
      </Title>
      <p>{resource.summary}</p>
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

export function AreaOfExcellenceCard({ aoe, level = 3 }: { aoe: AreaOfExcellenceCardFragment; level?: Level }) {
  const labels = useLabels();
  return (
    <article className="card">
      <p className="card__kind">Area of Excellence</p>
      <Title level={level} to={aoePath(aoe.slug)}>
        {aoe.title}
      </Title>
      <p>{aoe.summary}</p>
      <p className="card__meta">
        {aoe.school.name} · {labels.phase(aoe.phase)} · {labels.region(aoe.school.region)}
      </p>
    </article>
  );
}

export function EventCard({ event, level = 3 }: { event: EventCardFragment; level?: Level }) {
  const host = event.hostSchool?.name ?? event.hostNetwork?.name;
  return (
    <article className="card">
      <p className="card__kind">{eventKindLabels[event.kind]}</p>
      <Title level={level} to={eventPath(event.slug)}>
        {event.title}
      </Title>
      <p>
        <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt)}</time>
      </p>
      <p className="card__meta">
        {eventModeLabels[event.mode]}
        {event.venue && <> · {event.venue}</>}
        {host && <> · hosted by {host}</>}
      </p>
    </article>
  );
}

export function EntitlementCard({ entitlement, level = 3 }: { entitlement: EntitlementCardFragment; level?: Level }) {
  const labels = useLabels();
  return (
    <article className="card">
      <p className="card__kind">
        {entitlement.subject.name} · {labels.keyStage(entitlement.keyStage)}
      </p>
      <Title level={level} to={entitlementPath(entitlement.slug)}>
        {entitlement.title}
      </Title>
      <p className="card__meta">
        Version {entitlement.version}, {entitlementStatusLabels[entitlement.status].toLowerCase()}
        {entitlement.agreedAt && (
          <>
            {" "}
            on <time dateTime={entitlement.agreedAt}>{formatDate(entitlement.agreedAt)}</time>
          </>
        )}{" "}
        · {entitlement.owningNetwork.name}
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
