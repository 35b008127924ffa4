import { Form, Link } from "@remix-run/react";

import { CsrfField, FormMessage, SelectField, errorFrom } from "../components/forms";
import { editCollectionPath, memberCollectionsPath } from "../paths";
import type { FormProblem } from "./forms.server";

/**
 * The resource page's "Add to collection" control for signed-in curators: a plain form post that
 * comes back to the page saying where the resource went, or why it could not go there.
 */
export function AddToCollection({
  collections,
  csrfToken,
  added,
  failure,
}: {
  readonly collections: ReadonlyArray<{ slug: string; title: string }>;
  readonly csrfToken: string;
  /** The slug of the collection the resource was just added to. */
  readonly added: string | null;
  readonly failure?: { collectionSlug: string; problem: FormProblem };
}) {
  const addedTo = collections.find((collection) => collection.slug === added);
  return (
    <section aria-labelledby="add-to-collection" className="panel">
      <h2 id="add-to-collection">Add to collection</h2>
      {addedTo && !failure && (
        <FormMessage tone="success">
          Added to <Link to={editCollectionPath(addedTo.slug)}>{addedTo.title}</Link>.
        </FormMessage>
      )}
      {collections.length === 0 ? (
        <p>
          You curate no collections yet. <Link to={memberCollectionsPath}>Make one</Link> and come back.
        </p>
      ) : (
        <Form method="post" className="form-stack" aria-labelledby="add-to-collection">
          <CsrfField token={csrfToken} />
          {failure && !failure.problem.field && <FormMessage>{failure.problem.message}</FormMessage>}
          <SelectField
            id="add-to-collection-slug"
            name="collectionSlug"
            label="Collection"
            options={collections.map((collection) => ({ value: collection.slug, label: collection.title }))}
            defaultValue={failure?.collectionSlug}
            error={errorFrom(failure?.problem, "collectionSlug")}
          />
          <div>
            <button type="submit" name="intent" value="add-to-collection">
              Add to collection
            </button>
          </div>
        </Form>
      )}
    </section>
  );
}
