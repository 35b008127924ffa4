import {
  AddResourceToCollectionDocument,
  CuratedCollectionsDocument,
  ResourceBySlugDocument,
  type ResourceBySlugQuery,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Chips, LicenceBadge } from "../components/badges";
import { Breadcrumbs } from "../components/breadcrumbs";
import { CardGrid, ResourceCard } from "../components/cards";
import { CopyField } from "../components/copy-field";
import { ExtractionProblem } from "../components/extraction-problem";
import { Thumbnail } from "../components/thumbnail";
import * as api from "../graphql.server";
import { AddToCollection } from "../member/add-to-collection";
import { problemFrom, requireSession, text } from "../member/forms.server";
import {
  aoePath,
  collectionPath,
  entitlementPath,
  networkPath,
  resourcePath,
  resourcesPath,
  schoolPath,
} from "../paths";
import { labelsFor, rootDataFrom, useLabels, useMember, useSiteOrigin, type Labels } from "../root-data";
import { sessionTokenOf, verifiedForm } from "../session.server";
import { pageMeta } from "../seo";
import { formatDate } from "../utils/dates";
import { formatFileSize, resourceTypeLabels } from "../utils/labels";
import { listInWords } from "../utils/text";
import { slugParam } from "../params.server";

type Resource = NonNullable<ResourceBySlugQuery["resource"]>;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = slugParam(params);
  // Signed-in people may add the resource to the collections they curate (asked for alongside the
  // resource, not after it); the public page asks nothing more.
  const [{ resource }, curated] = await Promise.all([
    api.request(ResourceBySlugDocument, { slug }, { request }).catch((error: unknown) => {
      // The API answers null for a missing slug, but a NOT_FOUND error means the same to a visitor.
      if (api.isGraphQLErrorCode(error, "NOT_FOUND")) return { resource: null };
      throw error;
    }),
    sessionTokenOf(request)
      ? api.request(CuratedCollectionsDocument, {}, { request }).then(({ collections }) => collections.nodes)
      : null,
  ]);
  if (!resource) throw new Response(null, { status: 404 });
  // An old slug finds the resource under its current one: move links and bookmarks on for good.
  if (resource.slug !== slug) throw redirect(resourcePath(resource.slug), 301);
  return { resource, curated };
}

/** "Add to collection": the one form on the page. */
export async function action({ params, request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const slug = slugParam(params);
  const collectionSlug = text(form, "collectionSlug");
  try {
    await api.request(AddResourceToCollectionDocument, { input: { collectionSlug, resourceSlug: slug } }, { request });
    return redirect(
      `${resourcePath(slug)}?${new URLSearchParams({ added: collectionSlug }).toString()}#add-to-collection`,
    );
  } catch (error) {
    // "Already in this collection" reads best beside the collection chosen.
    const problem = problemFrom(error, new Set(["collectionSlug"]), { resourceSlug: "collectionSlug" });
    return data({ collectionSlug, problem }, { status: 400 });
  }
}

/** "“Title” by A and B, shared by Network, https://…, licensed under CC BY 4.0 (https://…)." */
function attributionLine(resource: Resource, url: string): string {
  const by = listInWords(resource.authors.map((author) => author.name));
  const parts = [`“${resource.title}”`];
  if (by) parts.push(` by ${by}`);
  if (resource.owningNetwork) parts.push(`, shared by ${resource.owningNetwork.name}`);
  parts.push(`, ${url}`);
  parts.push(
    resource.licenceUrl
      ? `, licensed under ${resource.licenceLabel} (${resource.licenceUrl}).`
      : `. ${resource.licenceLabel}.`,
  );
  return parts.join("");
}

/** schema.org LearningResource with the LRMI properties search engines and repositories read. */
function learningResourceJsonLd(resource: Resource, url: string, labels: Labels): Record<string, unknown> {
  const levels = [...resource.keyStages.map(labels.keyStage), ...resource.phases.map(labels.phase)];
  return {
    "@type": "LearningResource",
    "@id": url,
    url,
    name: resource.title,
    description: resource.summary,
    learningResourceType: resourceTypeLabels[resource.type],
    educationalLevel: levels,
    teaches: [...resource.subjects.map((subject) => subject.name), ...resource.themes.map((theme) => theme.name)],
    keywords: resource.tags.join(", "),
    inLanguage: "en-GB",
    isAccessibleForFree: true,
    ...(resource.licenceUrl ? { license: resource.licenceUrl } : {}),
    author: resource.authors.map((author) => ({ "@type": "Person", name: author.name })),
    ...(resource.owningNetwork ? { publisher: { "@type": "Organization", name: resource.owningNetwork.name } } : {}),
    ...(resource.publishedAt ? { datePublished: resource.publishedAt } : {}),
    dateModified: resource.updatedAt,
    educationalAlignment: [
      ...resource.subjects.map((subject) => ({
        "@type": "AlignmentObject",
        alignmentType: "educationalSubject",
        targetName: subject.name,
      })),
      ...resource.keyStages.map((keyStage) => ({
        "@type": "AlignmentObject",
        alignmentType: "educationalLevel",
        educationalFramework: "National curriculum in England",
        targetName: labels.keyStage(keyStage),
      })),
    ],
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { resource } = data;
  const root = rootDataFrom(matches);
  const path = resourcePath(resource.slug);
  return pageMeta(matches, {
    title: resource.title,
    description: resource.summary,
    path,
    type: "article",
    jsonLd: learningResourceJsonLd(resource, `${root?.origin ?? ""}${path}`, labelsFor(root?.vocabulary.taxonomy)),
  });
};

export default function ResourcePage() {
  const { resource, curated } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  const member = useMember();
  const labels = useLabels();
  const permalink = `${useSiteOrigin()}${resourcePath(resource.slug)}`;

  return (
    <>
      <Breadcrumbs trail={[{ to: "/resources", label: "Resources" }]} current={resource.title} />
      <div className="with-sidebar with-sidebar--end">
        <article>
          <p className="card__kind">{resourceTypeLabels[resource.type]}</p>
          <h1>{resource.title}</h1>
          <p className="lead">{resource.summary}</p>
          {/* Sanitised by the API when it renders the Markdown, so it is safe to insert. */}
          <div className="body-html" dangerouslySetInnerHTML={{ __html: resource.bodyHtml }} />

          {resource.links.length > 0 && (
            <section aria-labelledby="links">
              <h2 id="links">Links</h2>
              <ul>
                {resource.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} rel="noopener">
                      {link.title}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {resource.attachments.length > 0 && (
            <section aria-labelledby="files">
              <h2 id="files">Files</h2>
              <ul className="attachments">
                {resource.attachments.map((attachment) => (
                  <li key={attachment.id} className="attachment">
                    <Thumbnail attachment={attachment} />
                    <div>
                      <a href={attachment.downloadPath} download={attachment.filename}>
                        {attachment.title}
                      </a>{" "}
                      <span className="muted">
                        ({attachment.typeLabel}, {formatFileSize(attachment.size)})
                      </span>
                      {attachment.textPreview && (
                        <details>
                          <summary>Text of {attachment.title}</summary>
                          <p className="attachment-text">{attachment.textPreview}</p>
                        </details>
                      )}
                      {resource.viewerCanEdit && <ExtractionProblem attachment={attachment} />}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="reuse">
            <h2 id="reuse">Reuse and cite</h2>
            <p>
              <LicenceBadge licence={resource.licence} label={resource.licenceLabel} />{" "}
              {resource.licenceUrl ? (
                <>
                  Shared under the{" "}
                  <a href={resource.licenceUrl} rel="license noopener">
                    {resource.licenceLabel}
                  </a>
                  . You may reuse it on the licence&rsquo;s terms if you credit it.
                </>
              ) : (
                <>{resource.licenceLabel}: ask the network before reusing it.</>
              )}
            </p>
            <CopyField label="Attribution" rows={4} value={attributionLine(resource, permalink)} />
            <CopyField label="Link" value={permalink} />
            <p>
              <a href={permalink}>Permanent link to this resource</a>
            </p>
          </section>
        </article>

        <aside aria-label="About this resource">
          <dl className="facts panel">
            {resource.authors.length > 0 && (
              <div>
                <dt>{resource.authors.length === 1 ? "Author" : "Authors"}</dt>
                {resource.authors.map((author) => (
                  <dd key={author.name}>
                    {author.name}
                    {author.jobTitle && <span className="muted">, {author.jobTitle}</span>}
                  </dd>
                ))}
              </div>
            )}
            {resource.owningNetwork && (
              <div>
                <dt>Network</dt>
                <dd>
                  <Link to={networkPath(resource.owningNetwork.slug)}>{resource.owningNetwork.name}</Link>
                </dd>
              </div>
            )}
            {resource.school && (
              <div>
                <dt>School</dt>
                <dd>
                  <Link to={schoolPath(resource.school.urn)}>{resource.school.name}</Link>
                </dd>
              </div>
            )}
            {resource.publishedAt && (
              <div>
                <dt>Published</dt>
                <dd>
                  <time dateTime={resource.publishedAt}>{formatDate(resource.publishedAt)}</time>
                </dd>
              </div>
            )}
            <div>
              <dt>Last updated</dt>
              <dd>
                <time dateTime={resource.updatedAt}>{formatDate(resource.updatedAt)}</time> (
                <Link to={`${resourcePath(resource.slug)}/history`}>history</Link>)
              </dd>
            </div>
          </dl>
          {resource.subjects.length + resource.keyStages.length + resource.phases.length > 0 && (
            <h2>Subjects and stages</h2>
          )}
          <Chips
            label="Subjects"
            chips={resource.subjects.map((subject) => ({
              key: subject.slug,
              label: subject.name,
              to: resourcesPath({ subject: subject.slug }),
            }))}
          />
          <Chips
            label="Key stages"
            chips={resource.keyStages.map((keyStage) => ({
              key: keyStage,
              label: labels.keyStage(keyStage),
              to: resourcesPath({ keyStage }),
            }))}
          />
          <Chips
            label="Phases"
            chips={resource.phases.map((phase) => ({
              key: phase,
              label: labels.phase(phase),
              to: resourcesPath({ phase }),
            }))}
          />
          <Chips
            label="Year groups"
            chips={resource.yearGroups.map((yearGroup) => ({ key: yearGroup, label: labels.yearGroup(yearGroup) }))}
          />
          {resource.themes.length > 0 && <h2>Themes</h2>}
          <Chips
            label="Themes"
            chips={resource.themes.map((theme) => ({
              key: theme.slug,
              label: theme.name,
              to: resourcesPath({ theme: theme.slug }),
            }))}
          />
          {resource.ambitions.length > 0 && <h2>Shared ambitions</h2>}
          <Chips
            label="Shared ambitions"
            chips={resource.ambitions.map((ambition) => ({
              key: ambition.slug,
              label: ambition.title,
              to: resourcesPath({ ambition: ambition.slug }),
            }))}
          />
          {resource.collections.length > 0 && (
            <section aria-labelledby="in-collections">
              <h2 id="in-collections">In collections</h2>
              <ul>
                {resource.collections.map((collection) => (
                  <li key={collection.slug}>
                    <Link to={collectionPath(collection.slug)}>{collection.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {curated && member && (
            <AddToCollection
              collections={curated}
              csrfToken={member.csrfToken}
              added={search.get("added")}
              failure={failure}
            />
          )}
          {resource.areasOfExcellence.length > 0 && (
            <section aria-labelledby="linked-excellence">
              <h2 id="linked-excellence">Areas of Excellence</h2>
              <ul>
                {resource.areasOfExcellence.map((area) => (
                  <li key={area.slug}>
                    <Link to={aoePath(area.slug)}>{area.title}</Link>, {area.school.name}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {resource.curriculumUnits.length > 0 && (
            <section aria-labelledby="linked-units">
              <h2 id="linked-units">Curriculum units</h2>
              <ul>
                {resource.curriculumUnits.map((unit) => (
                  <li key={unit.id}>
                    <Link to={entitlementPath(unit.entitlement.slug, unit.entitlement.version)}>{unit.title}</Link> (
                    {unit.entitlement.title}, version {unit.entitlement.version})
                  </li>
                ))}
              </ul>
            </section>
          )}
          {resource.tags.length > 0 && <h2>Tags</h2>}
          <Chips label="Tags" chips={resource.tags.map((tag) => ({ key: tag, label: tag }))} />
        </aside>
      </div>

      {resource.relatedResources.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">Related resources</h2>
          <CardGrid
            items={resource.relatedResources}
            keyOf={(related) => related.slug}
            render={(related) => <ResourceCard resource={related} />}
          />
        </section>
      )}
    </>
  );
}
