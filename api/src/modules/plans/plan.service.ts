import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import { localIdOf } from "../../graphql/relay.js";
import { authorize, canManagePlan, isAdmin, networksWithRole, NetworkRole, type Viewer } from "../../policy/index.js";
import { Network, School } from "../organisations/index.js";
import { Theme } from "../taxonomy/index.js";
import { AoeStatus, AreaOfExcellence } from "../excellence/index.js";
import { todayInEngland } from "../reviews/index.js";
import { User } from "../accounts/index.js";
import { PlanItem } from "./plan-item.entity.js";
import { CreatePlanItemInput, PlanItemRefInput, UpdatePlanItemInput } from "./plan.inputs.js";

/** A plan is a year's work, not a backlog: a network keeps at most this many items, and lists them all. */
export const MAX_PLAN_ITEMS = 200;
/** A due date may be this many days before today (an item carried over), no more: older is a typing slip. */
const DUE_DAYS_BACK = 365;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a due date, or null when it is a real day no more than a year ago. */
export function dueDateProblem(value: string, today: string = todayInEngland()): string | null {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!LOCAL_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    return "must be a date written YYYY-MM-DD";
  }
  const earliest = new Date(Date.parse(`${today}T00:00:00Z`) - DUE_DAYS_BACK * 86_400_000).toISOString().slice(0, 10);
  return value < earliest ? `is more than a year ago (${value}); give the date the work is now due` : null;
}

/** Reads and writes networks' action plans, for those {@link canManagePlan} allows. */
export class PlanService {
  constructor(private readonly em: EntityManager) {}

  /** The network's plan items, soonest due first (undated last), then oldest first. */
  async ofNetwork(viewer: Viewer | null, slug: string): Promise<PlanItem[]> {
    const network = await this.em.findOne(Network, { slug });
    if (!network) throw badInput("network", `network names no network "${slug}"`);
    authorize(viewer, canManagePlan(viewer, network.uuid), "see this network's plan");
    return this.em.find(
      PlanItem,
      { network },
      { orderBy: { dueOn: "asc nulls last", createdAt: "asc", uuid: "asc" }, limit: MAX_PLAN_ITEMS },
    );
  }

  /** Those of these ids the viewer may see (for `node`). */
  async byIds(viewer: Viewer | null, uuids: string[]): Promise<PlanItem[]> {
    if (!viewer) return [];
    const where = isAdmin(viewer) ? {} : { network: { $in: networksWithRole(viewer, NetworkRole.MODERATOR) } };
    return this.em.find(PlanItem, { $and: [where, { uuid: { $in: uuids } }] });
  }

  async create(viewer: Viewer | null, input: CreatePlanItemInput): Promise<PlanItem> {
    const values = await validateInput(CreatePlanItemInput, input);
    const network = await this.em.findOne(Network, { slug: values.networkSlug });
    if (!network) throw badInput("input.networkSlug", `input.networkSlug names no network "${values.networkSlug}"`);
    authorize(viewer, canManagePlan(viewer, network.uuid), "change this network's plan");
    const theme = await this.em.findOne(Theme, { slug: values.themeSlug });
    if (!theme) throw badInput("input.themeSlug", `input.themeSlug names no theme "${values.themeSlug}"`);
    const { school, area } = await this.matched(values.schoolUrn ?? null, values.areaOfExcellenceSlug ?? null);
    if (values.dueOn) this.assertDue(values.dueOn);
    if ((await this.em.count(PlanItem, { network })) >= MAX_PLAN_ITEMS) {
      throw badInput(
        "input.networkSlug",
        `input.networkSlug has ${MAX_PLAN_ITEMS} plan items already; remove done ones first`,
      );
    }
    const item = this.em.create(PlanItem, {
      network,
      theme,
      school,
      areaOfExcellence: area,
      note: values.note.trim(),
      owner: values.owner?.trim() || null,
      dueOn: values.dueOn ?? null,
      createdBy: viewer ? this.em.getReference(User, viewer.userId) : null,
    });
    await this.em.flush();
    return item;
  }

  async update(viewer: Viewer | null, input: UpdatePlanItemInput): Promise<PlanItem> {
    const values = await validateInput(UpdatePlanItemInput, input);
    const item = await this.writable(viewer, values.id);
    if (values.dueOn) this.assertDue(values.dueOn);
    if (values.note !== undefined) item.note = values.note.trim();
    if (values.owner !== undefined) item.owner = values.owner?.trim() || null;
    if (values.dueOn !== undefined) item.dueOn = values.dueOn ?? null;
    await this.em.flush();
    return item;
  }

  async remove(viewer: Viewer | null, input: PlanItemRefInput): Promise<string> {
    const values = await validateInput(PlanItemRefInput, input);
    const item = await this.writable(viewer, values.id);
    const id = item.id;
    await this.em.removeAndFlush(item);
    return id;
  }

  /** The plan item an ID names, if the viewer may change it. */
  private async writable(viewer: Viewer | null, id: string): Promise<PlanItem> {
    const uuid = localIdOf(id, "PlanItem");
    const item = uuid ? await this.em.findOne(PlanItem, { uuid }) : null;
    if (!item) throw badInput("input.id", "input.id names no plan item");
    authorize(viewer, canManagePlan(viewer, item.network.unwrap().uuid), "change this network's plan");
    return item;
  }

  /** The school and Area of Excellence a match names; an Area of Excellence must be validated and of that school. */
  private async matched(urn: string | null, slug: string | null) {
    let school = urn ? await this.em.findOne(School, { urn }) : null;
    if (urn && !school) throw badInput("input.schoolUrn", `input.schoolUrn names no school with URN ${urn}`);
    if (!slug) return { school, area: null };
    const area = await this.em.findOne(AreaOfExcellence, { slug, status: AoeStatus.VALIDATED });
    if (!area) {
      throw badInput(
        "input.areaOfExcellenceSlug",
        `input.areaOfExcellenceSlug names no validated Area of Excellence "${slug}"`,
      );
    }
    if (school && area.school.unwrap().uuid !== school.uuid) {
      throw badInput(
        "input.areaOfExcellenceSlug",
        `input.areaOfExcellenceSlug is not an Area of Excellence of school ${urn}`,
      );
    }
    school ??= await area.school.loadOrFail();
    return { school, area };
  }

  private assertDue(dueOn: string) {
    const problem = dueDateProblem(dueOn);
    if (problem) throw badInput("input.dueOn", `input.dueOn ${problem}`);
  }
}
