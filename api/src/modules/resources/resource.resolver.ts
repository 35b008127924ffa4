import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import type { Context } from "../../graphql/context.js";
import { PageArgs, type Connection } from "../../graphql/relay.js";
import { User } from "../accounts/user.entity.js";
import { Network, School } from "../organisations/index.js";
import { Subject, Theme } from "../taxonomy/index.js";
import { SharedAmbition, inAmbitionOrder } from "../ambitions/index.js";
import { BODY_MAX_BYTES, Resource } from "./resource.entity.js";
import { badInput } from "../../graphql/errors.js";
import { LICENCES, ResourceOrder } from "./resource.enums.js";
import {
  CreateResourceInput,
  RequestResourceChangesInput,
  ResourceFilter,
  ResourceRefInput,
  RestoreResourceRevisionInput,
  UpdateResourceInput,
} from "./resource.inputs.js";
import { renderMarkdown } from "./resource.markdown.js";
import { ResourceRevision } from "./resource-revision.entity.js";
import { itemsOf, ResourceService } from "./resource.service.js";
import {
  ArchiveResourcePayload,
  CreateResourcePayload,
  PublishResourcePayload,
  RequestResourceChangesPayload,
  ResourceConnection,
  ResourceFieldChange,
  ResourceRevisionConnection,
  RestoreResourceRevisionPayload,
  SubmitResourceForReviewPayload,
  UpdateResourcePayload,
  type ResourcePayload,
} from "./resource.types.js";

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => Resource, {
    nullable: true,
    description:
      "A resource by its slug, or null when there is none the viewer may see. An old slug finds the resource too; its `slug` is then the current one, to redirect to.",
  })
  resource(@Arg("slug", () => String) slug: string, @Ctx() { em, viewer }: Context): Promise<Resource | null> {
    return new ResourceService(em).visibleBySlug(viewer, slug);
  }

  @Query(() => ResourceConnection, { description: "The resources the viewer may see, narrowed by a filter." })
  resources(
    @Arg("filter", () => ResourceFilter, { nullable: true, description: "Only resources matching all of these." })
    filter: ResourceFilter | null,
    @Arg("orderBy", () => ResourceOrder, { defaultValue: ResourceOrder.NEWEST, description: "The order of the list." })
    orderBy: ResourceOrder,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<Resource>> {
    return new ResourceService(em).list(viewer, filter, orderBy, { first, after });
  }

  @Query(() => String, {
    description:
      "Markdown rendered to HTML exactly as a resource body is (`Resource.bodyHtml`), sanitised: for an editor's preview.",
  })
  renderMarkdown(
    @Arg("markdown", () => String, { description: "At most 200 KB of Markdown." }) markdown: string,
  ): string {
    if (Buffer.byteLength(markdown, "utf8") > BODY_MAX_BYTES) {
      throw badInput("markdown", `markdown must be at most ${BODY_MAX_BYTES / 1024} KB`);
    }
    return renderMarkdown(markdown);
  }

  @Query(() => ResourceRevision, {
    nullable: true,
    description: "One saved version of a resource; null unless the viewer may edit the resource.",
  })
  resourceRevision(
    @Arg("resourceSlug", () => String) resourceSlug: string,
    @Arg("number", () => Int) number: number,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourceRevision | null> {
    return new ResourceService(em).revision(viewer, resourceSlug, number);
  }

  @Query(() => [ResourceFieldChange], {
    nullable: true,
    description: "The fields that differ from one revision to another; null unless the viewer may edit the resource.",
  })
  compareResourceRevisions(
    @Arg("slug", () => String) slug: string,
    @Arg("from", () => Int) from: number,
    @Arg("to", () => Int) to: number,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourceFieldChange[] | null> {
    return new ResourceService(em).compareRevisions(viewer, slug, from, to);
  }

  @FieldResolver(() => String, { description: "The body rendered from Markdown to HTML that is safe to show." })
  bodyHtml(@Root() resource: Resource): string {
    return renderMarkdown(resource.body);
  }

  @FieldResolver(() => String, {
    description: "The licence's name, e.g. 'Creative Commons Attribution 4.0 International'.",
  })
  licenceLabel(@Root() resource: Resource): string {
    return LICENCES[resource.licence].label;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The licence's canonical address; null for all rights reserved.",
  })
  licenceUrl(@Root() resource: Resource): string | null {
    return LICENCES[resource.licence].url;
  }

  @FieldResolver(() => [User], { description: "The people who wrote the resource." })
  authors(@Root() resource: Resource): Promise<User[]> | User[] {
    return itemsOf(resource.authors);
  }

  @FieldResolver(() => [Subject], { description: "The subjects the resource is about." })
  subjects(@Root() resource: Resource): Promise<Subject[]> | Subject[] {
    return itemsOf(resource.subjects);
  }

  @FieldResolver(() => [Theme], { description: "The school-improvement themes the resource serves." })
  themes(@Root() resource: Resource): Promise<Theme[]> | Theme[] {
    return itemsOf(resource.themes);
  }

  @FieldResolver(() => [SharedAmbition], { description: "The shared ambitions the resource serves." })
  async ambitions(@Root() resource: Resource): Promise<SharedAmbition[]> {
    return inAmbitionOrder((await resource.ambitions.load({ dataloader: true })).getItems());
  }

  @FieldResolver(() => Network, {
    nullable: true,
    description: "The network that owns and moderates the resource; null only for material older than networks.",
  })
  owningNetwork(@Root() resource: Resource): Promise<Network | null> | null {
    return resource.owningNetwork ? resource.owningNetwork.load() : null;
  }

  @FieldResolver(() => [Network], { description: "Further networks whose members see it when visibility is NETWORK." })
  sharedWith(@Root() resource: Resource): Promise<Network[]> | Network[] {
    return itemsOf(resource.sharedWith);
  }

  @FieldResolver(() => School, { nullable: true, description: "The school the resource comes from, if any." })
  school(@Root() resource: Resource): Promise<School | null> | null {
    return resource.school ? resource.school.load() : null;
  }

  @FieldResolver(() => [Resource], {
    description: "Other resources worth reading alongside, of those the viewer may see.",
  })
  async relatedResources(@Root() resource: Resource, @Ctx() { em, viewer }: Context): Promise<Resource[]> {
    return new ResourceService(em).visibleAmong(viewer, await itemsOf(resource.relatedResources));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "A moderator's note on what to change; shown only to those who may edit the resource.",
  })
  async reviewComment(@Root() resource: Resource, @Ctx() { em, viewer }: Context): Promise<string | null> {
    if (resource.reviewComment === null) return null;
    return (await new ResourceService(em).canEdit(viewer, resource)) ? resource.reviewComment : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may change the resource." })
  viewerCanEdit(@Root() resource: Resource, @Ctx() { em, viewer }: Context): Promise<boolean> {
    return new ResourceService(em).canEdit(viewer, resource);
  }

  @FieldResolver(() => ResourceRevisionConnection, {
    nullable: true,
    description: "Saved versions, newest first; null unless the viewer may edit the resource.",
  })
  revisions(
    @Root() resource: Resource,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<ResourceRevision> | null> {
    return new ResourceService(em).revisions(viewer, resource, page);
  }

  @Mutation(() => CreateResourcePayload, {
    description: "Starts a draft resource owned by a network you contribute to, with you as its author.",
  })
  async createResource(
    @Arg("input", () => CreateResourceInput, { validate: false }) input: CreateResourceInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourcePayload> {
    return { resource: await new ResourceService(em).create(viewer, input) };
  }

  @Mutation(() => UpdateResourcePayload, {
    description: "Changes a resource (its authors and the network's moderators); saves a new revision.",
  })
  async updateResource(
    @Arg("input", () => UpdateResourceInput, { validate: false }) input: UpdateResourceInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourcePayload> {
    return { resource: await new ResourceService(em).update(viewer, input) };
  }

  @Mutation(() => SubmitResourceForReviewPayload, { description: "Sends a draft to the network's moderators." })
  async submitResourceForReview(
    @Arg("input", () => ResourceRefInput, { validate: false }) input: ResourceRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourcePayload> {
    return { resource: await new ResourceService(em).submitForReview(viewer, input) };
  }

  @Mutation(() => PublishResourcePayload, {
    description:
      "Publishes a resource in review (the owning network's moderators); a draft too where the network lets moderators publish directly.",
  })
  async publishResource(
    @Arg("input", () => ResourceRefInput, { validate: false }) input: ResourceRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourcePayload> {
    return { resource: await new ResourceService(em).publish(viewer, input) };
  }

  @Mutation(() => RequestResourceChangesPayload, {
    description: "Sends a resource in review back to draft with a comment for its authors (moderators).",
  })
  async requestResourceChanges(
    @Arg("input", () => RequestResourceChangesInput, { validate: false }) input: RequestResourceChangesInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourcePayload> {
    return { resource: await new ResourceService(em).requestChanges(viewer, input) };
  }

  @Mutation(() => ArchiveResourcePayload, { description: "Withdraws a published resource (moderators)." })
  async archiveResource(
    @Arg("input", () => ResourceRefInput, { validate: false }) input: ResourceRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourcePayload> {
    return { resource: await new ResourceService(em).archive(viewer, input) };
  }

  @Mutation(() => RestoreResourceRevisionPayload, {
    description: "Brings back an earlier revision's content as a new revision (those who may edit the resource).",
  })
  async restoreResourceRevision(
    @Arg("input", () => RestoreResourceRevisionInput, { validate: false }) input: RestoreResourceRevisionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourcePayload> {
    return { resource: await new ResourceService(em).restoreRevision(viewer, input) };
  }
}

@Resolver(() => ResourceRevision)
export class ResourceRevisionResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who saved this version; null for imported material." })
  author(@Root() revision: ResourceRevision, @Ctx() { em }: Context): Promise<User | null> | null {
    if (!revision.author) return null;
    return em.findOne(User, { uuid: revision.author.uuid });
  }

  @FieldResolver(() => GraphQLJSONObject, { description: "The resource's editable fields as this version saved them." })
  snapshot(@Root() revision: ResourceRevision): Record<string, unknown> {
    return { ...revision.snapshot };
  }
}
