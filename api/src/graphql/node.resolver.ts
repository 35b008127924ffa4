import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "./context.js";
import { MAX_PAGE_SIZE, Node, fromGlobalId, localIdOf } from "./relay.js";
import { badInput } from "./errors.js";
import { ResourceService } from "../modules/resources/index.js";
import { NetworkService, SchoolService } from "../modules/organisations/index.js";
import { User } from "../modules/accounts/index.js";
import { TaxonomyService } from "../modules/taxonomy/index.js";
import { EventService, ExcellenceService } from "../modules/excellence/index.js";
import { CurriculumService } from "../modules/curriculum/index.js";
import { AmbitionService } from "../modules/ambitions/index.js";
import { CollectionService } from "../modules/collections/index.js";
import { AttachmentService } from "../modules/files/index.js";

type NodeLoader = (context: Context, localId: string) => Promise<Node | null>;

/** How to load each Node type by its local id; a type joins `node(id:)` by adding a line here. */
const loaders: Record<string, NodeLoader> = {
  AreaOfExcellence: ({ em, viewer }, localId) => new ExcellenceService(em).byId(viewer, localId),
  Event: ({ em, viewer }, localId) => new EventService(em).byId(viewer, localId),
  Resource: ({ em, viewer }, localId) => new ResourceService(em).visibleById(viewer, localId),
  School: ({ em }, localId) => new SchoolService(em).byId(localId),
  Network: ({ em }, localId) => new NetworkService(em).byId(localId),
  User: ({ em }, localId) => em.findOne(User, { uuid: localId }),
  Subject: ({ em }, localId) => new TaxonomyService(em).subjectById(localId),
  Theme: ({ em }, localId) => new TaxonomyService(em).themeById(localId),
  SharedAmbition: ({ em }, localId) => new AmbitionService(em).byId(localId),
  Collection: ({ em, viewer }, localId) => new CollectionService(em).visibleById(viewer, localId),
  CurriculumEntitlement: ({ em, viewer }, localId) => new CurriculumService(em).byId(viewer, localId),
  CurriculumUnit: ({ em, viewer }, localId) => new CurriculumService(em).unitById(viewer, localId),
  EntitlementAdoption: ({ em, viewer }, localId) => new CurriculumService(em).adoptionById(viewer, localId),
  Attachment: ({ em, viewer, files }, localId) => new AttachmentService(em, files).visibleById(viewer, localId),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global ID." })
  node(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Node | null> {
    return loadNode(context, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Fetches up to ${MAX_PAGE_SIZE} objects by their global IDs, in the order asked; null in place of any ID that names nothing you may see.`,
  })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() context: Context): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw badInput("ids", `ids may name at most ${MAX_PAGE_SIZE} objects`);
    return Promise.all(ids.map((id) => loadNode(context, id)));
  }
}

/** The object a global ID names, if the viewer may see it; null for anything else. */
function loadNode(context: Context, id: string): Promise<Node | null> {
  const type = fromGlobalId(id)?.type;
  const load = type ? loaders[type] : undefined;
  const localId = type ? localIdOf(id, type) : undefined;
  return load && localId ? load(context, localId) : Promise.resolve(null);
}
