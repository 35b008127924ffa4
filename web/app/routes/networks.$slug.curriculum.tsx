import { EntitlementCoverageDocument, type EntitlementCoverageQuery } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import * as api from "../graphql.server";
import { entitlementPath, networkCoveragePath, networkPath, schoolPath } from "../paths";
import { pageMeta } from "../seo";
import { coverageLabels } from "../utils/labels";
import { slugParam } from "../params.server";

type Row = EntitlementCoverageQuery["entitlementCoverage"][number];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const data = await api
    .request(EntitlementCoverageDocument, { networkSlug: slugParam(params) }, { request })
    .catch((error: unknown) => {
      // The slug is the query's only argument: the API calling it one of no network is a page not found.
      if (api.isGraphQLErrorCode(error, "NOT_FOUND") || api.isGraphQLErrorCode(error, "BAD_USER_INPUT")) {
        throw new Response(null, { status: 404 });
      }
      throw error;
    });
  if (!data.network) throw new Response(null, { status: 404 });
  return { network: data.network, entitlements: groupByEntitlement(data.entitlementCoverage) };
}

/** One table per entitlement, schools in name order. */
function groupByEntitlement(rows: readonly Row[]) {
  const groups = new Map<string, { slug: string; title: string; latestAgreedVersion: number; rows: Row[] }>();
  for (const row of rows) {
    const group = groups.get(row.slug) ?? {
      slug: row.slug,
      title: row.title,
      latestAgreedVersion: row.latestAgreedVersion,
      rows: [],
    };
    group.rows.push(row);
    groups.set(row.slug, group);
  }
  for (const group of groups.values()) group.rows.sort((a, b) => a.school.name.localeCompare(b.school.name, "en-GB"));
  return [...groups.values()];
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  return pageMeta(matches, {
    title: `Curriculum coverage in ${data.network.name}`,
    description: `Which version of each curriculum entitlement agreed by ${data.network.name} every school teaches.`,
    path: networkCoveragePath(data.network.slug),
  });
};

export default function NetworkCoverage() {
  const { network, entitlements } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs trail={[{ to: networkPath(network.slug), label: network.name }]} current="Curriculum coverage" />
      <h1>Curriculum coverage in {network.name}</h1>
      <p className="lead">Which version of each agreed entitlement every school records that it teaches.</p>
      {entitlements.length === 0 ? (
        <EmptyState>
          <p>{network.name} has no agreed curriculum entitlements yet.</p>
          <p>
            <Link to="/curriculum">Browse every network&rsquo;s curriculum</Link>
          </p>
        </EmptyState>
      ) : (
        entitlements.map((entitlement) => (
          <section key={entitlement.slug} aria-labelledby={`coverage-${entitlement.slug}`}>
            <h2 id={`coverage-${entitlement.slug}`}>
              <Link to={entitlementPath(entitlement.slug)}>{entitlement.title}</Link>
            </h2>
            <p className="muted">Latest agreed version: {entitlement.latestAgreedVersion}</p>
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">Schools teaching {entitlement.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">School</th>
                    <th scope="col">Version taught</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {entitlement.rows.map((row) => (
                    <tr key={row.school.urn}>
                      <th scope="row">
                        <Link to={schoolPath(row.school.urn)}>{row.school.name}</Link>
                      </th>
                      <td>
                        {row.adoptedVersion === null || row.adoptedVersion === undefined ? (
                          "None recorded"
                        ) : (
                          <Link to={entitlementPath(row.slug, row.adoptedVersion)}>Version {row.adoptedVersion}</Link>
                        )}
                      </td>
                      <td>{coverageLabels[row.coverage]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
    </>
  );
}
