import { SchoolByUrnDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { AreaOfExcellenceCard, CardGrid, EventCard, ResourceCard } from "../components/cards";
import * as api from "../graphql.server";
import { networkPath, schoolPath } from "../paths";
import { labelsFor, rootDataFrom, useLabels } from "../root-data";
import { pageMeta } from "../seo";
import { networkKindLabels } from "../utils/labels";
import { routeParam } from "../params.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const urn = routeParam(params, "urn", "urn");
  const data = await api.request(SchoolByUrnDocument, { urn }, { request });
  if (!data.school) throw new Response(null, { status: 404 });
  return {
    school: data.school,
    areasOfExcellence: data.areasOfExcellence.nodes,
    events: data.events.nodes,
    resources: data.resources,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { school } = data;
  const root = rootDataFrom(matches);
  const labels = labelsFor(root?.vocabulary.taxonomy);
  const url = `${root?.origin ?? ""}${schoolPath(school.urn)}`;
  return pageMeta(matches, {
    title: school.name,
    description: `${school.name}, a ${labels.phase(school.phase).toLowerCase()} school in ${school.localAuthority}: its Areas of Excellence, events and networks.`,
    path: schoolPath(school.urn),
    jsonLd: {
      "@type": ["School", "EducationalOrganization"],
      "@id": url,
      url,
      name: school.name,
      identifier: { "@type": "PropertyValue", propertyID: "URN", value: school.urn },
      address: {
        "@type": "PostalAddress",
        addressRegion: labels.region(school.region),
        addressLocality: school.localAuthority,
        ...(school.postcode ? { postalCode: school.postcode } : {}),
        addressCountry: "GB",
      },
      memberOf: school.networks.map((network) => ({ "@type": "Organization", name: network.name })),
    },
  });
};

export default function SchoolPage() {
  const { school, areasOfExcellence, events, resources } = useLoaderData<typeof loader>();
  const labels = useLabels();
  return (
    <>
      <Breadcrumbs trail={[{ to: "/schools", label: "Schools" }]} current={school.name} />
      <h1>{school.name}</h1>
      <dl className="facts panel">
        <div>
          <dt>Phase</dt>
          <dd>{labels.phase(school.phase)}</dd>
        </div>
        <div>
          <dt>Local authority</dt>
          <dd>
            {school.localAuthority}, {labels.region(school.region)}
          </dd>
        </div>
        <div>
          <dt>URN</dt>
          <dd>{school.urn}</dd>
        </div>
      </dl>

      <section aria-labelledby="aoes">
        <h2 id="aoes">Areas of Excellence</h2>
        {areasOfExcellence.length === 0 ? (
          <p>This school has no recognised Areas of Excellence yet.</p>
        ) : (
          <CardGrid
            items={areasOfExcellence}
            keyOf={(aoe) => aoe.slug}
            render={(aoe) => <AreaOfExcellenceCard aoe={aoe} />}
          />
        )}
      </section>

      <section aria-labelledby="events">
        <h2 id="events">Upcoming events</h2>
        {events.length === 0 ? (
          <p>The school is not hosting any events just now.</p>
        ) : (
          <CardGrid items={events} keyOf={(event) => event.slug} render={(event) => <EventCard event={event} />} />
        )}
      </section>

      <section aria-labelledby="resources">
        <h2 id="resources">Resources</h2>
        {resources.nodes.length === 0 ? (
          <p>The school has not published any resources on the hub yet.</p>
        ) : (
          <CardGrid
            items={resources.nodes}
            keyOf={(resource) => resource.slug}
            render={(resource) => <ResourceCard resource={resource} />}
          />
        )}
        {resources.totalCount > resources.nodes.length && (
          <p className="muted">
            Showing {resources.nodes.length} of the {resources.totalCount} resources from this school.
          </p>
        )}
      </section>

      <section aria-labelledby="networks">
        <h2 id="networks">Networks</h2>
        {school.networks.length === 0 ? (
          <p>The school is not in any network on the hub.</p>
        ) : (
          <ul>
            {school.networks.map((network) => (
              <li key={network.slug}>
                <Link to={networkPath(network.slug)}>{network.name}</Link>{" "}
                <span className="muted">({networkKindLabels[network.kind].toLowerCase()})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
