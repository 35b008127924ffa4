import {
  CreateCurriculumEntitlementDocument,
  MemberCurriculumDocument,
  StartEntitlementDraftDocument,
  type KeyStage,
  type Visibility,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import {
  CsrfField,
  FormProblemMessage,
  SelectField,
  TextField,
  errorIn,
  slugOptions,
  type FormFailure,
} from "../components/forms";
import * as api from "../graphql.server";
import { ENTITLEMENT_VISIBILITY } from "../member/curriculum-editor";
import { failureOf, fieldValues, requireSession, text } from "../member/forms.server";
import {
  SessionEndedPage,
  SessionRenewalFieldsIn,
  chosenOnly,
  keepPageWhenSessionEnded,
} from "../member/session-renewal";
import { saveTypedForm, unlessSessionEnded } from "../member/session-renewal.server";
import { dashboardPath, editEntitlementPath, entitlementPath, memberCurriculumPath } from "../paths";
import { useVocabulary } from "../root-data";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { formatDate } from "../utils/dates";
import { entitlementStatusLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Curriculum drafts – School Network Hub" },
  { name: "robots", content: "noindex" },
];

const CREATE_FIELDS = ["networkSlug", "subjectSlug", "keyStage", "title", "slug", "visibility", "rationale"] as const;

export const shouldRevalidate = keepPageWhenSessionEnded;

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const found = await unlessSessionEnded(
    api.request(MemberCurriculumDocument, {}, { request, handleEndedSession: true }),
  );
  const csrf = csrfTokenFor(request);
  // The session has ended: after a post, the form posted comes back from the action's answer alone.
  if (!found) return data({ drafts: null, agreed: [], networks: [], csrfToken: csrf.token }, csrfHeaders(csrf));
  // Entitlements belong to subject networks; starting one needs a contributor's role there.
  const networks = (found.viewer?.memberships ?? [])
    .filter((membership) => membership.role !== "MEMBER" && membership.network.kind === "SUBJECT_NETWORK")
    .map((membership) => membership.network);
  return data(
    { drafts: found.drafts.nodes, agreed: found.agreed.nodes, networks, csrfToken: csrf.token },
    csrfHeaders(csrf),
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  if (text(form, "intent") === "start-draft") {
    // Nothing typed: an ended session signs in again and comes back.
    try {
      const { createEntitlementDraftFromAgreed: started } = await api.request(
        StartEntitlementDraftDocument,
        { input: { slug: text(form, "slug") } },
        { request },
      );
      return redirect(editEntitlementPath(started.entitlement.slug, started.entitlement.version));
    } catch (error) {
      return data(failureOf("start-draft", form, [], error), { status: 400 });
    }
  }
  return saveTypedForm(request, form, { name: "create", fields: CREATE_FIELDS }, async (options, headers) => {
    const values = fieldValues(form, CREATE_FIELDS);
    const { createCurriculumEntitlement: created } = await api.request(
      CreateCurriculumEntitlementDocument,
      {
        input: {
          networkSlug: values.networkSlug,
          subjectSlug: values.subjectSlug,
          keyStage: values.keyStage as KeyStage,
          title: values.title,
          slug: values.slug,
          visibility: values.visibility as Visibility,
          rationale: values.rationale || null,
        },
      },
      options,
    );
    return redirect(editEntitlementPath(created.entitlement.slug, created.entitlement.version), { headers });
  });
}

export default function MemberCurriculum() {
  const { drafts, agreed, networks, csrfToken } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  if (!drafts) {
    return (
      <SessionEndedPage failure={failure} returnTo={memberCurriculumPath}>
        {(posted) => (
          <NewEntitlementForm
            networks={chosenOnly(posted.values["networkSlug"])}
            csrfToken={csrfToken}
            failure={posted}
          />
        )}
      </SessionEndedPage>
    );
  }
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Curriculum drafts" />
      <h1>Curriculum drafts</h1>
      <p className="lead">
        The curriculum entitlements your subject networks are writing. A network&rsquo;s moderators agree a draft;
        schools then record that they teach it.
      </p>

      <section aria-labelledby="drafts">
        <h2 id="drafts">Drafts ({drafts.length})</h2>
        {drafts.length === 0 ? (
          <EmptyState>
            <p>There are no drafts you can edit.</p>
          </EmptyState>
        ) : (
          <ul className="member-list">
            {drafts.map((draft) => (
              <li key={`${draft.slug}/${draft.version}`}>
                <Link to={editEntitlementPath(draft.slug, draft.version)}>
                  {draft.title}, version {draft.version}
                </Link>
                <span className="muted">
                  {" "}
                  · {draft.network.name} · updated {formatDate(draft.updatedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="agreed">
        <h2 id="agreed">Agreed entitlements</h2>
        <FormProblemMessage failure={failure} form="start-draft" />
        {agreed.length === 0 ? (
          <p>Your networks have not agreed an entitlement yet.</p>
        ) : (
          <ul className="member-list">
            {agreed.map((entitlement) => (
              <li key={entitlement.slug}>
                <Link to={editEntitlementPath(entitlement.slug, entitlement.version)}>
                  {entitlement.title}, version {entitlement.version}
                </Link>
                <span className="muted">
                  {" "}
                  · {entitlementStatusLabels[entitlement.status]} · {entitlement.network.name} ·{" "}
                  <Link to={entitlementPath(entitlement.slug)}>public page</Link>
                </span>
                {entitlement.viewerCanStartDraft && (
                  <Form method="post" className="inline-form">
                    <CsrfField token={csrfToken} />
                    <input type="hidden" name="slug" value={entitlement.slug} />
                    <button type="submit" name="intent" value="start-draft" className="button--secondary">
                      Start version {entitlement.version + 1}
                      <span className="visually-hidden"> of {entitlement.title}</span>
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <NewEntitlementForm networks={networks} csrfToken={csrfToken} failure={failure} />
    </>
  );
}

/** Starts an entitlement in one of the viewer's subject networks: its first draft. */
function NewEntitlementForm({
  networks,
  csrfToken,
  failure,
}: {
  networks: ReadonlyArray<{ slug: string; name: string }>;
  csrfToken: string;
  failure: FormFailure | undefined;
}) {
  const { subjects, taxonomy } = useVocabulary();
  const values: Record<string, string | undefined> = failure?.form === "create" ? failure.values : {};
  const errorFor = errorIn(failure, "create");
  return (
    <section aria-labelledby="new-entitlement">
      <h2 id="new-entitlement">Start a new entitlement</h2>
      {networks.length === 0 ? (
        <p>
          Entitlements are written by subject networks. Ask a subject network&rsquo;s lead to make you a contributor to
          start one.
        </p>
      ) : (
        <Form method="post" className="form-stack" aria-labelledby="new-entitlement">
          <CsrfField token={csrfToken} />
          <input type="hidden" name="intent" value="create" />
          <FormProblemMessage failure={failure} form="create" />
          <SessionRenewalFieldsIn failure={failure} form="create" action="start the draft" />
          <SelectField
            id="new-networkSlug"
            name="networkSlug"
            label="Subject network"
            options={slugOptions(networks)}
            defaultValue={values["networkSlug"]}
            error={errorFor("networkSlug")}
          />
          <SelectField
            id="new-subjectSlug"
            name="subjectSlug"
            label="Subject"
            options={slugOptions(subjects)}
            defaultValue={values["subjectSlug"]}
            error={errorFor("subjectSlug")}
          />
          <SelectField
            id="new-keyStage"
            name="keyStage"
            label="Key stage"
            options={taxonomy.keyStages}
            defaultValue={values["keyStage"]}
            error={errorFor("keyStage")}
          />
          <TextField
            id="new-title"
            name="title"
            label="Title"
            hint="For example, Key Stage 3 history."
            defaultValue={values["title"]}
            error={errorFor("title")}
            required
          />
          <TextField
            id="new-slug"
            name="slug"
            label="Short name for links"
            hint="Lower-case letters and digits joined by hyphens, such as ks3-history. Every version keeps it."
            defaultValue={values["slug"]}
            error={errorFor("slug")}
            required
          />
          <SelectField
            id="new-visibility"
            name="visibility"
            label="Who may see it once agreed"
            options={ENTITLEMENT_VISIBILITY}
            defaultValue={values["visibility"]}
            error={errorFor("visibility")}
          />
          <TextField
            id="new-rationale"
            name="rationale"
            label="Rationale (optional)"
            hint="Why the curriculum is shaped as it is. Markdown works."
            multiline={5}
            defaultValue={values["rationale"]}
            error={errorFor("rationale")}
          />
          <div>
            <button type="submit">Start the draft</button>
          </div>
        </Form>
      )}
    </section>
  );
}
