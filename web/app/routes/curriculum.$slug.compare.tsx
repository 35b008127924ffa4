import { CompareEntitlementVersionsDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { DiffList } from "../components/diff-list";
import * as api from "../graphql.server";
import { entitlementComparePath, entitlementPath } from "../paths";
import { pageMeta } from "../seo";

const VERSION = /^[1-9]\d{0,5}$/;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const from = url.searchParams.get("from") ?? "";
  const to = url.searchParams.get("to") ?? "";
  if (!VERSION.test(from) || !VERSION.test(to)) {
    throw new Response("Choose two version numbers to compare, such as from=1 and to=2.", { status: 400 });
  }
  const slug = params["slug"] ?? "";
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

function Changes({ label, added, removed }: { label: string; added: readonly string[]; removed: readonly string[] }) {
  if (added.length === 0 && removed.length === 0) return null;
  return (
    <>
      <p>
        <strong>{label}</strong>
      </p>
      <DiffList added={added} removed={removed} />
    </>
  );
}

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
  const nothingChanged =
    comparison.unitsAdded.length + comparison.unitsRemoved.length + comparison.unitsChanged.length === 0;
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

      {nothingChanged && <p>The two versions have the same units, knowledge and skills.</p>}

      {comparison.unitsAdded.length > 0 && (
        <section aria-labelledby="added">
          <h2 id="added">Units added</h2>
          <DiffList added={comparison.unitsAdded} removed={[]} />
        </section>
      )}
      {comparison.unitsRemoved.length > 0 && (
        <section aria-labelledby="removed">
          <h2 id="removed">Units removed</h2>
          <DiffList added={[]} removed={comparison.unitsRemoved} />
        </section>
      )}
      {comparison.unitsChanged.length > 0 && (
        <section aria-labelledby="changed">
          <h2 id="changed">Units changed</h2>
          {comparison.unitsChanged.map((unit) => (
            <div key={unit.title} className="unit">
              <h3>{unit.title}</h3>
              {unit.fieldsChanged.length > 0 && <p>Changed: {unit.fieldsChanged.join(", ")}.</p>}
              <Changes label="Knowledge" added={unit.knowledgeAdded} removed={unit.knowledgeRemoved} />
              <Changes label="Skills" added={unit.skillsAdded} removed={unit.skillsRemoved} />
            </div>
          ))}
        </section>
      )}
      <p>
        <Link to={entitlementPath(entitlement.slug, comparison.to)}>Read version {comparison.to} in full</Link>
      </p>
    </div>
  );
}
