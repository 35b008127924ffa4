import { Form } from "@remix-run/react";

import { CsrfField } from "../components/forms";
import { EmptyState } from "../components/empty-state";
import { insightPlanPath } from "../paths";
import { useMember } from "../root-data";
import { InsightTableView } from "./insight-table";
import { PlanItemForm } from "./plan-item-form";
import type { InsightData, InsightSection, InsightTable } from "./section";

const planTable: InsightTable = {
  name: "plan",
  caption: "The network's action plan",
  header: ["Theme", "What to do", "Owner", "Due by", "School", "Area of Excellence", "Added by", "Added on"],
  rows: ({ planning }) =>
    (planning.plan ?? []).map((item) => [
      item.theme.name,
      item.note,
      item.owner ?? "",
      item.dueOn ?? "",
      item.school ? `${item.school.name} (${item.school.urn})` : "",
      item.areaOfExcellence?.title ?? "",
      item.createdBy?.name ?? "",
      item.createdAt.slice(0, 10),
    ]),
};

function PlanSection({ data }: { readonly data: InsightData }) {
  const { plan, matches } = data.planning;
  const member = useMember();
  if (plan === null) {
    return (
      <EmptyState>
        <p>The action plan is kept by the network&rsquo;s leads and moderators; ask them what it holds.</p>
      </EmptyState>
    );
  }
  if (plan.length === 0) {
    return (
      <EmptyState>
        <p>
          The plan has no items yet. Under each match above, &ldquo;Add to plan&rdquo; turns a school to learn from into
          an item with an owner and a date.
        </p>
      </EmptyState>
    );
  }
  const period = { from: matches.from, to: matches.to, phase: matches.phase };
  return (
    <>
      <InsightTableView data={data} table={planTable} />
      <h3>Change or remove an item</h3>
      <ul className="plan-items">
        {plan.map((item, index) => (
          <li key={item.id}>
            <details>
              <summary>
                {item.theme.name}: {item.note}
              </summary>
              <PlanItemForm
                networkSlug={data.network.slug}
                idPrefix={`plan-item-${index}`}
                intent="update"
                keys={{ id: item.id }}
                period={period}
                values={{ note: item.note, owner: item.owner ?? "", dueOn: item.dueOn ?? "" }}
                submitLabel="Save changes"
              />
              <Form method="post" action={insightPlanPath(data.network.slug)}>
                {member && <CsrfField token={member.csrfToken} />}
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="id" value={item.id} />
                {Object.entries(period).map(([name, value]) =>
                  value ? <input key={name} type="hidden" name={name} value={value} /> : null,
                )}
                <button type="submit" className="button--secondary">
                  Remove<span className="visually-hidden"> “{item.note}”</span>
                </button>
              </Form>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}

export const planSection: InsightSection = {
  id: "plan",
  heading: "Action plan",
  tables: [planTable],
  Component: PlanSection,
};
