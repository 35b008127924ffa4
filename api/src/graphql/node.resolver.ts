import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "./context.js";
import { Node, fromGlobalId, localIdOf } from "./relay.js";
import { ResourceService } from "../modules/resources/index.js";
import { NetworkService, SchoolService } from "../modules/organisations/index.js";
import { User } from "../modules/accounts/index.js";
import { TaxonomyService } from "../modules/taxonomy/index.js";

type NodeLoader = (context: Context, localId: string) => Promise<Node | null>;

/** How to load each Node type by its local id; a type joins `node(id:)` by adding a line here. */
const loaders: Record<string, NodeLoader> = {
  Resource: ({ em }, localId) => new ResourceService(em).byId(localId),
  School: ({ em }, localId) => new SchoolService(em).byId(localId),
  Network: ({ em }, localId) => new NetworkService(em).byId(localId),
  User: ({ em }, localId) => em.findOne(User, { uuid: localId }),
  Subject: ({ em }, localId) => new TaxonomyService(em).subjectById(localId),
  Theme: ({ em }, localId) => new TaxonomyService(em).themeById(localId),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global ID." })
  async node(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Node | null> {
    const type = fromGlobalId(id)?.type;
    const load = type ? loaders[type] : undefined;
    const localId = type ? localIdOf(id, type) : undefined;
    return load && localId ? load(context, localId) : null;
  }
}
