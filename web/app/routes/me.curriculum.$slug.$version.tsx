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
import { Form, Link, useActionData, useLoaderData, useParams, useSearchParams } from "@remix-run/react";

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
  UnitForm,
  statements,
  type EditedEntitlement,
} from "../member/curriculum-editor";
import { failureOf, requireSession, text } from "../member/forms.server";
import { afterMove, moveFrom } from "../member/reorder.server";
import { SessionEndedPage, keepPageWhenSessionEnded } from "../member/session-renewal";
import { saveTypedForm, unlessSessionEnded, type TypedForm } from "../member/session-renewal.server";
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
import { slugParam, versionParam } from "../params.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data?.entitlement ? `${data.entitlement.title}, version ${data.entitlement.version}` : "Curriculum"} – School Network Hub`,
  },
  { name: "robots", content: "noindex" },
];

export const shouldRevalidate = keepPageWhenSessionEnded;

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireSession(request);
  const slug = slugParam(params);
  const version = versionParam(params, "version");
  const found = await unlessSessionEnded(
    api.request(EntitlementForEditingDocument, { slug, version }, { request, handleEndedSession: true }),
  );
  const csrf = csrfTokenFor(request);
  // The session has ended: after a post, the form posted comes back from the action's answer alone.
  if (!found)
    return data({ entitlement: null, school: null, comparison: null, csrfToken: csrf.token }, csrfHeaders(csrf));
  const entitlement = found.curriculumEntitlement;
  if (!entitlement)
    throw new Response("There is no such version of this entitlement that you may see.", { status: 404 });
  // A draft is compared with the version agreed now, so its authors and moderators see what agreeing it would change.
  const agreed = entitlement.status === "DRAFT" ? entitlement.versions.find((v) => v.status === "AGREED") : undefined;
  const comparison = agreed
    ? (await api.request(CompareEntitlementVersionsDocument, { slug, from: agreed.version, to: version }, { request }))
        .compareEntitlementVersions
    : null;
  return data(
    { entitlement, school: found.viewer?.user.school ?? null, comparison, csrfToken: csrf.token },
    csrfHeaders(csrf),
  );
}

/** What each intent sends to the API, and where the page goes when it worked. */
async function perform(
  form: FormData,
  slug: string,
  version: number,
  options: api.RequestOptions,
  headers?: Headers,
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
        options,
      );
      return redirect(`${here}?saved=details`, { headers });
    case "add-unit": {
      const { addCurriculumUnit } = await api.request(
        AddCurriculumUnitDocument,
        { input: { entitlementId, ...unit() } },
        options,
      );
      return redirect(`${here}?saved=added#item-${addCurriculumUnit.unit?.id ?? ""}`, { headers });
    }
    case "update-unit":
      await api.request(UpdateCurriculumUnitDocument, { input: { unitId: key, ...unit() } }, options);
      return redirect(`${here}?saved=unit#item-${key}`, { headers });
    case "remove-unit":
      await api.request(RemoveCurriculumUnitDocument, { input: { unitId: key } }, options);
      return redirect(`${here}?saved=removed`, { headers });
    case "agree":
      await api.request(AgreeEntitlementDocument, { input: { slug, version } }, options);
      return redirect(`${here}?saved=agreed`, { headers });
    case "start-draft": {
      const { createEntitlementDraftFromAgreed: started } = await api.request(
        StartEntitlementDraftDocument,
        { input: { slug } },
        options,
      );
      return redirect(editEntitlementPath(started.entitlement.slug, started.entitlement.version), { headers });
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
        options,
      );
      return redirect(`${here}?adopted=${encodeURIComponent(recordEntitlementAdoption.adoption.school.name)}`, {
        headers,
      });
    }
    default:
      throw new Response("This form asked for something the page does not do.", { status: 400 });
  }
}

/**
 * The page's forms with typed text, by intent: which form a failure shows in, the fields shown again
 * with their errors beside them, and the hidden ones each needs to be shown on its own.
 */
function typedFormOf(intent: string, key: string): TypedForm<string> | undefined {
  switch (intent) {
    case "details":
      return { name: "details", fields: ["title", "rationale", "visibility"], hidden: ["entitlementId"] };
    case "add-unit":
      return { name: "new-unit", fields: UNIT_FIELDS, hidden: ["entitlementId"] };
    case "update-unit":
      return { name: key, fields: UNIT_FIELDS };
    case "adopt":
      return { name: "adopt", fields: ["schoolUrn", "adoptedOn", "localNotes"] };
    default:
      return undefined;
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const slug = slugParam(params);
  const version = versionParam(params, "version");
  const key = text(form, "key");
  const move = moveFrom(form);
  const intent = move ? "move" : text(form, "intent");
  const typedForm = typedFormOf(intent, key);
  if (typedForm) {
    return saveTypedForm(request, form, typedForm, (options, headers) =>
      perform(form, slug, version, options, headers),
    );
  }
  // Buttons with nothing typed (move, remove, agree, start a draft): an ended session signs in again and comes back.
  try {
    if (move) {
      await api.request(
        MoveCurriculumUnitDocument,
        { input: { unitId: move.key, toPosition: move.position } },
        { request },
      );
      return afterMove(form, editEntitlementPath(slug, version), move.key);
    }
    return await perform(form, slug, version, { request });
  } catch (error) {
    return data(failureOf(intent === "remove-unit" ? key : intent, form, [], error), { status: 400 });
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
  const params = useParams();
  if (!entitlement) {
    return (
      <SessionEndedPage
        failure={failure}
        returnTo={editEntitlementPath(params["slug"] ?? "", Number(params["version"]))}
      >
        {(posted) => <PostedForm failure={posted} csrfToken={csrfToken} />}
      </SessionEndedPage>
    );
  }
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
        <AddUnitForm entitlementId={entitlement.id} entitlement={entitlement} csrfToken={csrfToken} failure={failure} />
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
        <DetailsForm entitlementId={entitlement.id} saved={entitlement} csrfToken={csrfToken} failure={failure} />
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

/** The form a post came from, on its own and as typed, when the session ended and the page's data could not be loaded. */
function PostedForm({ failure, csrfToken }: { failure: FormFailure; csrfToken: string }) {
  const { form, values } = failure;
  const entitlementId = values["entitlementId"] ?? "";
  switch (form) {
    case "details":
      return (
        <section aria-labelledby="details">
          <h2 id="details">Details</h2>
          <DetailsForm entitlementId={entitlementId} csrfToken={csrfToken} failure={failure} />
        </section>
      );
    case "new-unit":
      return (
        <section aria-labelledby="add-unit">
          <h2 id="add-unit">Add a unit</h2>
          <AddUnitForm entitlementId={entitlementId} csrfToken={csrfToken} failure={failure} />
        </section>
      );
    case "adopt":
      return (
        <section aria-labelledby="adopt">
          <h2 id="adopt">Record that a school teaches this version</h2>
          <AdoptionForm csrfToken={csrfToken} school={null} failure={failure} />
        </section>
      );
    default:
      return (
        <section aria-labelledby="unit">
          <h2 id="unit">Unit: {values["title"]}</h2>
          <UnitForm
            unitId={form}
            title={values["title"] ?? ""}
            keyStage={undefined}
            values={values}
            csrfToken={csrfToken}
            failure={failure}
          />
        </section>
      );
  }
}
