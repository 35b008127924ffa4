import { HomePageDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { AreaOfExcellenceCard, CardGrid, CollectionCard, ResourceCard } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { SearchBox } from "../components/search-box";
import { SITE_NAME } from "../components/site-chrome";
import * as api from "../graphql.server";
import { aoePath, eventPath, resourcesPath } from "../paths";
import { useVocabulary } from "../root-data";
import { pageMeta } from "../seo";
import { formatDate } from "../utils/dates";

export async function loader({ request }: LoaderFunctionArgs) {
  return api.request(HomePageDocument, {}, { request });
}

const DESCRIPTION =
  "An open library of school-improvement practice from England's school networks: guides, toolkits, case studies, curriculum entitlements and schools to learn from.";

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  pageMeta(matches, {
    title: SITE_NAME,
    description: DESCRIPTION,
    path: "/",
    jsonLd: { "@type": "WebSite", name: SITE_NAME, description: DESCRIPTION },
  });

export default function Home() {
  const { resources, areasOfExcellence, collections } = useLoaderData<typeof loader>();
  const { subjects, themes, taxonomy } = useVocabulary();

  return (
    <>
      <section aria-labelledby="intro" className="prose">
        <h1 id="intro">Practice that works, shared openly</h1>
        <p className="lead">
          Schools, trusts and hubs across England publish the guides, toolkits and case studies behind their improvement
          work here, record the strengths other schools can visit, and agree the curriculum their pupils are entitled
          to. Everything you see is free to read, and most of it is openly licensed for you to reuse.
        </p>
        <SearchBox id="home-search" placeholder="For example: Year 1 phonics, peer review" />
      </section>

      <section aria-labelledby="newest">
        <div className="section-heading">
          <h2 id="newest">Newest resources</h2>
          <Link to="/resources">All {resources.totalCount.toLocaleString("en-GB")} resources</Link>
        </div>
        {resources.nodes.length === 0 ? (
          <EmptyState>
            <p>No resources have been published yet.</p>
          </EmptyState>
        ) : (
          <CardGrid
            items={resources.nodes}
            keyOf={(resource) => resource.slug}
            render={(resource) => <ResourceCard resource={resource} />}
          />
        )}
      </section>

      {collections.nodes.length > 0 && (
        <section aria-labelledby="collections">
          <div className="section-heading">
            <h2 id="collections">Collections</h2>
            <Link to="/collections">All {collections.totalCount.toLocaleString("en-GB")} collections</Link>
          </div>
          <p className="prose">Resources chosen and put in order by networks, to read together.</p>
          <CardGrid
            items={collections.nodes}
            keyOf={(collection) => collection.slug}
            render={(collection) => <CollectionCard collection={collection} />}
          />
        </section>
      )}

      <section aria-labelledby="excellence">
        <div className="section-heading">
          <h2 id="excellence">Areas of Excellence</h2>
          <Link to="/excellence">Find a school to learn from</Link>
        </div>
        <p className="prose">
          Strengths of particular schools, recognised through peer review. Each names someone to contact and the events
          where you can see the practice for yourself.
        </p>
        {areasOfExcellence.nodes.length === 0 ? (
          <EmptyState>
            <p>No Areas of Excellence have been recognised yet.</p>
          </EmptyState>
        ) : (
          <CardGrid
            items={areasOfExcellence.nodes}
            keyOf={(aoe) => aoe.slug}
            render={(aoe) => (
              <div>
                <AreaOfExcellenceCard aoe={aoe} />
                {aoe.events.length > 0 && (
                  <p className="card__meta">
                    Next event:{" "}
                    <Link to={eventPath(aoe.events[0]!.slug)}>
                      {aoe.events[0]!.title}, {formatDate(aoe.events[0]!.startsAt)}
                    </Link>
                    {aoe.events.length > 1 && (
                      <>
                        {" "}
                        and <Link to={aoePath(aoe.slug)}>{aoe.events.length - 1} more</Link>
                      </>
                    )}
                  </p>
                )}
              </div>
            )}
          />
        )}
      </section>

      <section aria-labelledby="browse">
        <h2 id="browse">Browse the library</h2>
        <div className="grid">
          <nav aria-labelledby="by-subject">
            <h3 id="by-subject">By subject</h3>
            <ul>
              {subjects.map((subject) => (
                <li key={subject.slug}>
                  <Link to={resourcesPath({ subject: subject.slug })}>{subject.name}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-labelledby="by-phase">
            <h3 id="by-phase">By phase</h3>
            <ul>
              {taxonomy.phases.map((phase) => (
                <li key={phase.value}>
                  <Link to={resourcesPath({ phase: phase.value })}>{phase.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-labelledby="by-theme">
            <h3 id="by-theme">By theme</h3>
            <ul>
              {themes.map((theme) => (
                <li key={theme.slug}>
                  <Link to={resourcesPath({ theme: theme.slug })}>{theme.name}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </section>
    </>
  );
}
