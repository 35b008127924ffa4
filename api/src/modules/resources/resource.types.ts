import { Field, ObjectType } from "type-graphql";
import { connectionTypes } from "../../graphql/relay.js";
import { Resource } from "./resource.entity.js";
import { ResourceRevision } from "./resource-revision.entity.js";

export const { ConnectionType: ResourceConnection } = connectionTypes(Resource, "resources");
export const { ConnectionType: ResourceRevisionConnection } = connectionTypes(ResourceRevision, "revisions");

/** Payloads of the resource mutations: each carries the resource as it is after the change. */
function resourcePayload(mutation: string) {
  @ObjectType(`${mutation[0]!.toUpperCase()}${mutation.slice(1)}Payload`, {
    description: `The result of \`${mutation}\`.`,
  })
  class Payload {
    @Field(() => Resource, { description: "The resource as it is now." })
    resource!: Resource;
  }
  return Payload;
}

export const CreateResourcePayload = resourcePayload("createResource");
export const UpdateResourcePayload = resourcePayload("updateResource");
export const SubmitResourceForReviewPayload = resourcePayload("submitResourceForReview");
export const PublishResourcePayload = resourcePayload("publishResource");
export const RequestResourceChangesPayload = resourcePayload("requestResourceChanges");
export const ArchiveResourcePayload = resourcePayload("archiveResource");
export const RestoreResourceRevisionPayload = resourcePayload("restoreResourceRevision");

/** What a mutation payload holds. */
export interface ResourcePayload {
  resource: Resource;
}

@ObjectType({ description: "One field that differs between two revisions, with both values as JSON." })
export class ResourceFieldChange {
  @Field(() => String, { description: "The field's name, e.g. `title` or `subjectSlugs`." })
  field!: string;

  @Field(() => String, { description: "The value in the earlier revision, JSON-encoded." })
  before!: string;

  @Field(() => String, { description: "The value in the later revision, JSON-encoded." })
  after!: string;
}
