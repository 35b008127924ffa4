import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { OrganisationOrder } from "./organisation.order.js";
import type { Context } from "../../graphql/context.js";
import { PageArgs, connectionTypes, type Connection } from "../../graphql/relay.js";
import { CreateSchoolInput, SchoolFilter, UpdateSchoolInput } from "./organisation.inputs.js";
import { CreateSchoolPayload, UpdateSchoolPayload } from "./organisation.types.js";
import { Network } from "./network.entity.js";
import { School } from "./school.entity.js";
import { SchoolService } from "./school.service.js";

export const { ConnectionType: SchoolConnection } = connectionTypes(School, "schools");

@Resolver(() => School)
export class SchoolResolver {
  @Query(() => School, {
    nullable: true,
    description: "A school by its URN or its slug (give exactly one), or null when there is none.",
  })
  school(
    @Arg("urn", () => String, { nullable: true, description: "The school's six-digit URN." }) urn: string | null,
    @Arg("slug", () => String, { nullable: true, description: "The school's slug." }) slug: string | null,
    @Ctx() { em }: Context,
  ): Promise<School | null> {
    return new SchoolService(em).find({ urn, slug });
  }

  @Query(() => SchoolConnection, { description: "Schools, by name unless asked otherwise, optionally filtered." })
  schools(
    @Arg("filter", () => SchoolFilter, { nullable: true, validate: false, description: "Which schools to list." })
    filter: SchoolFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => OrganisationOrder, {
      defaultValue: OrganisationOrder.NAME,
      description: "How to order them.",
    })
    orderBy: OrganisationOrder,
    @Ctx() { em }: Context,
  ): Promise<Connection<School>> {
    return new SchoolService(em).list(filter, page, orderBy);
  }

  @Query(() => [String], {
    description:
      "The local authorities that have schools on the hub, alphabetically: values for `SchoolFilter.localAuthority`.",
  })
  localAuthorities(@Ctx() { em }: Context): Promise<string[]> {
    return new SchoolService(em).localAuthorities();
  }

  @FieldResolver(() => [Network], { description: "The networks the school belongs to, by name." })
  networks(@Root() school: School, @Ctx() { em }: Context): Promise<Network[]> {
    return new SchoolService(em).networksOf(school);
  }

  @Mutation(() => CreateSchoolPayload, { description: "Adds a school (admins only)." })
  async createSchool(
    @Arg("input", () => CreateSchoolInput, { validate: false }) input: CreateSchoolInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CreateSchoolPayload> {
    return { school: await new SchoolService(em).create(viewer, input) };
  }

  @Mutation(() => UpdateSchoolPayload, { description: "Changes a school's details (admins only)." })
  async updateSchool(
    @Arg("input", () => UpdateSchoolInput, { validate: false }) input: UpdateSchoolInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<UpdateSchoolPayload> {
    return { school: await new SchoolService(em).update(viewer, input) };
  }
}
