import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { NodeResolver } from "./node.resolver.js";
import { MembershipMutations, NetworkPeopleResolver, ViewerMembershipsResolver } from "../modules/memberships/index.js";
import { TaxonomyResolver } from "../modules/taxonomy/index.js";
import { SearchStatusResolver } from "../modules/search/index.js";
import { ResourceResolver } from "../modules/resources/index.js";
import { NetworkResolver, SchoolResolver } from "../modules/organisations/index.js";
import { AccountMutations, SessionResolver, UserResolver, ViewerResolver } from "../modules/accounts/index.js";

/** Resolvers of every module. A module's resolver joins the API by being listed here. */
export const resolvers = [
  NodeResolver,
  ResourceResolver,
  SchoolResolver,
  NetworkResolver,
  UserResolver,
  ViewerResolver,
  SessionResolver,
  AccountMutations,
  TaxonomyResolver,
  SearchStatusResolver,
  NetworkPeopleResolver,
  ViewerMembershipsResolver,
  MembershipMutations,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: true },
    emitSchemaFile: false,
  });
}
