import {
  AddCurriculumUnitDocument,
  AgreeEntitlementDocument,
  CompareEntitlementVersionsDocument,
  EntitlementForEditingDocument,
  MoveCurriculumUnitDocument,
  RecordEntitlementAdoptionDocument,
  RemoveCurriculumUnitDocument,
  StartEntitlementDraftDocument,
  UpdateCurriculumEntitlementDocument,
  UpdateCurriculumUnitDocument,
  type CompareEntitlementVersionsQuery,
  type Term,
  type Visibility,
  type YearGroup,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EntitlementChanges } from "../components/entitlement-changes";
import { CsrfField, FormMessage, FormProblemMessage, type FormFailure } from "../components/forms";
import { ReorderList } from "../components/reorder-list";
import * as api from "../graphql.server";
import {
  AddUnitForm,
  AdoptionForm,
  DetailsForm,
  UNIT_FIELDS,
  UnitEditor,
  statements,
  type EditedEntitlement,
} from "../member/curriculum-editor";
import { failureOf, requireSession, text } from "../member/forms.server";
import { afterMove, moveFrom } from "../member/reorder.server";
import {
  editEntitlementPath,
  entitlementComparePath,
  entitlementPath,
  memberCurriculumPath,
  networkCoveragePath,
  dashboardPath,
} from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { entitlementStatusLabels, termLabels } from "../utils/labels";

const VERSION = /^[1-9]\d{0,5}$/;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data ? `${data.entitlement.title}, version ${data.entitlement.version}` : "Curriculum"} – School Network Hub`,
  },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireSession(request);
  const slug = params["slug"] ?? "";
  if (!VERSION.test(params["version"] ?? "")) throw new Response(null, { status: 404 });
  const version = Number(params["version"]);
  const found = await api.request(EntitlementForEditingDocument, { slug, version }, { request });
  const entitlement = found.curriculumEntitlement;
  if (!entitlement)
    throw new Response("There is no such version of this entitlement that you may see.", { status: 404 });
  // A draft is compared with the version agreed now, so its authors and moderators see what agreeing it would change.
  const agreed = entitlement.status === "DRAFT" ? entitlement.versions.find((v) => v.status === "AGREED") : undefined;
  const comparison = agreed
    ? (await api.request(CompareEntitlementVersionsDocument, { slug, from: agreed.version, to: version }, { request }))
        .compareEntitlementVersions
    : null;
  const csrf = csrfTokenFor(request);
  return data(
    { entitlement, school: found.viewer?.user.school ?? null, comparison, csrfToken: csrf.token },
    csrfHeaders(csrf),
  );
}

/** What each intent sends to the API, and where the page goes when it worked. */
async function perform(
  request: Request,
  form: FormData,
  slug: string,
  version: number,
): Promise<ReturnType<typeof redirect>> {
  const here = editEntitlementPath(slug, version);
  const key = text(form, "key");
  const entitlementId = text(form, "entitlementId");
  const unit = () => ({
    title: text(form, "title"),
    yearGroup: text(form, "yearGroup") as YearGroup,
    term: text(form, "term") as Term,
    summary: text(form, "summary"),
    knowledge: statements(text(form, "knowledge")),
    skills: statements(text(form, "skills")),
  });
  switch (text(form, "intent")) {
    case "details":
      await api.request(
        UpdateCurriculumEntitlementDocument,
        {
          input: {
            entitlementId,
            title: text(form, "title"),
            rationale: text(form, "rationale"),
            visibility: text(form, "visibility") as Visibility,
          },
        },
        { request },
      );
      return redirect(`${here}?saved=details`);
    case "add-unit": {
      const { addCurriculumUnit } = await api.request(
        AddCurriculumUnitDocument,
        { input: { entitlementId, ...unit() } },
        { request },
      );
      return redirect(`${here}?saved=added#item-${addCurriculumUnit.unit?.id ?? ""}`);
    }
    case "update-unit":
      await api.request(UpdateCurriculumUnitDocument, { input: { unitId: key, ...unit() } }, { request });
      return redirect(`${here}?saved=unit#item-${key}`);
    case "remove-unit":
      await api.request(RemoveCurriculumUnitDocument, { input: { unitId: key } }, { request });
      return redirect(`${here}?saved=removed`);
    case "agree":
      await api.request(AgreeEntitlementDocument, { input: { slug, version } }, { request });
      return redirect(`${here}?saved=agreed`);
    case "start-draft": {
      const { createEntitlementDraftFromAgreed: started } = await api.request(
        StartEntitlementDraftDocument,
        { input: { slug } },
        { request },
      );
      return redirect(editEntitlementPath(started.entitlement.slug, started.entitlement.version));
    }
    case "adopt": {
      const { recordEntitlementAdoption } = await api.request(
        RecordEntitlementAdoptionDocument,
        {
          input: {
            slug,
            version,
            schoolUrn: text(form, "schoolUrn"),
            adoptedOn: text(form, "adoptedOn"),
            localNotes: text(form, "localNotes") || null,
          },
        },
        { request },
      );
      return redirect(`${here}?adopted=${encodeURIComponent(recordEntitlementAdoption.adoption.school.name)}`);
    }
    default:
      throw new Response("This form asked for something the page does not do.", { status: 400 });
  }
}

/** The fields of each form, whose errors show beside them and whose values are shown again. */
const FIELDS_OF: Record<string, readonly string[]> = {
  details: ["title", "rationale", "visibility"],
  "add-unit": UNIT_FIELDS,
  "update-unit": UNIT_FIELDS,
  adopt: ["schoolUrn", "adoptedOn", "localNotes"],
};

/** Which of the page's forms a post came from, so its error shows there. */
function formOf(intent: string, key: string): string {
  if (intent === "add-unit") return "new-unit";
  if (intent === "update-unit" || intent === "remove-unit") return key;
  return intent;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  const slug = params["slug"] ?? "";
  const version = Number(params["version"]);
  const move = moveFrom(form);
  const intent = move ? "move" : text(form, "intent");
  try {
    if (move) {
      await api.request(
        MoveCurriculumUnitDocument,
        { input: { unitId: move.key, toPosition: move.position } },
        { request },
      );
      return afterMove(form, editEntitlementPath(slug, version), move.key);
    }
    return await perform(request, form, slug, version);
  } catch (error) {
    const failure = failureOf(formOf(intent, text(form, "key")), form, FIELDS_OF[intent] ?? [], error);
    return data(failure, { status: 400 });
  }
}

const SAVED: Record<string, string> = {
  details: "Details saved.",
  added: "Unit added at the end.",
  unit: "Unit saved.",
  removed: "Unit removed.",
  agreed: "Agreed. Schools can now record that they teach this version.",
};

export default function EditEntitlement() {
  const { entitlement, school, comparison, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && "problem" in result ? result : undefined;
  const [search] = useSearchParams();
  const saved = search.get("saved");
  const adopted = search.get("adopted");
  const isDraft = entitlement.status === "DRAFT";
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: memberCurriculumPath, label: "Curriculum drafts" },
        ]}
        current={`${entitlement.title}, version ${entitlement.version}`}
      />
      <h1>
        {isDraft ? "Edit: " : ""}
        {entitlement.title}, version {entitlement.version}
      </h1>
      <p>
        Status: <strong>{entitlementStatusLabels[entitlement.status]}</strong> · {entitlement.network.name} ·{" "}
        {entitlement.subject.name}, {entitlement.keyStage} ·{" "}
        <Link to={entitlementPath(entitlement.slug, entitlement.version)}>See it as readers will</Link>
      </p>
      {saved && SAVED[saved] && !failure && <FormMessage tone="success">{SAVED[saved]}</FormMessage>}
      {adopted && !failure && (
        <FormMessage tone="success">
          Recorded: {adopted} teaches version {entitlement.version}.{" "}
          <Link to={networkCoveragePath(entitlement.network.slug)}>See the network&rsquo;s coverage</Link>.
        </FormMessage>
      )}
      {isDraft && entitlement.viewerCanEdit ? (
        <DraftEditor entitlement={entitlement} comparison={comparison} csrfToken={csrfToken} failure={failure} />
      ) : (
        <AgreedVersion entitlement={entitlement} school={school} csrfToken={csrfToken} failure={failure} />
      )}
    </>
  );
}

function DraftEditor({
  entitlement,
  comparison,
  csrfToken,
  failure,
}: {
  entitlement: EditedEntitlement;
  comparison: CompareEntitlementVersionsQuery["compareEntitlementVersions"] | null;
  csrfToken: string;
  failure?: FormFailure;
}) {
  const [search] = useSearchParams();
  const items = entitlement.units.map((unit) => ({ ...unit, key: unit.id, label: unit.title }));
  return (
    <>
      <section aria-labelledby="units">
        <h2 id="units">Units in teaching order ({entitlement.units.length})</h2>
        {items.length === 0 ? (
          <p>No units yet. Add the first one below.</p>
        ) : (
          <ReorderList
            items={items}
            label="Units in teaching order"
            csrfToken={csrfToken}
            moved={search.get("moved")}
            problem={failure?.form === "move" ? failure.problem.message : undefined}
            renderItem={(unit) => (
              <UnitEditor unit={unit} keyStage={entitlement.keyStage} csrfToken={csrfToken} failure={failure} />
            )}
          />
        )}
      </section>
      <section aria-labelledby="add-unit">
        <h2 id="add-unit">Add a unit</h2>
        <AddUnitForm entitlement={entitlement} csrfToken={csrfToken} failure={failure} />
      </section>
      {comparison && (
        <section aria-labelledby="compare">
          <h2 id="compare">Changes from version {comparison.from}, agreed now</h2>
          <EntitlementChanges comparison={comparison} headingLevel={3} idPrefix="draft-" />
          <p>
            <Link to={entitlementComparePath(entitlement.slug, comparison.from, comparison.to)}>
              Open the comparison on its own page
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="details">
        <h2 id="details">Details</h2>
        <DetailsForm entitlement={entitlement} csrfToken={csrfToken} failure={failure} />
      </section>
      <section aria-labelledby="agree">
        <h2 id="agree">Agree this version</h2>
        {entitlement.viewerCanAgree ? (
          <Form method="post">
            <CsrfField token={csrfToken} />
            <FormProblemMessage failure={failure} form="agree" />
            <p>
              Once agreed, this version never changes: it replaces the version agreed now, and schools can record that
              they teach it.
            </p>
            <button type="submit" name="intent" value="agree">
              Agree version {entitlement.version}
            </button>
          </Form>
        ) : (
          <p>A moderator of {entitlement.network.name} agrees it when the network is ready.</p>
        )}
      </section>
    </>
  );
}

function AgreedVersion({
  entitlement,
  school,
  csrfToken,
  failure,
}: {
  entitlement: EditedEntitlement;
  school: { urn: string; name: string } | null;
  csrfToken: string;
  failure?: FormFailure;
}) {
  const draft = entitlement.versions.find((version) => version.status === "DRAFT");
  return (
    <>
      <section aria-labelledby="units">
        <h2 id="units">Units in teaching order</h2>
        <ol>
          {entitlement.units.map((unit) => (
            <li key={unit.id}>
              {unit.title} <span className="muted">({termLabels[unit.term]})</span>
            </li>
          ))}
        </ol>
      </section>
      {draft && draft.version !== entitlement.version && (
        <p>
          <Link to={editEntitlementPath(entitlement.slug, draft.version)}>
            Version {draft.version} is being drafted
          </Link>
          .
        </p>
      )}
      {entitlement.viewerCanStartDraft && !draft && (
        <Form method="post">
          <CsrfField token={csrfToken} />
          <FormProblemMessage failure={failure} form="start-draft" />
          <button type="submit" name="intent" value="start-draft" className="button--secondary">
            Start version {entitlement.version + 1} from this one
          </button>
        </Form>
      )}
      {entitlement.status !== "DRAFT" && (
        <section aria-labelledby="adopt">
          <h2 id="adopt">Record that a school teaches this version</h2>
          <p>
            Each school records the version it teaches; recording this one replaces the school&rsquo;s earlier record
            for the entitlement.
          </p>
          <AdoptionForm csrfToken={csrfToken} school={school} failure={failure} />
        </section>
      )}
    </>
  );
}
