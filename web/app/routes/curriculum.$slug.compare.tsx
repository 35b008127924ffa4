import { CompareEntitlementVersionsDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EntitlementChanges } from "../components/entitlement-changes";
import * as api from "../graphql.server";
import { entitlementComparePath, entitlementPath } from "../paths";
import { pageMeta } from "../seo";
import { isValid, slugParam } from "../params.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = slugParam(params);
  const url = new URL(request.url);
  const from = url.searchParams.get("from") ?? "";
  const to = url.searchParams.get("to") ?? "";
  if (!isValid("version", from) || !isValid("version", to)) {
    throw new Response("Choose two version numbers to compare, such as from=1 and to=2.", { status: 400 });
  }
  const data = await api
    .request(CompareEntitlementVersionsDocument, { slug, from: Number(from), to: Number(to) }, { request })
    .catch((error: unknown) => {
      if (api.isGraphQLErrorCode(error, "NOT_FOUND")) throw new Response(null, { status: 404 });
      if (api.isGraphQLErrorCode(error, "BAD_USER_INPUT")) {
        throw new Response("One of those versions does not exist. Choose versions from the entitlement's history.", {
          status: 400,
        });
      }
      throw error;
    });
  if (!data.curriculumEntitlement) throw new Response(null, { status: 404 });
  return { entitlement: data.curriculumEntitlement, comparison: data.compareEntitlementVersions };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { entitlement, comparison } = data;
  return [
    ...pageMeta(matches, {
      title: `${entitlement.title}: changes from version ${comparison.from} to ${comparison.to}`,
      description: `Units added, removed and changed between versions ${comparison.from} and ${comparison.to}.`,
      path: entitlementComparePath(entitlement.slug, comparison.from, comparison.to),
    }),
    { name: "robots", content: "noindex" },
  ];
};

function VersionSelect({
  id,
  name,
  label,
  value,
  versions,
}: {
  id: string;
  name: string;
  label: string;
  value: number;
  versions: readonly { version: number }[];
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {versions.map((version) => (
          <option key={version.version} value={version.version}>
            {version.version}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function CompareVersions() {
  const { entitlement, comparison } = useLoaderData<typeof loader>();
  const versions = [...entitlement.versions].sort((a, b) => a.version - b.version);
  return (
    <div className="prose">
      <Breadcrumbs
        trail={[
          { to: "/curriculum", label: "Curriculum" },
          { to: entitlementPath(entitlement.slug), label: entitlement.title },
        ]}
        current="Changes"
      />
      <h1>
        {entitlement.title}: what changed from version {comparison.from} to version {comparison.to}
      </h1>
      <Form method="get" className="panel filters" aria-label="Choose versions to compare">
        <VersionSelect id="compare-from" name="from" label="From version" value={comparison.from} versions={versions} />
        <VersionSelect id="compare-to" name="to" label="To version" value={comparison.to} versions={versions} />
        <div>
          <button type="submit">Compare</button>
        </div>
      </Form>

      <EntitlementChanges comparison={comparison} />
      <p>
        <Link to={entitlementPath(entitlement.slug, comparison.to)}>Read version {comparison.to} in full</Link>
      </p>
    </div>
  );
}
