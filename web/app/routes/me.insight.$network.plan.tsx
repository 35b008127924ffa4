import {
  CreatePlanItemDocument,
  NetworkPlanDocument,
  RemovePlanItemDocument,
  UpdatePlanItemDocument,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useParams } from "@remix-run/react";

import { FormProblemMessage } from "../components/forms";
import * as api from "../graphql.server";
import {
  PLAN_ITEM_FIELDS,
  PLAN_ITEM_KEYS,
  PLAN_PERIOD_FIELDS,
  PlanItemForm,
  type PlanFailure,
} from "../insight/plan-item-form";
import { fieldValues, problemFrom, requireSession, text, typedValues } from "../member/forms.server";
import { routeParam } from "../params.server";
import { insightPath } from "../paths";
import { verifiedForm } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "Action plan – School Network Hub" },
  { name: "robots", content: "noindex" },
];

/**
 * Nothing to show here on its own: the plan lives on the insight page. A network that does not
 * exist is a 404 here too, rather than a redirect to a page that is one.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const network = routeParam(params, "network", "slug");
  requireSession(request);
  try {
    await api.request(NetworkPlanDocument, { network }, { request });
  } catch (error) {
    // The plan query names an unknown network as bad input (its argument), not as a missing page.
    if (api.isGraphQLErrorCode(error, "NOT_FOUND") || api.isGraphQLErrorCode(error, "BAD_USER_INPUT"))
      throw new Response("There is no network at this address.", { status: 404 });
  }
  return redirect(`${insightPath(network)}#plan`);
}

/** The insight page as it was posted from: its period and phase, and the plan's anchor. */
function backToPlan(network: string, form: FormData): string {
  const query = new URLSearchParams();
  for (const name of PLAN_PERIOD_FIELDS) if (text(form, name)) query.set(name, text(form, name));
  const search = query.size > 0 ? `?${query}` : "";
  return `${insightPath(network)}${search}#plan`;
}

const FIELDS = [...PLAN_ITEM_FIELDS, ...PLAN_ITEM_KEYS, ...PLAN_PERIOD_FIELDS];

/**
 * Adds, changes or removes a plan item, then returns to the insight page's plan. A post the API
 * refuses comes back here, with the form as typed and the problem beside the field at fault.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const network = routeParam(params, "network", "slug");
  const form = await verifiedForm(request);
  requireSession(request);
  const values = fieldValues(form, PLAN_ITEM_FIELDS);
  const intent = text(form, "intent");
  const optional = (value: string) => value || null;
  try {
    switch (intent) {
      case "create":
        await api.request(
          CreatePlanItemDocument,
          {
            input: {
              networkSlug: network,
              themeSlug: text(form, "themeSlug"),
              schoolUrn: optional(text(form, "schoolUrn")),
              areaOfExcellenceSlug: optional(text(form, "areaOfExcellenceSlug")),
              note: values.note,
              owner: optional(values.owner),
              dueOn: optional(values.dueOn),
            },
          },
          { request },
        );
        break;
      case "update":
        await api.request(
          UpdatePlanItemDocument,
          {
            input: {
              id: text(form, "id"),
              note: values.note,
              owner: optional(values.owner),
              dueOn: optional(values.dueOn),
            },
          },
          { request },
        );
        break;
      case "remove":
        await api.request(RemovePlanItemDocument, { input: { id: text(form, "id") } }, { request });
        break;
      default:
        throw new Response("This form asked for something the page does not do.", { status: 400 });
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    // Only the typed fields can carry a message beside them; a refused hidden one is said for the whole form.
    const failure: PlanFailure = {
      form: intent as PlanFailure["form"],
      values: typedValues(form, FIELDS),
      problem: problemFrom(error, new Set(intent === "remove" ? [] : PLAN_ITEM_FIELDS)),
    };
    return data(failure, { status: 400 });
  }
  return redirect(backToPlan(network, form));
}

export default function PlanItemProblem() {
  const failure = useActionData<typeof action>();
  const network = useParams()["network"] ?? "";
  const back = `${insightPath(network)}#plan`;
  if (!failure) {
    return (
      <p>
        <Link to={back}>Back to the insight page</Link>
      </p>
    );
  }
  const { values } = failure;
  const keys = Object.fromEntries(PLAN_ITEM_KEYS.map((name) => [name, values[name] ?? ""]));
  const period = Object.fromEntries(PLAN_PERIOD_FIELDS.map((name) => [name, values[name] ?? ""]));
  return (
    <div className="narrow">
      <h1>
        {failure.form === "create"
          ? "Add to the plan"
          : failure.form === "update"
            ? "Change a plan item"
            : "Remove a plan item"}
      </h1>
      {failure.form === "remove" ? (
        <FormProblemMessage failure={failure} form="remove" />
      ) : (
        <PlanItemForm
          networkSlug={network}
          idPrefix="plan"
          intent={failure.form}
          keys={keys}
          period={period}
          values={values}
          failure={failure}
          submitLabel={failure.form === "create" ? "Add to plan" : "Save changes"}
        />
      )}
      <p>
        <Link to={back}>Back to the insight page without saving</Link>
      </p>
    </div>
  );
}
