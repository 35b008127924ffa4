import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "./context.js";
import { MAX_PAGE_SIZE, Node, fromGlobalId, localIdOf } from "./relay.js";
import { badInput } from "./errors.js";
import { loadBatched } from "./batch.js";
import { ResourceService } from "../modules/resources/index.js";
import { NetworkService, SchoolService } from "../modules/organisations/index.js";
import { User } from "../modules/accounts/index.js";
import { TaxonomyService } from "../modules/taxonomy/index.js";
import { EventService, ExcellenceService } from "../modules/excellence/index.js";
import { CurriculumService } from "../modules/curriculum/index.js";
import { AmbitionService } from "../modules/ambitions/index.js";
import { CollectionService } from "../modules/collections/index.js";
import { AttachmentService } from "../modules/files/index.js";
import { PlanService } from "../modules/plans/index.js";
import { ReviewService } from "../modules/reviews/index.js";

/** Loads the objects of one Node type with these local ids that the viewer may see (the rest are left out). */
type NodesLoader = (context: Context, localIds: string[]) => Promise<(Node & { uuid: string })[]>;

/** How to load each Node type by local ids; a type joins `node(id:)` and `nodes(ids:)` by adding a line here. */
const loaders: Record<string, NodesLoader> = {
  AreaOfExcellence: ({ em, viewer }, localIds) => new ExcellenceService(em).byIds(viewer, localIds),
  Event: ({ em, viewer }, localIds) => new EventService(em).byIds(viewer, localIds),
  Resource: ({ em, viewer }, localIds) => new ResourceService(em).visibleByIds(viewer, localIds),
  School: ({ em }, localIds) => new SchoolService(em).byIds(localIds),
  Network: ({ em }, localIds) => new NetworkService(em).byIds(localIds),
  User: ({ em }, localIds) => em.find(User, { uuid: { $in: localIds } }),
  Subject: ({ em }, localIds) => new TaxonomyService(em).subjectsByIds(localIds),
  Theme: ({ em }, localIds) => new TaxonomyService(em).themesByIds(localIds),
  SharedAmbition: ({ em }, localIds) => new AmbitionService(em).byIds(localIds),
  Collection: ({ em, viewer }, localIds) => new CollectionService(em).visibleByIds(viewer, localIds),
  CurriculumEntitlement: ({ em, viewer }, localIds) => new CurriculumService(em).byIds(viewer, localIds),
  CurriculumUnit: ({ em, viewer }, localIds) => new CurriculumService(em).unitsByIds(viewer, localIds),
  EntitlementAdoption: ({ em, viewer }, localIds) => new CurriculumService(em).adoptionsByIds(viewer, localIds),
  Attachment: ({ em, viewer, files }, localIds) => new AttachmentService(em, files).visibleByIds(viewer, localIds),
  QualityReview: ({ em, viewer }, localIds) => new ReviewService(em).byIds(viewer, localIds),
  ReviewFinding: ({ em, viewer }, localIds) => new ReviewService(em).findingsByIds(viewer, localIds),
  PlanItem: ({ em, viewer }, localIds) => new PlanService(em).byIds(viewer, localIds),
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

/**
 * The object a global ID names, if the viewer may see it; null for anything
 * else. The ids of one type asked for together (by `nodes`) load together.
 */
async function loadNode(context: Context, id: string): Promise<Node | null> {
  const type = fromGlobalId(id)?.type;
  const load = type ? loaders[type] : undefined;
  const localId = type ? localIdOf(id, type) : undefined;
  if (!type || !load || !localId) return null;
  const node = await loadBatched(context.em, `Node.${type}`, localId, async (localIds) => {
    const found = await load(context, localIds);
    return new Map(found.map((row) => [row.uuid, row]));
  });
  return node ?? null;
}
