import type { NetworkReviewSummaryQuery } from "@hub/schema";

import { EmptyState } from "../components/empty-state";
import { InsightTableView } from "./insight-table";
import type { InsightData, InsightSection, InsightTable } from "./section";

type SummaryTheme = NetworkReviewSummaryQuery["networkReviewSummary"]["strengths"][number];

const CHANGE_WORDS: Record<SummaryTheme["change"], string> = {
  NEW: "new",
  GONE: "gone",
  UP: "up",
  DOWN: "down",
  SAME: "no change",
};

const rowsOf = (kind: string, themes: readonly SummaryTheme[]) =>
  themes.map((row) => [
    row.theme.name,
    kind,
    row.schools,
    row.findings,
    row.previousSchools,
    row.previousFindings,
    CHANGE_WORDS[row.change],
  ]);

const summaryTable: InsightTable = {
  name: "review-summary",
  caption: "Themes the network's reviews found, most frequent first",
  header: ["Theme", "Found as", "Schools", "Findings", "Schools: previous", "Findings: previous", "Change"],
  rows: ({ reviewSummary }) => [
    ...rowsOf("Strength", reviewSummary.strengths),
    ...rowsOf("Area for development", reviewSummary.developments),
  ],
};

function Quotes({ heading, themes }: { readonly heading: string; readonly themes: readonly SummaryTheme[] }) {
  const quoted = themes.filter((row) => row.quotes.length > 0);
  if (quoted.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      {quoted.map((row) => (
        <section key={row.theme.slug} aria-label={row.theme.name}>
          <h4>{row.theme.name}</h4>
          {row.quotes.map((quote, index) => (
            <figure key={index}>
              <blockquote>
                <p>{quote.text}</p>
              </blockquote>
              <figcaption>
                {quote.school.name}, {quote.reviewKind} of {quote.reviewDate}
              </figcaption>
            </figure>
          ))}
        </section>
      ))}
    </>
  );
}

function SummarySection({ data }: { readonly data: InsightData }) {
  const { reviewSummary, insight } = data;
  if (reviewSummary.reviews === 0 && reviewSummary.previousReviews === 0) {
    return (
      <EmptyState>
        <p>
          No review of the network&rsquo;s schools between {insight.previousFrom} and {insight.to} has findings to sum
          up yet.
        </p>
      </EmptyState>
    );
  }
  const anyQuote = [...reviewSummary.strengths, ...reviewSummary.developments].some((row) => row.quotes.length > 0);
  return (
    <>
      <p>
        {reviewSummary.reviews} reviews in the period, {reviewSummary.previousReviews} in the previous one.
      </p>
      <InsightTableView data={data} table={summaryTable} />
      {anyQuote ? (
        <>
          <Quotes heading="Strengths in the reviews' words" themes={reviewSummary.strengths} />
          <Quotes heading="Areas for development in the reviews' words" themes={reviewSummary.developments} />
        </>
      ) : (
        <p>
          Findings are quoted only to the reviewed school&rsquo;s staff and the hub&rsquo;s moderators and leads; you
          see the counts.
        </p>
      )}
    </>
  );
}

export const summarySection: InsightSection = {
  id: "review-summary",
  heading: "Review summary",
  tables: [summaryTable],
  Component: SummarySection,
};
