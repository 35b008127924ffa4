import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { FormMessage } from "../components/forms";
import { loadNationalInsight } from "../insight/national.server";
import { HubThemes, NationalThemes, PublicDemand, type NationalData } from "../insight/national-sections";
import { InsightPeriodForm } from "../insight/period-form";
import { requireSession } from "../member/forms.server";
import { dashboardPath } from "../paths";
import { useVocabulary } from "../root-data";
import insightStyles from "../styles/insight.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: insightStyles }];

export const meta: MetaFunction = () => [
  { title: "National insight – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  return loadNationalInsight(request);
}

const SECTIONS: readonly { id: string; heading: string; Component: (props: { data: NationalData }) => JSX.Element }[] =
  [
    {
      id: "national-themes",
      heading: "Strengths and areas for development across all hubs",
      Component: NationalThemes,
    },
    { id: "hub-themes", heading: "Hub by hub", Component: HubThemes },
    { id: "public-search-demand", heading: "What the public searches for", Component: PublicDemand },
  ];

export default function NationalInsightPage() {
  const data = useLoaderData<typeof loader>();
  const { insight, periodProblem } = data;
  const phaseLabel = useVocabulary().taxonomy.phases.find((phase) => phase.value === insight.phase)?.label;
  return (
    <div className="insight">
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="National insight" />
      <h1>National insight</h1>
      <p className="lead">
        What the schools of every hub are strong in and have to develop, and what visitors search for, from{" "}
        {insight.from} to {insight.to}
        {phaseLabel ? ` (${phaseLabel} only, for the reviews)` : ""}. Counts only: no review&rsquo;s text is shown here.
      </p>
      <p className="insight-note">
        A count drawn from 1 or 2 schools could single a school out, so outside its own hub it is shown as &ldquo;fewer
        than {insight.suppressionThreshold}&rdquo;, and no change is worked out from it.
      </p>
      {periodProblem && <FormMessage>{periodProblem}</FormMessage>}
      <InsightPeriodForm from={insight.from} to={insight.to} phase={insight.phase} />
      <nav aria-label="Sections" className="insight-contents">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map(({ id, heading, Component }) => (
        <section key={id} id={id} className="insight-section" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`}>{heading}</h2>
          <Component data={data} />
        </section>
      ))}
    </div>
  );
}
