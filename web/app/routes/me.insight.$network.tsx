import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { FormMessage } from "../components/forms";
import { InsightPeriodForm } from "../insight/period-form";
import { loadNetworkInsight } from "../insight/insight.server";
import { insightSections } from "../insight/sections";
import { requireSession } from "../member/forms.server";
import { dashboardPath } from "../paths";
import { useVocabulary } from "../root-data";
import insightStyles from "../styles/insight.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: insightStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Insight: ${data?.network.name ?? "a network"} – School Network Hub` },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireSession(request);
  return loadNetworkInsight(request, params);
}

export default function NetworkInsightPage() {
  const data = useLoaderData<typeof loader>();
  const { network, insight, periodProblem } = data;
  const phases = useVocabulary().taxonomy.phases;
  const phaseLabel = phases.find((phase) => phase.value === insight.phase)?.label;
  return (
    <div className="insight">
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current={`Insight: ${network.name}`} />
      <h1>Insight: {network.name}</h1>
      <p className="lead">
        What the network&rsquo;s schools are strong in and have to develop, what its entitlements cover and what its
        people search for, from {insight.from} to {insight.to}
        {phaseLabel ? ` (${phaseLabel} only, for the reviews)` : ""}. A review&rsquo;s findings are quoted only to those
        who may read that review; everyone else sees counts.
      </p>
      {periodProblem && <FormMessage>{periodProblem}</FormMessage>}
      <InsightPeriodForm from={insight.from} to={insight.to} phase={insight.phase} />
      <nav aria-label="Sections" className="insight-contents">
        <ul>
          {insightSections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ul>
      </nav>
      {insightSections.map((section) => (
        <section key={section.id} id={section.id} className="insight-section" aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`}>{section.heading}</h2>
          <section.Component data={data} section={section} />
        </section>
      ))}
    </div>
  );
}
