import { Link } from "@remix-run/react";

import { EmptyState } from "../components/empty-state";
import { aoePath, eventPath, resourcePath, schoolPath } from "../paths";
import { InsightTableView } from "./insight-table";
import { PlanItemForm } from "./plan-item-form";
import { TIER_HEADINGS, type ActionPlanning } from "./planning";
import type { InsightData, InsightSection, InsightTable } from "./section";

type ThemeMatches = ActionPlanning["matches"]["themes"][number];
type MatchedSchool = ThemeMatches["tiers"][number]["schools"][number];

const matchesTable: InsightTable = {
  name: "matches",
  caption: "Schools strong in the network's areas for development",
  header: ["Theme", "Where", "School", "URN", "Areas of Excellence", "Review strength", "Upcoming events"],
  rows: ({ planning }) =>
    planning.matches.themes.flatMap((row) =>
      row.tiers.flatMap((tier) =>
        tier.schools.map((match) => [
          row.theme.name,
          TIER_HEADINGS[tier.tier],
          match.school.name,
          match.school.urn,
          match.areasOfExcellence.map((area) => area.title).join("; "),
          match.reviewStrength ? "yes" : "no",
          match.upcomingEvents.map((event) => `${event.title} (${event.startsAt.slice(0, 10)})`).join("; "),
        ]),
      ),
    ),
};

function Match({ data, theme, match }: { data: InsightData; theme: ThemeMatches; match: MatchedSchool }) {
  const { matches, plan } = data.planning;
  const area = match.areasOfExcellence[0];
  return (
    <li className="match">
      <p>
        <Link to={schoolPath(match.school.urn)}>{match.school.name}</Link>
        {match.reviewStrength && " — a strength in a review of the period"}
      </p>
      {match.areasOfExcellence.length > 0 && (
        <ul aria-label={`Areas of Excellence of ${match.school.name}`}>
          {match.areasOfExcellence.map((aoe) => (
            <li key={aoe.slug}>
              <Link to={aoePath(aoe.slug)}>{aoe.title}</Link>, contact {aoe.contact.name}
              {aoe.contactEmail && (
                <>
                  {" "}
                  (<a href={`mailto:${aoe.contactEmail}`}>{aoe.contactEmail}</a>)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {match.upcomingEvents.length > 0 && (
        <ul aria-label={`Upcoming events of ${match.school.name}`}>
          {match.upcomingEvents.map((event) => (
            <li key={event.slug}>
              <Link to={eventPath(event.slug)}>{event.title}</Link> on {event.startsAt.slice(0, 10)}
            </li>
          ))}
        </ul>
      )}
      {plan && (
        <details className="match-plan">
          <summary>
            Add to plan
            <span className="visually-hidden">
              : {theme.theme.name} with {match.school.name}
            </span>
          </summary>
          <PlanItemForm
            networkSlug={data.network.slug}
            idPrefix={`match-${theme.theme.slug}-${match.school.urn}`}
            intent="create"
            keys={{ themeSlug: theme.theme.slug, schoolUrn: match.school.urn, areaOfExcellenceSlug: area?.slug }}
            period={{ from: matches.from, to: matches.to, phase: matches.phase }}
            values={{ note: `Learn from ${match.school.name}${area ? `: ${area.title}` : ""}` }}
            submitLabel="Add to plan"
          />
        </details>
      )}
    </li>
  );
}

function ThemeMatchesView({ data, theme }: { data: InsightData; theme: ThemeMatches }) {
  const headingId = `matches-${theme.theme.slug}`;
  return (
    <section aria-labelledby={headingId} className="theme-matches">
      <h3 id={headingId}>{theme.theme.name}</h3>
      <p>
        {theme.developmentSchools} of the network&rsquo;s schools have it to develop.
        {theme.tiers.length === 0 && " No school you may see is known to be strong in it yet."}
      </p>
      {theme.tiers.map((tier) => (
        <section key={tier.tier} aria-labelledby={`${headingId}-${tier.tier}`}>
          <h4 id={`${headingId}-${tier.tier}`}>
            {TIER_HEADINGS[tier.tier]}
            {tier.totalSchools > tier.schools.length && ` (the first ${tier.schools.length} of ${tier.totalSchools})`}
          </h4>
          <ul className="matches">
            {tier.schools.map((match) => (
              <Match key={match.school.urn} data={data} theme={theme} match={match} />
            ))}
          </ul>
        </section>
      ))}
      {theme.resources.length > 0 && (
        <>
          <h4>From the library</h4>
          <ul>
            {theme.resources.map((resource) => (
              <li key={resource.slug}>
                <Link to={resourcePath(resource.slug)}>{resource.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MatchesSection({ data }: { readonly data: InsightData }) {
  const { matches, plan } = data.planning;
  if (matches.themes.length === 0) {
    return (
      <EmptyState>
        <p>
          No review between {matches.from} and {matches.to} found an area for development in the network&rsquo;s
          schools, so there is nothing to match yet. Choose a longer period, or enter the hub&rsquo;s reviews.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p>
        For each area for development, schools strong in it (a validated Area of Excellence, or a strength in a review
        you may read): first the network&rsquo;s own, then its partner networks&rsquo;, then any other.
        {plan ? " Turn a match into an item of the plan below." : ""}
      </p>
      {matches.themes.map((theme) => (
        <ThemeMatchesView key={theme.theme.slug} data={data} theme={theme} />
      ))}
      <InsightTableView data={data} table={matchesTable} />
    </>
  );
}

export const matchesSection: InsightSection = {
  id: "matches",
  heading: "Matches for action planning",
  tables: [matchesTable],
  Component: MatchesSection,
};
