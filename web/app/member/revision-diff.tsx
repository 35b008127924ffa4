import type { CompareResourceRevisionsQuery, Licence, ResourceType, Visibility } from "@hub/schema";

import { DiffItem, DiffList } from "../components/diff-list";
import { useLabels, useVocabulary, type Labels } from "../root-data";
import { licenceShortLabels, resourceTypeLabels } from "../utils/labels";
import { diffLines } from "../utils/line-diff";

/** The editor's names for the fields a revision keeps, in the order the API compares them. */
const FIELD_LABELS: Record<string, string> = {
  slug: "Address (slug)",
  title: "Title",
  summary: "Summary",
  body: "Body",
  type: "Type of resource",
  subjectSlugs: "Subjects",
  themeSlugs: "School-improvement themes",
  ambitionSlugs: "Shared ambitions",
  phases: "Phases",
  keyStages: "Key stages",
  yearGroups: "Year groups",
  tags: "Tags",
  licence: "Licence",
  visibility: "Who may see it",
  sharedWithNetworkIds: "Also shared with networks",
  schoolId: "School it comes from",
  links: "Links",
  relatedResourceIds: "Related resources",
};

const VISIBILITY_LABELS: Record<Visibility, string> = {
  PUBLIC: "Everyone",
  NETWORK: "Members of the owning network and the networks it is shared with",
  PRIVATE: "Only its authors and the network's moderators",
};

type FieldChange = NonNullable<CompareResourceRevisionsQuery["compareResourceRevisions"]>[number];

type Value = string | null | readonly string[] | ReadonlyArray<{ title: string; url: string }>;

/** Names for the values of list fields, where the editor has them. */
function itemNamer(field: string, vocabulary: ReturnType<typeof useVocabulary>, labels: Labels) {
  const byslug = (items: ReadonlyArray<{ slug: string; name: string }>) => {
    const names = new Map(items.map((item) => [item.slug, item.name]));
    return (slug: string) => names.get(slug) ?? slug;
  };
  switch (field) {
    case "subjectSlugs":
      return byslug(vocabulary.subjects);
    case "themeSlugs":
      return byslug(vocabulary.themes);
    case "phases":
      return (value: string) => labels.phase(value as Parameters<Labels["phase"]>[0]);
    case "keyStages":
      return (value: string) => labels.keyStage(value as Parameters<Labels["keyStage"]>[0]);
    case "yearGroups":
      return (value: string) => labels.yearGroup(value as Parameters<Labels["yearGroup"]>[0]);
    default:
      return (value: string) => value;
  }
}

function singleValue(field: string, value: string | null): string {
  if (value === null || value === "") return "(empty)";
  if (field === "type") return resourceTypeLabels[value as ResourceType] ?? value;
  if (field === "licence") return licenceShortLabels[value as Licence] ?? value;
  if (field === "visibility") return VISIBILITY_LABELS[value as Visibility] ?? value;
  return value;
}

/** Networks, the school and related resources are kept by id: say how many, since their names may have changed. */
function idCount(field: string, value: Value): string {
  if (field === "schoolId") return value ? "a school" : "no school";
  const count = Array.isArray(value) ? value.length : 0;
  const noun = field === "sharedWithNetworkIds" ? "network" : "resource";
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function BodyDiff({ before, after }: { readonly before: string; readonly after: string }) {
  return (
    <ol className="line-diff">
      {diffLines(before, after).map((line, index) =>
        line.kind === "skipped" ? (
          <li key={index} className="line-diff__skipped">
            … {line.count} unchanged line{line.count === 1 ? "" : "s"} …
          </li>
        ) : line.kind === "same" ? (
          <li key={index}>{line.text || " "}</li>
        ) : (
          <DiffItem key={index} kind={line.kind} text={line.text} />
        ),
      )}
    </ol>
  );
}

function ChangedField({ change }: { readonly change: FieldChange }) {
  const vocabulary = useVocabulary();
  const labels = useLabels();
  const before = JSON.parse(change.before) as Value;
  const after = JSON.parse(change.after) as Value;
  const { field } = change;
  let shown;
  if (field === "body") {
    shown = <BodyDiff before={String(before ?? "")} after={String(after ?? "")} />;
  } else if (field.endsWith("Ids") || field === "schoolId") {
    shown = (
      <p>
        Changed: {idCount(field, before)} then, {idCount(field, after)} now.
      </p>
    );
  } else if (Array.isArray(before) || Array.isArray(after)) {
    const name = itemNamer(field, vocabulary, labels);
    const asText = (value: Value) =>
      ((value ?? []) as ReadonlyArray<string | { title: string; url: string }>).map((item) =>
        typeof item === "string" ? name(item) : `${item.title} (${item.url})`,
      );
    const then = asText(before);
    const now = asText(after);
    shown = (
      <DiffList added={now.filter((item) => !then.includes(item))} removed={then.filter((i) => !now.includes(i))} />
    );
  } else {
    shown = (
      <DiffList
        added={[singleValue(field, after as string | null)]}
        removed={[singleValue(field, before as string | null)]}
      />
    );
  }
  return (
    <div className="field-change">
      <h3>{FIELD_LABELS[field] ?? field}</h3>
      {shown}
    </div>
  );
}

/** What changed from an earlier version to the current one, field by field. */
export function RevisionDiff({ changes }: { readonly changes: readonly FieldChange[] }) {
  return (
    <>
      {changes.map((change) => (
        <ChangedField key={change.field} change={change} />
      ))}
    </>
  );
}
