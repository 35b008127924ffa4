import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { NodeResolver } from "./node.resolver.js";
import { ResourceResolver } from "../modules/resources/index.js";

/** Resolvers of every module. A module's resolver joins the API by being listed here. */
export const resolvers = [NodeResolver, ResourceResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: true },
    emitSchemaFile: false,
  });
}
