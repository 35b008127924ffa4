import { NetworkBySlugDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import {
  AreaOfExcellenceCard,
  CardGrid,
  CollectionCard,
  EntitlementCard,
  EventCard,
  ResourceCard,
} from "../components/cards";
import * as api from "../graphql.server";
import { listingPath, networkCoveragePath, networkPath, resourcesPath, schoolPath } from "../paths";
import { rootDataFrom, useLabels } from "../root-data";
import { pageMeta } from "../seo";
import { networkKindLabels } from "../utils/labels";
import { slugParam } from "../params.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const data = await api.request(NetworkBySlugDocument, { slug: slugParam(params) }, { request });
  if (!data.network) throw new Response(null, { status: 404 });
  return {
    network: data.network,
    resources: data.resources,
    areasOfExcellence: data.areasOfExcellence,
    events: data.events.nodes,
    entitlements: data.curriculumEntitlements.nodes,
    collections: data.collections.nodes,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { network } = data;
  const url = `${rootDataFrom(matches)?.origin ?? ""}${networkPath(network.slug)}`;
  return pageMeta(matches, {
    title: network.name,
    description: network.description || `What ${network.name} shares: resources, events and curriculum.`,
    path: networkPath(network.slug),
    jsonLd: {
      "@type": "Organization",
      "@id": url,
      url,
      name: network.name,
      description: network.description,
      ...(network.parent ? { parentOrganization: { "@type": "Organization", name: network.parent.name } } : {}),
    },
  });
};

export default function NetworkPage() {
  const { network, resources, areasOfExcellence, events, entitlements, collections } = useLoaderData<typeof loader>();
  const labels = useLabels();
  return (
    <>
      <Breadcrumbs trail={[{ to: "/networks", label: "Networks" }]} current={network.name} />
      <p className="card__kind">
        {networkKindLabels[network.kind]}
        {network.region && <> · {labels.region(network.region)}</>}
      </p>
      <h1>{network.name}</h1>
      {network.description && <p className="lead">{network.description}</p>}
      {network.parent && (
        <p>
          Part of <Link to={networkPath(network.parent.slug)}>{network.parent.name}</Link>.
        </p>
      )}

      {network.ambitions.length > 0 && (
        <section aria-labelledby="ambitions">
          <h2 id="ambitions">Shared ambitions</h2>
          <ol className="ambitions">
            {network.ambitions.map((ambition) => (
              <li key={ambition.slug} className="card">
                <h3>{ambition.title}</h3>
                {ambition.description && <p>{ambition.description}</p>}
                <p className="card__meta">
                  {ambition.targetPercentage !== null && ambition.targetPercentage !== undefined
                    ? `${ambition.targetPercentage}% by ${ambition.targetYear}`
                    : `By ${ambition.targetYear}`}
                </p>
                <p>
                  <Link to={resourcesPath({ ambition: ambition.slug })}>Resources serving it</Link>
                  {" · "}
                  <Link to={listingPath("/excellence", { ambition: ambition.slug })}>Areas of Excellence</Link>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="resources">
        <div className="section-heading">
          <h2 id="resources">Resources</h2>
          {resources.totalCount > resources.nodes.length && (
            <Link to={resourcesPath({ network: network.slug })}>All {resources.totalCount} resources</Link>
          )}
        </div>
        {resources.nodes.length === 0 ? (
          <p>The network has not published any resources yet.</p>
        ) : (
          <CardGrid
            items={resources.nodes}
            keyOf={(resource) => resource.slug}
            render={(resource) => <ResourceCard resource={resource} />}
          />
        )}
        <p>
          <a href={`/feeds/networks/${encodeURIComponent(network.slug)}.atom`}>
            Atom feed of this network&rsquo;s new resources
          </a>
        </p>
      </section>

      {areasOfExcellence.nodes.length > 0 && (
        <section aria-labelledby="excellence">
          <div className="section-heading">
            <h2 id="excellence">Areas of Excellence at its schools</h2>
            {areasOfExcellence.totalCount > areasOfExcellence.nodes.length && (
              <Link to={listingPath("/excellence", { network: network.slug })}>
                All {areasOfExcellence.totalCount} Areas of Excellence
              </Link>
            )}
          </div>
          <CardGrid
            items={areasOfExcellence.nodes}
            keyOf={(aoe) => aoe.slug}
            render={(aoe) => <AreaOfExcellenceCard aoe={aoe} />}
          />
        </section>
      )}

      {collections.length > 0 && (
        <section aria-labelledby="collections">
          <h2 id="collections">Collections</h2>
          <CardGrid
            items={collections}
            keyOf={(collection) => collection.slug}
            render={(collection) => <CollectionCard collection={collection} />}
          />
        </section>
      )}

      {events.length > 0 && (
        <section aria-labelledby="events">
          <h2 id="events">Upcoming events</h2>
          <CardGrid items={events} keyOf={(event) => event.slug} render={(event) => <EventCard event={event} />} />
        </section>
      )}

      {entitlements.length > 0 && (
        <section aria-labelledby="curriculum">
          <div className="section-heading">
            <h2 id="curriculum">Curriculum entitlements</h2>
            <Link to={networkCoveragePath(network.slug)}>Which schools teach which version</Link>
          </div>
          <CardGrid
            items={entitlements}
            keyOf={(entitlement) => entitlement.slug}
            render={(entitlement) => <EntitlementCard entitlement={entitlement} />}
          />
        </section>
      )}

      {network.schools.nodes.length > 0 && (
        <section aria-labelledby="schools">
          <h2 id="schools">Schools ({network.schools.totalCount})</h2>
          <ul>
            {network.schools.nodes.map((school) => (
              <li key={school.urn}>
                <Link to={schoolPath(school.urn)}>{school.name}</Link>{" "}
                <span className="muted">({labels.phase(school.phase).toLowerCase()})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {network.partners.length > 0 && (
        <section aria-labelledby="partners">
          <h2 id="partners">Partner networks</h2>
          <ul>
            {network.partners.map((partner) => (
              <li key={partner.slug}>
                <Link to={networkPath(partner.slug)}>{partner.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
