import { CreateCollectionDocument, MyCollectionsDocument, type Visibility } from "@hub/schema";
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
import { COLLECTION_FIELDS, COLLECTION_VISIBILITY } from "../member/collection-editor";
import { fieldValues, requireSession } from "../member/forms.server";
import {
  SessionEndedPage,
  SessionRenewalFieldsIn,
  chosenOnly,
  keepPageWhenSessionEnded,
} from "../member/session-renewal";
import { saveTypedForm, unlessSessionEnded } from "../member/session-renewal.server";
import { collectionPath, dashboardPath, editCollectionPath, memberCollectionsPath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { formatDate } from "../utils/dates";

export const meta: MetaFunction = () => [
  { title: "My collections – School Network Hub" },
  { name: "robots", content: "noindex" },
];

const visibilityLabel = (value: Visibility) => COLLECTION_VISIBILITY.find((choice) => choice.value === value)?.label;

export const shouldRevalidate = keepPageWhenSessionEnded;

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const found = await unlessSessionEnded(api.request(MyCollectionsDocument, {}, { request, handleEndedSession: true }));
  const csrf = csrfTokenFor(request);
  // The session has ended: after a post, the form posted comes back from the action's answer alone.
  if (!found) return data({ collections: null, networks: [], csrfToken: csrf.token }, csrfHeaders(csrf));
  // A network's collections are curated by its moderators and leads.
  const networks = (found.viewer?.memberships ?? [])
    .filter((membership) => membership.role === "MODERATOR" || membership.role === "LEAD")
    .map((membership) => membership.network);
  return data({ collections: found.collections.nodes, networks, csrfToken: csrf.token }, csrfHeaders(csrf));
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  return saveTypedForm(request, form, { name: "create", fields: COLLECTION_FIELDS }, async (options, headers) => {
    const values = fieldValues(form, COLLECTION_FIELDS);
    const { createCollection } = await api.request(
      CreateCollectionDocument,
      {
        input: {
          title: values.title,
          slug: values.slug,
          description: values.description || null,
          visibility: values.visibility as Visibility,
          owningNetworkSlug: values.owningNetworkSlug || null,
        },
      },
      options,
    );
    return redirect(`${editCollectionPath(createCollection.collection.slug)}?saved=created`, { headers });
  });
}

export default function MyCollections() {
  const { collections, networks, csrfToken } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  if (!collections) {
    return (
      <SessionEndedPage failure={failure} returnTo={memberCollectionsPath}>
        {(posted) => (
          <NewCollectionForm
            networks={chosenOnly(posted.values["owningNetworkSlug"])}
            csrfToken={csrfToken}
            failure={posted}
          />
        )}
      </SessionEndedPage>
    );
  }
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="My collections" />
      <h1>My collections</h1>
      <p className="lead">
        Reading lists of resources in the order to read them: your own, and those of the networks you moderate.
      </p>
      <section aria-labelledby="curated">
        <h2 id="curated">Collections you curate ({collections.length})</h2>
        {collections.length === 0 ? (
          <EmptyState>
            <p>You curate no collections yet. Make one below.</p>
          </EmptyState>
        ) : (
          <ul className="member-list">
            {collections.map((collection) => (
              <li key={collection.slug}>
                <Link to={editCollectionPath(collection.slug)}>{collection.title}</Link>
                <span className="muted">
                  {" "}
                  · {collection.items.totalCount === 1
                    ? "1 resource"
                    : `${collection.items.totalCount} resources`} · {collection.owningNetwork?.name ?? "yours"} ·{" "}
                  {visibilityLabel(collection.visibility)} · updated {formatDate(collection.updatedAt)}
                  {collection.visibility !== "PRIVATE" && (
                    <>
                      {" "}
                      · <Link to={collectionPath(collection.slug)}>view</Link>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewCollectionForm networks={networks} csrfToken={csrfToken} failure={failure} />
    </>
  );
}

/** Makes a collection of one's own, or of a network one moderates or leads. */
function NewCollectionForm({
  networks,
  csrfToken,
  failure,
}: {
  networks: ReadonlyArray<{ slug: string; name: string }>;
  csrfToken: string;
  failure: FormFailure | undefined;
}) {
  const values: Record<string, string | undefined> = failure?.values ?? {};
  const errorFor = errorIn(failure, "create");
  return (
    <section aria-labelledby="new-collection">
      <h2 id="new-collection">Make a collection</h2>
      <Form method="post" className="form-stack" aria-labelledby="new-collection">
        <CsrfField token={csrfToken} />
        <FormProblemMessage failure={failure} form="create" />
        <SessionRenewalFieldsIn failure={failure} form="create" action="make the collection" />
        <TextField
          id="collection-title"
          name="title"
          label="Title"
          defaultValue={values["title"]}
          error={errorFor("title")}
          required
        />
        <TextField
          id="collection-slug"
          name="slug"
          label="Short name for links"
          hint="Lower-case words joined by hyphens, such as phonics-starter-kit."
          defaultValue={values["slug"]}
          error={errorFor("slug")}
          required
        />
        <SelectField
          id="collection-owningNetworkSlug"
          name="owningNetworkSlug"
          label="Who curates it"
          emptyOption="Just me"
          options={slugOptions(networks)}
          defaultValue={values["owningNetworkSlug"]}
          error={errorFor("owningNetworkSlug")}
        />
        <SelectField
          id="collection-visibility"
          name="visibility"
          label="Who may see it"
          hint="A collection of your own is for everyone or only you. Whatever you choose, readers see only the resources they may see."
          options={COLLECTION_VISIBILITY}
          defaultValue={values["visibility"]}
          error={errorFor("visibility")}
        />
        <TextField
          id="collection-description"
          name="description"
          label="Description (optional)"
          hint="What the collection is for. Markdown works."
          multiline={4}
          defaultValue={values["description"]}
          error={errorFor("description")}
        />
        <div>
          <button type="submit">Make the collection</button>
        </div>
      </Form>
    </section>
  );
}
