import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { PageArgs, type Connection } from "../../graphql/relay.js";
import { canSeeContactDetails } from "../../policy/index.js";
import { School } from "../organisations/index.js";
import { Theme } from "../taxonomy/index.js";
import { SharedAmbition, inAmbitionOrder } from "../ambitions/index.js";
import { User } from "../accounts/index.js";
import { Resource, ResourceService } from "../resources/index.js";
import { AreaOfExcellence } from "./area-of-excellence.entity.js";
import { ExcellenceEvent } from "./event.entity.js";
import { AreaOfExcellenceOrder } from "./excellence.enums.js";
import {
  AreaOfExcellenceFilter,
  AreaOfExcellenceRefInput,
  AreaOfExcellenceResourceInput,
  ProposeAreaOfExcellenceInput,
  RequestIntroductionInput,
  UpdateAreaOfExcellenceInput,
} from "./excellence.inputs.js";
import { AreaOfExcellenceConnection, AreaOfExcellencePayload, IntroductionPayload } from "./excellence.types.js";
import { IntroductionService } from "./introduction.service.js";
import { ExcellenceService } from "./excellence.service.js";
import { EventService } from "./event.service.js";

@Resolver(() => AreaOfExcellence)
export class AreaOfExcellenceResolver {
  @Query(() => AreaOfExcellence, {
    nullable: true,
    description: "An Area of Excellence by its slug, or null when there is none you may see.",
  })
  areaOfExcellence(
    @Arg("slug", () => String, { description: "The Area of Excellence's slug." }) slug: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellence | null> {
    return new ExcellenceService(em).bySlug(viewer, slug);
  }

  @Query(() => AreaOfExcellenceConnection, {
    description:
      "Areas of Excellence you may see (validated ones are public; proposals only to their proposer, contact and hub moderators).",
  })
  areasOfExcellence(
    @Arg("filter", () => AreaOfExcellenceFilter, { nullable: true, validate: false, description: "Which to list." })
    filter: AreaOfExcellenceFilter | null,
    @Arg("orderBy", () => AreaOfExcellenceOrder, {
      defaultValue: AreaOfExcellenceOrder.NEWEST,
      description: "The order of the list.",
    })
    orderBy: AreaOfExcellenceOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<AreaOfExcellence>> {
    return new ExcellenceService(em).list(viewer, filter, page, orderBy);
  }

  @FieldResolver(() => School, { description: "The school that is strong at this." })
  school(@Root() aoe: AreaOfExcellence): Promise<School> {
    return aoe.school.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => [Theme], { description: "The school-improvement themes it is about." })
  async themes(@Root() aoe: AreaOfExcellence): Promise<Theme[]> {
    const themes = await aoe.themes.load({ dataloader: true });
    return themes.getItems().sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @FieldResolver(() => [SharedAmbition], { description: "The shared ambitions the practice serves." })
  async ambitions(@Root() aoe: AreaOfExcellence): Promise<SharedAmbition[]> {
    return inAmbitionOrder((await aoe.ambitions.load({ dataloader: true })).getItems());
  }

  @FieldResolver(() => User, { description: "The person to contact about it. Their name is public." })
  contact(@Root() aoe: AreaOfExcellence): Promise<User> {
    return aoe.contact.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The contact's email address: for signed-in people only, null otherwise.",
  })
  async contactEmail(@Root() aoe: AreaOfExcellence, @Ctx() { viewer }: Context): Promise<string | null> {
    if (!canSeeContactDetails(viewer)) return null;
    return (await aoe.contact.loadOrFail({ dataloader: true })).email;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The contact's job title: for signed-in people only, null otherwise (or when they gave none).",
  })
  async contactJobTitle(@Root() aoe: AreaOfExcellence, @Ctx() { viewer }: Context): Promise<string | null> {
    if (!canSeeContactDetails(viewer)) return null;
    return (await aoe.contact.loadOrFail({ dataloader: true })).jobTitle ?? null;
  }

  @FieldResolver(() => [Resource], { description: "Resources that show the practice, of those you may see." })
  async linkedResources(@Root() aoe: AreaOfExcellence, @Ctx() { em, viewer }: Context): Promise<Resource[]> {
    const resources = await aoe.linkedResources.load({ dataloader: true });
    return new ResourceService(em).visibleAmong(viewer, resources.getItems());
  }

  @FieldResolver(() => [ExcellenceEvent], {
    description: "Events showing this Area of Excellence that you may see, soonest first (at most 100).",
  })
  async events(
    @Root() aoe: AreaOfExcellence,
    @Arg("upcoming", () => Boolean, {
      nullable: true,
      description: "true: only events not yet ended; false: only past ones; left out: all.",
    })
    upcoming: boolean | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<ExcellenceEvent[]> {
    const page = await new EventService(em).list(viewer, { upcoming }, { first: 100 }, { areaOfExcellence: aoe.uuid });
    return page.nodes;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may change its details (its proposer and contact while a proposal; hub moderators).",
  })
  viewerCanEdit(@Root() aoe: AreaOfExcellence, @Ctx() { em, viewer }: Context): Promise<boolean> {
    return new ExcellenceService(em).canEdit(viewer, aoe);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may validate or renew it (moderators of a hub the school belongs to; admins).",
  })
  viewerCanValidate(@Root() aoe: AreaOfExcellence, @Ctx() { em, viewer }: Context): Promise<boolean> {
    return new ExcellenceService(em).canValidate(viewer, aoe);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may add events that show it (moderators of a network the school belongs to; admins).",
  })
  viewerCanAddEvents(@Root() aoe: AreaOfExcellence, @Ctx() { em, viewer }: Context): Promise<boolean> {
    return new EventService(em).canHostFor(viewer, aoe);
  }

  @Mutation(() => AreaOfExcellencePayload, {
    description:
      "Proposes an Area of Excellence for a school (contributors of a network the school belongs to). It stays private until a hub moderator validates it.",
  })
  async proposeAreaOfExcellence(
    @Arg("input", () => ProposeAreaOfExcellenceInput, { validate: false }) input: ProposeAreaOfExcellenceInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellencePayload> {
    return { areaOfExcellence: await new ExcellenceService(em).propose(viewer, input) };
  }

  @Mutation(() => AreaOfExcellencePayload, {
    description:
      "Changes an Area of Excellence: its proposer and contact while it is a proposal, and the school's hub moderators.",
  })
  async updateAreaOfExcellence(
    @Arg("input", () => UpdateAreaOfExcellenceInput, { validate: false }) input: UpdateAreaOfExcellenceInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellencePayload> {
    return { areaOfExcellence: await new ExcellenceService(em).update(viewer, input) };
  }

  @Mutation(() => AreaOfExcellencePayload, {
    description:
      "Validates a proposed (or expired) Area of Excellence, making it public for three years (moderators of a hub the school belongs to).",
  })
  async validateAreaOfExcellence(
    @Arg("input", () => AreaOfExcellenceRefInput, { validate: false }) input: AreaOfExcellenceRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellencePayload> {
    return { areaOfExcellence: await new ExcellenceService(em).validate(viewer, input) };
  }

  @Mutation(() => AreaOfExcellencePayload, {
    description: "Renews a validated Area of Excellence: it then expires three years from today (hub moderators).",
  })
  async renewAreaOfExcellence(
    @Arg("input", () => AreaOfExcellenceRefInput, { validate: false }) input: AreaOfExcellenceRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellencePayload> {
    return { areaOfExcellence: await new ExcellenceService(em).renew(viewer, input) };
  }

  @Mutation(() => IntroductionPayload, {
    description:
      "Emails the Area of Excellence's contact your message with your name, school and email address, so they can reply to you (signed-in people; one request an Area of Excellence and five in all each 12 hours). Your request does not reveal the contact's address to you.",
  })
  async requestIntroduction(
    @Arg("input", () => RequestIntroductionInput, { validate: false }) input: RequestIntroductionInput,
    @Ctx() { em, viewer, mailer, publicWebUrl }: Context,
  ): Promise<IntroductionPayload> {
    return { areaOfExcellence: await new IntroductionService(em).request(viewer, input, { mailer, publicWebUrl }) };
  }

  @Mutation(() => AreaOfExcellencePayload, { description: "Links a resource that shows the practice." })
  async linkResourceToAreaOfExcellence(
    @Arg("input", () => AreaOfExcellenceResourceInput, { validate: false }) input: AreaOfExcellenceResourceInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellencePayload> {
    return { areaOfExcellence: await new ExcellenceService(em).linkResource(viewer, input, true) };
  }

  @Mutation(() => AreaOfExcellencePayload, { description: "Removes a linked resource." })
  async unlinkResourceFromAreaOfExcellence(
    @Arg("input", () => AreaOfExcellenceResourceInput, { validate: false }) input: AreaOfExcellenceResourceInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellencePayload> {
    return { areaOfExcellence: await new ExcellenceService(em).linkResource(viewer, input, false) };
  }
}

/** Adds, to every resource, the Areas of Excellence that point to it. */
@Resolver(() => Resource)
export class ResourceExcellenceResolver {
  @FieldResolver(() => [AreaOfExcellence], {
    description: "The Areas of Excellence you may see that list this resource, by title.",
  })
  areasOfExcellence(@Root() resource: Resource, @Ctx() { em, viewer }: Context): Promise<AreaOfExcellence[]> {
    return new ExcellenceService(em).linkedTo(viewer, resource);
  }
}
