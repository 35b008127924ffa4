import { CurriculumEntitlementBySlugDocument, type CurriculumEntitlementBySlugQuery } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import * as api from "../graphql.server";
import {
  entitlementComparePath,
  entitlementPath,
  listingPath,
  networkCoveragePath,
  networkPath,
  resourcePath,
} from "../paths";
import { useLabels, useVocabulary } from "../root-data";
import { pageMeta } from "../seo";
import { formatDate } from "../utils/dates";
import { entitlementStatusLabels, termLabels } from "../utils/labels";
import { isValid, slugParam } from "../params.server";

type Unit = NonNullable<CurriculumEntitlementBySlugQuery["curriculumEntitlement"]>["units"][number];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const versionParam = new URL(request.url).searchParams.get("version");
  if (versionParam !== null && !isValid("version", versionParam)) throw new Response(null, { status: 404 });
  const version = versionParam === null ? null : Number(versionParam);
  const { curriculumEntitlement } = await api.request(
    CurriculumEntitlementBySlugDocument,
    { slug: slugParam(params), version },
    { request },
  );
  if (!curriculumEntitlement) throw new Response(null, { status: 404 });
  return { entitlement: curriculumEntitlement, askedForVersion: version !== null };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { entitlement, askedForVersion } = data;
  return pageMeta(matches, {
    title: `${entitlement.title} (version ${entitlement.version})`,
    description:
      entitlement.rationale || `The ${entitlement.subject.name} curriculum agreed by ${entitlement.network.name}.`,
    path: entitlementPath(entitlement.slug, askedForVersion ? entitlement.version : undefined),
  });
};

const TERMS = ["AUTUMN", "SPRING", "SUMMER"] as const;

/** Units grouped by year group (in the taxonomy's order), then by term, each in position order. */
function useUnitsByYear(units: readonly Unit[]) {
  const order = useVocabulary().taxonomy.yearGroups.map((option) => option.value);
  const years = [...new Set(units.map((unit) => unit.yearGroup))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return years.map((year) => ({
    year,
    terms: TERMS.map((term) => ({
      term,
      units: units
        .filter((unit) => unit.yearGroup === year && unit.term === term)
        .sort((a, b) => a.position - b.position),
    })).filter((group) => group.units.length > 0),
  }));
}

export default function EntitlementPage() {
  const { entitlement } = useLoaderData<typeof loader>();
  const labels = useLabels();
  const years = useUnitsByYear(entitlement.units);
  const versions = [...entitlement.versions].sort((a, b) => b.version - a.version);
  const agreed = versions.find((version) => version.status === "AGREED");
  const previous = versions.find((version) => version.version < entitlement.version);

  return (
    <>
      <Breadcrumbs trail={[{ to: "/curriculum", label: "Curriculum" }]} current={entitlement.title} />
      <div className="with-sidebar with-sidebar--end">
        <article>
          <p className="card__kind">
            {entitlement.subject.name} · {labels.keyStage(entitlement.keyStage)}
          </p>
          <h1>{entitlement.title}</h1>
          {entitlement.status !== "AGREED" && (
            <p className="notice">
              This is version {entitlement.version}, {entitlementStatusLabels[entitlement.status].toLowerCase()}.{" "}
              {agreed && <Link to={entitlementPath(entitlement.slug)}>See the agreed version ({agreed.version})</Link>}
            </p>
          )}
          {entitlement.rationale && <p className="lead">{entitlement.rationale}</p>}

          {years.length === 0 && <p>No units have been added to this version yet.</p>}
          {years.map(({ year, terms }) => (
            <section key={year} aria-labelledby={`year-${year}`}>
              <h2 id={`year-${year}`}>{labels.yearGroup(year)}</h2>
              {terms.map(({ term, units }) => (
                <section key={term} aria-labelledby={`year-${year}-${term}`}>
                  <h3 id={`year-${year}-${term}`}>{termLabels[term]}</h3>
                  {units.map((unit) => (
                    <div key={unit.unitKey} className="unit">
                      <h4>{unit.title}</h4>
                      {unit.summary && <p>{unit.summary}</p>}
                      <div className="unit-columns">
                        {unit.knowledge.length > 0 && (
                          <div>
                            <p>
                              <strong>Knowledge</strong>
                            </p>
                            <ul>
                              {unit.knowledge.map((item) => (
                                <li key={item}>{item}</li>
                              ))}
                            </ul>
                          </div>
                        )}
                        {unit.skills.length > 0 && (
                          <div>
                            <p>
                              <strong>Skills</strong>
                            </p>
                            <ul>
                              {unit.skills.map((item) => (
                                <li key={item}>{item}</li>
                              ))}
                            </ul>
                          </div>
                        )}
                      </div>
                      {unit.linkedResources.length > 0 && (
                        <p>
                          Resources that teach it:{" "}
                          {unit.linkedResources.map((resource, index) => (
                            <span key={resource.slug}>
                              {index > 0 && ", "}
                              <Link to={resourcePath(resource.slug)}>{resource.title}</Link>
                            </span>
                          ))}
                        </p>
                      )}
                    </div>
                  ))}
                </section>
              ))}
            </section>
          ))}
        </article>

        <aside aria-label="About this entitlement">
          <dl className="facts panel">
            <div>
              <dt>Version</dt>
              <dd>
                {entitlement.version} ({entitlementStatusLabels[entitlement.status].toLowerCase()})
              </dd>
            </div>
            {entitlement.agreedAt && (
              <div>
                <dt>Agreed</dt>
                <dd>
                  <time dateTime={entitlement.agreedAt}>{formatDate(entitlement.agreedAt)}</time>
                  {entitlement.agreedBy && <> by {entitlement.agreedBy.name}</>}
                </dd>
              </div>
            )}
            <div>
              <dt>Agreed by the network</dt>
              <dd>
                <Link to={networkPath(entitlement.network.slug)}>{entitlement.network.name}</Link>
              </dd>
              <dd>
                <Link to={networkCoveragePath(entitlement.network.slug)}>Which schools teach it</Link>
              </dd>
            </div>
            <div>
              <dt>Subject</dt>
              <dd>
                <Link to={listingPath("/curriculum", { subject: entitlement.subject.slug })}>
                  {entitlement.subject.name}
                </Link>
              </dd>
            </div>
          </dl>
          <h2 id="versions">History</h2>
          <ol aria-labelledby="versions" reversed>
            {versions.map((version) => (
              <li key={version.version}>
                {version.version === entitlement.version ? (
                  <strong aria-current="page">Version {version.version}</strong>
                ) : (
                  <Link to={entitlementPath(entitlement.slug, version.version)}>Version {version.version}</Link>
                )}
                , {entitlementStatusLabels[version.status].toLowerCase()}
                {version.agreedAt && <> on {formatDate(version.agreedAt)}</>}
              </li>
            ))}
          </ol>
          {previous && (
            <p>
              <Link to={entitlementComparePath(entitlement.slug, previous.version, entitlement.version)}>
                What changed since version {previous.version}
              </Link>
            </p>
          )}
        </aside>
      </div>
    </>
  );
}
