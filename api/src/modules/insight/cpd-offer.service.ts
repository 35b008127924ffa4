import type { EntityManager } from "@mikro-orm/postgresql";
import { idsWhere } from "../../db/ids-where.js";
import { resourceVisibleWhere, type Viewer } from "../../policy/index.js";
import { EventService, ExcellenceEvent } from "../excellence/index.js";
import { Resource, ResourceStatus } from "../resources/index.js";
import { CpdStage, type Phase } from "../taxonomy/index.js";
import { insightNetwork } from "./network-insight.service.js";
import { countThemes, periods, type InsightPeriod, type Members, type Periods } from "./theme-counts.js";
import type { CpdThemeOffer, NetworkCpdOffer } from "./cpd-offer.types.js";

/** SQL with its parameters, in the order its placeholders come. */
interface Statement {
  sql: string;
  params: unknown[];
}

/** What the offer statement is asked about, beside the visibility filters. */
interface OfferQuestion {
  members: Members;
  networkId: string;
  period: Periods;
  phase: Phase | null;
  themeIds: string[];
}

/*
 * The network's offer (see NetworkCpdOffer's description) counted in one
 * statement: per development theme and stage, per theme whatever the stage
 * (`whole`), and (theme null) the whole offer. Events reach themes through
 * their Area of Excellence. Visibility comes in as the policy's own filters,
 * turned into id subqueries, so the counts hold only what the viewer may see.
 */
function offerStatement(question: OfferQuestion, resourceVisible: Statement, eventVisible: Statement): Statement {
  const { members, networkId, period, phase, themeIds } = question;
  const sql = `with member as (${members.sql}),
  offered_resource as (
    select r.id, r.cpd_stages from resource r
    where r.id in (${resourceVisible.sql}) and r.status = '${ResourceStatus.PUBLISHED}'
      and r.published_at < ((?::date + 1)::timestamp at time zone 'Europe/London')
      and (?::text is null or r.phases = '{}' or ? = any(r.phases))
      and (r.owning_network_id = ? or r.school_id in (select school_id from member)
        or exists (select 1 from resource_shared_with sw where sw.resource_id = r.id and sw.network_id = ?))),
  offered_event as (
    select e.id, e.cpd_stages, e.area_of_excellence_id as aoe_id
    from excellence_event e join area_of_excellence a on a.id = e.area_of_excellence_id
    where e.id in (${eventVisible.sql})
      and e.ends_at >= (?::date::timestamp at time zone 'Europe/London')
      and (?::text is null or a.phase = ?)
      and (e.host_network_id = ? or e.host_school_id in (select school_id from member)
        or a.school_id in (select school_id from member))),
  item as (
    select rt.theme_id, 'resource' as kind, o.id, o.cpd_stages
    from offered_resource o join resource_themes rt on rt.resource_id = o.id
    union all
    select aoe_theme.theme_id, 'event', o.id, o.cpd_stages
    from offered_event o join area_of_excellence_theme aoe_theme on aoe_theme.area_of_excellence_id = o.aoe_id)
  select item.theme_id as "themeId", stage.stage, grouping(stage.stage) = 1 as whole,
    (count(distinct item.id) filter (where kind = 'resource'))::int as resources,
    (count(distinct item.id) filter (where kind = 'event'))::int as events
  from item left join lateral unnest(item.cpd_stages) as stage(stage) on true
  where item.theme_id in (?)
  group by grouping sets ((item.theme_id, stage.stage), (item.theme_id))
  union all
  select null, null, true, (select count(*) from offered_resource)::int, (select count(*) from offered_event)::int`;
  const params = [
    ...members.params,
    ...resourceVisible.params,
    period.to,
    phase,
    phase,
    networkId,
    networkId,
    ...eventVisible.params,
    period.from,
    phase,
    phase,
    networkId,
    // Parameters are spelled out as a list; with no theme, `in (null)` matches nothing.
    themeIds.length > 0 ? themeIds : [null],
  ];
  return { sql, params };
}

interface OfferRow {
  themeId: string | null;
  stage: CpdStage | null;
  whole: boolean;
  resources: number;
  events: number;
}

const NOTHING = { resources: 0, events: 0 };
const figures = (row: OfferRow | undefined) => (row ? { resources: row.resources, events: row.events } : NOTHING);

/**
 * A network's CPD offer against its development themes: the themes as
 * theme-counts gives them (those some school has to develop in the period),
 * the offer counted in one statement, so no resource or event is loaded.
 */
export class CpdOfferService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  async ofNetwork(slug: string, { from, to, phase = null }: InsightPeriod): Promise<NetworkCpdOffer> {
    const period = periods(from, to);
    const { network, members } = await insightNetwork(this.em, this.viewer, slug);
    const themes = (await countThemes(this.em, members, period, phase)).filter((row) => row.developmentSchools > 0);
    const rows = await this.offerRows({
      members,
      networkId: network.uuid,
      period,
      phase,
      themeIds: themes.map((row) => row.theme.uuid),
    });
    const find = (themeId: string | null, stage: CpdStage | null, whole: boolean) =>
      rows.find((row) => row.themeId === themeId && row.stage === stage && row.whole === whole);
    const offer = figures(find(null, null, true));
    return {
      ...period,
      phase,
      offeredResources: offer.resources,
      offeredEvents: offer.events,
      themes: themes.map(({ theme, developmentSchools }): CpdThemeOffer => ({
        theme,
        developmentSchools,
        ...figures(find(theme.uuid, null, true)),
        stages: Object.values(CpdStage).map((stage) => ({ stage, ...figures(find(theme.uuid, stage, false)) })),
      })),
    };
  }

  private async offerRows(question: OfferQuestion): Promise<OfferRow[]> {
    const eventVisible = await new EventService(this.em).visibleFilter(this.viewer);
    const statement = offerStatement(
      question,
      idsWhere(this.em, Resource, resourceVisibleWhere(this.viewer)),
      idsWhere(this.em, ExcellenceEvent, eventVisible),
    );
    return this.em.getConnection().execute<OfferRow[]>(statement.sql, statement.params);
  }
}
