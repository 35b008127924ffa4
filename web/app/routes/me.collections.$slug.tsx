import {
  AddResourceToCollectionDocument,
  CollectionForEditingDocument,
  MoveResourceInCollectionDocument,
  RemoveResourceFromCollectionDocument,
  UpdateCollectionDocument,
  type Visibility,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import {
  CsrfField,
  FormMessage,
  FormProblemMessage,
  SelectField,
  TextField,
  errorIn,
  type FormFailure,
} from "../components/forms";
import { ReorderList } from "../components/reorder-list";
import * as api from "../graphql.server";
import { COLLECTION_VISIBILITY, resourceSlugFrom } from "../member/collection-editor";
import { failureOf, requireSession, text } from "../member/forms.server";
import { afterMove, moveFrom } from "../member/reorder.server";
import { SessionEndedPage, SessionRenewalFieldsIn, keepPageWhenSessionEnded } from "../member/session-renewal";
import { saveTypedForm, unlessSessionEnded } from "../member/session-renewal.server";
import { collectionPath, dashboardPath, editCollectionPath, memberCollectionsPath, resourcePath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { slugParam } from "../params.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit collection${data?.collection ? `: ${data.collection.title}` : ""} – School Network Hub` },
  { name: "robots", content: "noindex" },
];

export const shouldRevalidate = keepPageWhenSessionEnded;

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireSession(request);
  const found = await unlessSessionEnded(
    api.request(CollectionForEditingDocument, { slug: slugParam(params) }, { request, handleEndedSession: true }),
  );
  const csrf = csrfTokenFor(request);
  // The session has ended: after a post, the form posted comes back from the action's answer alone.
  if (!found) return data({ collection: null, csrfToken: csrf.token }, csrfHeaders(csrf));
  const { collection } = found;
  if (!collection?.viewerCanEdit)
    throw new Response("There is no collection here that you may change.", { status: 404 });
  return data({ collection, csrfToken: csrf.token }, csrfHeaders(csrf));
}

const DETAIL_FIELDS = ["title", "description", "visibility"] as const;

type Failure = FormFailure<"details" | "add" | "move" | "remove">;

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const collectionSlug = slugParam(params);
  const here = editCollectionPath(collectionSlug);
  const move = moveFrom(form);
  const intent = move ? "move" : text(form, "intent");
  // Moving and removing carry nothing typed: an ended session signs in again and comes back.
  const fail = (failed: Failure["form"], error: unknown) =>
    data<Failure>(failureOf(failed, form, [], error), { status: 400 });
  switch (intent) {
    case "move":
      try {
        await api.request(
          MoveResourceInCollectionDocument,
          { input: { collectionSlug, resourceSlug: move!.key, position: move!.position } },
          { request },
        );
        return afterMove(form, here, move!.key);
      } catch (error) {
        return fail("move", error);
      }
    case "add":
      return saveTypedForm(request, form, { name: "add", fields: ["resourceSlug"] }, async (options, headers) => {
        const { addResourceToCollection } = await api.request(
          AddResourceToCollectionDocument,
          { input: { collectionSlug, resourceSlug: resourceSlugFrom(text(form, "resourceSlug")) } },
          options,
        );
        return redirect(`${editCollectionPath(addResourceToCollection.collection.slug)}?saved=added`, { headers });
      });
    case "remove":
      try {
        await api.request(
          RemoveResourceFromCollectionDocument,
          { input: { collectionSlug, resourceSlug: text(form, "key") } },
          { request },
        );
        return redirect(`${here}?saved=removed`);
      } catch (error) {
        return fail("remove", error);
      }
    case "details":
      return saveTypedForm(request, form, { name: "details", fields: DETAIL_FIELDS }, async (options, headers) => {
        await api.request(
          UpdateCollectionDocument,
          {
            input: {
              slug: collectionSlug,
              title: text(form, "title"),
              description: text(form, "description"),
              visibility: text(form, "visibility") as Visibility,
            },
          },
          options,
        );
        return redirect(`${here}?saved=details`, { headers });
      });
    default:
      throw new Response("This form asked for something the page does not do.", { status: 400 });
  }
}

const SAVED: Record<string, string> = {
  created: "Collection made. Add resources to it below, or with “Add to collection” on any resource’s page.",
  added: "Resource added at the end.",
  removed: "Resource taken out of the collection.",
  details: "Details saved.",
};

export default function EditCollection() {
  const { collection, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && "problem" in result ? result : undefined;
  const [search] = useSearchParams();
  const params = useParams();
  if (!collection) {
    return (
      <SessionEndedPage failure={failure} returnTo={editCollectionPath(params["slug"] ?? "")}>
        {(posted) =>
          posted.form === "details" ? (
            <DetailsForm csrfToken={csrfToken} failure={posted} />
          ) : (
            <AddResourceForm csrfToken={csrfToken} failure={posted} />
          )
        }
      </SessionEndedPage>
    );
  }
  const saved = search.get("saved");
  const items = collection.items.nodes.map((item) => ({
    key: item.resource.slug,
    label: item.resource.title,
    resource: item.resource,
  }));
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: memberCollectionsPath, label: "My collections" },
        ]}
        current={collection.title}
      />
      <h1>Edit collection: {collection.title}</h1>
      <p>
        Curated by {collection.owningNetwork?.name ?? "you"} ·{" "}
        <Link to={collectionPath(collection.slug)}>See it as readers do</Link>
      </p>
      {saved && SAVED[saved] && !failure && <FormMessage tone="success">{SAVED[saved]}</FormMessage>}

      <section aria-labelledby="resources">
        <h2 id="resources">Resources, in the order to read them ({collection.items.totalCount})</h2>
        <FormProblemMessage failure={failure} form="remove" />
        {items.length === 0 ? (
          <p>Nothing here yet.</p>
        ) : (
          <ReorderList
            items={items}
            label="Resources in the collection"
            csrfToken={csrfToken}
            moved={search.get("moved")}
            problem={failure?.form === "move" ? failure.problem.message : undefined}
            renderItem={(item) => (
              <div className="reorder-item__row">
                <Link to={resourcePath(item.resource.slug)}>{item.resource.title}</Link>
                <Form method="post" className="inline-form">
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="key" value={item.key} />
                  <button type="submit" name="intent" value="remove" className="button--secondary">
                    Remove<span className="visually-hidden"> {item.resource.title}</span>
                  </button>
                </Form>
              </div>
            )}
          />
        )}
      </section>
      <AddResourceForm csrfToken={csrfToken} failure={failure} resetKey={collection.items.totalCount} />
      <DetailsForm csrfToken={csrfToken} failure={failure} saved={collection} />
    </>
  );
}

/** Adds a resource at the end, by its address or short name. */
function AddResourceForm({
  csrfToken,
  failure,
  resetKey,
}: {
  csrfToken: string;
  failure: FormFailure | undefined;
  /** Changes after each resource added, which empties the form for the next one. */
  resetKey?: number;
}) {
  return (
    <section aria-labelledby="add-resource">
      <h2 id="add-resource">Add a resource</h2>
      <Form method="post" className="form-stack" aria-labelledby="add-resource" key={resetKey}>
        <CsrfField token={csrfToken} />
        <FormProblemMessage failure={failure} form="add" />
        <SessionRenewalFieldsIn failure={failure} form="add" action="add it" />
        <TextField
          id="add-resourceSlug"
          name="resourceSlug"
          label="Resource address or short name"
          hint="Paste the address of the resource's page, or the short name at its end, such as ks3-history-enquiry-sequence."
          defaultValue={failure?.form === "add" ? failure.values["resourceSlug"] : undefined}
          error={errorIn(failure, "add")("resourceSlug")}
          required
        />
        <div>
          <button type="submit" name="intent" value="add">
            Add to the collection
          </button>
        </div>
      </Form>
    </section>
  );
}

/** The collection's title, who may see it and description: as saved, or as typed in a post that failed. */
function DetailsForm({
  csrfToken,
  failure,
  saved,
}: {
  csrfToken: string;
  failure: FormFailure | undefined;
  /** Absent when only the failed post is known. */
  saved?: { title: string; visibility: Visibility; description: string };
}) {
  const details: Partial<Record<(typeof DETAIL_FIELDS)[number], string>> =
    failure?.form === "details" ? failure.values : (saved ?? {});
  const errorFor = errorIn(failure, "details");
  return (
    <section aria-labelledby="details">
      <h2 id="details">Details</h2>
      <Form method="post" className="form-stack" aria-labelledby="details">
        <CsrfField token={csrfToken} />
        <FormProblemMessage failure={failure} form="details" />
        <SessionRenewalFieldsIn failure={failure} form="details" action="save the details" />
        <TextField
          id="details-title"
          name="title"
          label="Title"
          defaultValue={details.title}
          error={errorFor("title")}
          required
        />
        <SelectField
          id="details-visibility"
          name="visibility"
          label="Who may see it"
          options={COLLECTION_VISIBILITY}
          defaultValue={details.visibility}
          error={errorFor("visibility")}
        />
        <TextField
          id="details-description"
          name="description"
          label="Description"
          hint="What the collection is for. Markdown works."
          multiline={5}
          defaultValue={details.description}
          error={errorFor("description")}
        />
        <div>
          <button type="submit" name="intent" value="details">
            Save details
          </button>
        </div>
      </Form>
    </section>
  );
}
