import type { RevisionItemFragment } from "@hub/schema";
import { Link } from "@remix-run/react";

import { resourceRevisionPath } from "../paths";
import { formatDateAndTime } from "../utils/dates";

/** Who saved a version and when, in one line. */
export function RevisionByline({ revision }: { readonly revision: RevisionItemFragment }) {
  return (
    <>
      saved <time dateTime={revision.updatedAt}>{formatDateAndTime(revision.updatedAt)}</time>
      {revision.author && <> by {revision.author.name}</>}
      {revision.autosave && <>, automatically while typing</>}
      {revision.message && <>: &ldquo;{revision.message}&rdquo;</>}
    </>
  );
}

/** The editor's list of saved versions, newest (the current one) first, each older one linking to its comparison. */
export function RevisionHistory({
  slug,
  revisions,
}: {
  readonly slug: string;
  readonly revisions: { readonly totalCount: number; readonly nodes: readonly RevisionItemFragment[] };
}) {
  return (
    <section aria-labelledby="revisions-heading" className="revision-history">
      <h2 id="revisions-heading">Revision history</h2>
      <p>
        Each save makes a version; while you type, background saves keep updating one version rather than adding more.
        Compare an earlier version with the current one to see what changed, and restore it if you need to: restoring
        saves it as a new version, so nothing is lost.
      </p>
      <ol reversed className="revision-list">
        {revisions.nodes.map((revision, index) => (
          <li key={revision.number}>
            <strong>Version {revision.number}</strong>
            {index === 0 && " (current)"}, <RevisionByline revision={revision} />
            {index > 0 && (
              <>
                {" "}
                <Link to={resourceRevisionPath(slug, revision.number)}>
                  Compare version {revision.number} with the current version
                </Link>
              </>
            )}
          </li>
        ))}
      </ol>
      {revisions.totalCount > revisions.nodes.length && (
        <p>
          The latest {revisions.nodes.length} of {revisions.totalCount} versions are listed.
        </p>
      )}
    </section>
  );
}
