import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { CurriculumEntitlementOrder } from "./curriculum.enums.js";
import type { Context } from "../../graphql/context.js";
import { PageArgs, connectionTypes, type Connection } from "../../graphql/relay.js";
import { User } from "../accounts/user.entity.js";
import { Network, School } from "../organisations/index.js";
import { Resource } from "../resources/index.js";
import { Subject } from "../taxonomy/index.js";
import { CurriculumEntitlement } from "./curriculum-entitlement.entity.js";
import { CurriculumUnit } from "./curriculum-unit.entity.js";
import { EntitlementAdoption } from "./entitlement-adoption.entity.js";
import {
  AddCurriculumUnitInput,
  CreateCurriculumEntitlementInput,
  CurriculumEntitlementFilter,
  CurriculumUnitRefInput,
  EntitlementSeriesInput,
  EntitlementVersionInput,
  MoveCurriculumUnitInput,
  RecordEntitlementAdoptionInput,
  UpdateCurriculumEntitlementInput,
  UpdateCurriculumUnitInput,
} from "./curriculum.inputs.js";
import { CurriculumService } from "./curriculum.service.js";
import {
  CurriculumEntitlementPayload,
  EntitlementAdoptionPayload,
  EntitlementComparison,
  EntitlementCoverageRow,
} from "./curriculum.types.js";

export const { ConnectionType: CurriculumEntitlementConnection } = connectionTypes(
  CurriculumEntitlement,
  "curriculum entitlements",
);

@Resolver(() => CurriculumEntitlement)
export class CurriculumEntitlementResolver {
  @Query(() => CurriculumEntitlement, {
    nullable: true,
    description:
      "One version of an entitlement series. Without `version`: the agreed version if you may see it, else the latest version you may see. Null when there is none you may see.",
  })
  curriculumEntitlement(
    @Arg("slug", () => String) slug: string,
    @Arg("version", () => Int, { nullable: true }) version: number | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlement | null> {
    return new CurriculumService(em).find(viewer, slug, version);
  }

  @Query(() => CurriculumEntitlementConnection, {
    description:
      "Entitlement versions you may see, newest first unless asked otherwise, optionally narrowed by a filter.",
  })
  curriculumEntitlements(
    @Arg("filter", () => CurriculumEntitlementFilter, { nullable: true, validate: false })
    filter: CurriculumEntitlementFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("orderBy", () => CurriculumEntitlementOrder, {
      defaultValue: CurriculumEntitlementOrder.NEWEST,
      description: "How to order them.",
    })
    orderBy: CurriculumEntitlementOrder,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<CurriculumEntitlement>> {
    return new CurriculumService(em).list(viewer, filter, { first, after }, orderBy);
  }

  @Query(() => EntitlementComparison, {
    description:
      "What changed between two versions of an entitlement: units added, removed and changed (matched by `unitKey`, so renamed units still match).",
  })
  compareEntitlementVersions(
    @Arg("slug", () => String) slug: string,
    @Arg("from", () => Int) from: number,
    @Arg("to", () => Int) to: number,
    @Ctx() { em, viewer }: Context,
  ): Promise<EntitlementComparison> {
    return new CurriculumService(em).compare(viewer, slug, from, to);
  }

  @Query(() => [EntitlementCoverageRow], {
    description:
      "For a subject network: which version of each of its agreed entitlements every school teaches (the schools of its parent trust if it has one, else its own schools).",
  })
  entitlementCoverage(
    @Arg("networkSlug", () => String) networkSlug: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<EntitlementCoverageRow[]> {
    return new CurriculumService(em).coverage(viewer, networkSlug);
  }

  @FieldResolver(() => Network, { description: "The subject network that writes and agrees the entitlement." })
  owningNetwork(@Root() entitlement: CurriculumEntitlement, @Ctx() { em }: Context): Promise<Network> {
    return new CurriculumService(em).networkOf(entitlement);
  }

  @FieldResolver(() => Subject, { description: "The subject." })
  subject(@Root() entitlement: CurriculumEntitlement, @Ctx() { em }: Context): Promise<Subject> {
    return new CurriculumService(em).subjectOf(entitlement);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who agreed this version." })
  agreedBy(@Root() entitlement: CurriculumEntitlement, @Ctx() { em }: Context): Promise<User | null> {
    return entitlement.agreedBy
      ? em.findOne(User, { uuid: entitlement.agreedBy.unwrap().uuid })
      : Promise.resolve(null);
  }

  @FieldResolver(() => [CurriculumUnit], { description: "The units, in teaching order." })
  units(@Root() entitlement: CurriculumEntitlement, @Ctx() { em }: Context): Promise<CurriculumUnit[]> {
    return new CurriculumService(em).unitsOf(entitlement);
  }

  @FieldResolver(() => [CurriculumEntitlement], {
    description: "Every version of this entitlement's series you may see, oldest first.",
  })
  versions(
    @Root() entitlement: CurriculumEntitlement,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlement[]> {
    return new CurriculumService(em).versionsOf(viewer, entitlement);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may change this version: it is a draft and you contribute to its network.",
  })
  viewerCanEdit(@Root() entitlement: CurriculumEntitlement, @Ctx() { em, viewer }: Context): boolean {
    return new CurriculumService(em).canEditDraft(viewer, entitlement);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether you may start the series' next version from this one: it is the agreed version and you contribute to its network.",
  })
  viewerCanStartDraft(@Root() entitlement: CurriculumEntitlement, @Ctx() { em, viewer }: Context): boolean {
    return new CurriculumService(em).canStartDraftFrom(viewer, entitlement);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may agree this version: it is a draft and you moderate its network.",
  })
  viewerCanAgree(@Root() entitlement: CurriculumEntitlement, @Ctx() { em, viewer }: Context): boolean {
    return new CurriculumService(em).canAgree(viewer, entitlement);
  }

  @FieldResolver(() => [EntitlementAdoption], { description: "Schools that teach this version, by school name." })
  adoptions(@Root() entitlement: CurriculumEntitlement, @Ctx() { em }: Context): Promise<EntitlementAdoption[]> {
    return new CurriculumService(em).adoptionsOf(entitlement);
  }
}

@Resolver(() => CurriculumUnit)
export class CurriculumUnitResolver {
  @FieldResolver(() => [Resource], { description: "Resources that teach the unit, among those you may see." })
  linkedResources(@Root() unit: CurriculumUnit, @Ctx() { em, viewer }: Context): Promise<Resource[]> {
    return new CurriculumService(em).linkedResourcesOf(viewer, unit);
  }

  @FieldResolver(() => CurriculumEntitlement, {
    description: "The entitlement version the unit belongs to (every path to a unit already checked you may see it).",
  })
  entitlement(@Root() unit: CurriculumUnit): Promise<CurriculumEntitlement> {
    return unit.entitlement.loadOrFail({ dataloader: true });
  }
}

@Resolver(() => EntitlementAdoption)
export class EntitlementAdoptionResolver {
  @FieldResolver(() => School, { description: "The school." })
  school(@Root() adoption: EntitlementAdoption, @Ctx() { em }: Context): Promise<School> {
    return em.findOneOrFail(School, { uuid: adoption.school.unwrap().uuid });
  }

  @FieldResolver(() => CurriculumEntitlement, { description: "The version the school teaches." })
  entitlement(@Root() adoption: EntitlementAdoption, @Ctx() { em }: Context): Promise<CurriculumEntitlement> {
    return em.findOneOrFail(CurriculumEntitlement, { uuid: adoption.entitlement.unwrap().uuid });
  }
}

@Resolver()
export class CurriculumMutations {
  @Mutation(() => CurriculumEntitlementPayload, {
    description:
      "Starts a curriculum entitlement: version 1 of a new series, as a draft of a subject network (its contributors, and admins).",
  })
  async createCurriculumEntitlement(
    @Arg("input", () => CreateCurriculumEntitlementInput, { validate: false }) input: CreateCurriculumEntitlementInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlementPayload> {
    return { entitlement: await new CurriculumService(em).create(viewer, input), unit: null };
  }

  @Mutation(() => CurriculumEntitlementPayload, {
    description:
      "Starts the next version of a series as a draft holding a copy of the agreed version's units. Refused while a draft exists.",
  })
  async createEntitlementDraftFromAgreed(
    @Arg("input", () => EntitlementSeriesInput, { validate: false }) input: EntitlementSeriesInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlementPayload> {
    return { entitlement: await new CurriculumService(em).draftFromAgreed(viewer, input), unit: null };
  }

  @Mutation(() => CurriculumEntitlementPayload, {
    description:
      "Changes a draft's title, rationale or visibility (contributors of the owning network, and admins). Agreed versions never change.",
  })
  async updateCurriculumEntitlement(
    @Arg("input", () => UpdateCurriculumEntitlementInput, { validate: false }) input: UpdateCurriculumEntitlementInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlementPayload> {
    return { entitlement: await new CurriculumService(em).updateDraft(viewer, input), unit: null };
  }

  @Mutation(() => CurriculumEntitlementPayload, {
    description: "Adds a unit to a draft, at the end unless a position is given.",
  })
  async addCurriculumUnit(
    @Arg("input", () => AddCurriculumUnitInput, { validate: false }) input: AddCurriculumUnitInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlementPayload> {
    return new CurriculumService(em).addUnit(viewer, input);
  }

  @Mutation(() => CurriculumEntitlementPayload, { description: "Changes a unit of a draft." })
  async updateCurriculumUnit(
    @Arg("input", () => UpdateCurriculumUnitInput, { validate: false }) input: UpdateCurriculumUnitInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlementPayload> {
    return new CurriculumService(em).updateUnit(viewer, input);
  }

  @Mutation(() => CurriculumEntitlementPayload, { description: "Moves a unit of a draft to another position." })
  async moveCurriculumUnit(
    @Arg("input", () => MoveCurriculumUnitInput, { validate: false }) input: MoveCurriculumUnitInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlementPayload> {
    return new CurriculumService(em).moveUnit(viewer, input);
  }

  @Mutation(() => CurriculumEntitlementPayload, { description: "Removes a unit from a draft." })
  async removeCurriculumUnit(
    @Arg("input", () => CurriculumUnitRefInput, { validate: false }) input: CurriculumUnitRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlementPayload> {
    return { ...(await new CurriculumService(em).removeUnit(viewer, input)), unit: null };
  }

  @Mutation(() => CurriculumEntitlementPayload, {
    description:
      "Agrees a draft (the network's moderators, and admins): it becomes AGREED and the version agreed before it SUPERSEDED.",
  })
  async agreeEntitlement(
    @Arg("input", () => EntitlementVersionInput, { validate: false }) input: EntitlementVersionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CurriculumEntitlementPayload> {
    return { entitlement: await new CurriculumService(em).agree(viewer, input), unit: null };
  }

  @Mutation(() => EntitlementAdoptionPayload, {
    description:
      "Records which agreed version of an entitlement a school teaches, replacing its earlier adoption of the series (contributors of the owning network or of a network the school belongs to, and admins).",
  })
  async recordEntitlementAdoption(
    @Arg("input", () => RecordEntitlementAdoptionInput, { validate: false }) input: RecordEntitlementAdoptionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<EntitlementAdoptionPayload> {
    return { adoption: await new CurriculumService(em).recordAdoption(viewer, input) };
  }
}

/** Adds, to every resource, the curriculum units that teach with it. */
@Resolver(() => Resource)
export class ResourceCurriculumResolver {
  @FieldResolver(() => [CurriculumUnit], {
    description:
      "The curriculum units that link to this resource, in entitlement versions you may see (newest version first).",
  })
  curriculumUnits(@Root() resource: Resource, @Ctx() { em, viewer }: Context): Promise<CurriculumUnit[]> {
    return new CurriculumService(em).unitsLinkedTo(viewer, resource);
  }
}
