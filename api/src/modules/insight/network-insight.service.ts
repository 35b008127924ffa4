import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../../graphql/errors.js";
import { authorize, canSeeNetworkInsight, type Viewer } from "../../policy/index.js";
import { Network } from "../organisations/index.js";
import { entitlementSchoolsNetwork } from "../curriculum/index.js";
import { entitlementCoverage } from "./network-coverage.js";
import { countThemes, periods, type InsightPeriod, type Members } from "./theme-counts.js";
import type { NetworkInsight } from "./network-insight.types.js";

/*
 * The schools the network is for: its member schools now, or a trust's
 * subject network's trust's (as for curriculum coverage), whichever hub
 * reviewed them. So a hub and a trust count alike.
 */
const membersOf = (network: Network): Members => ({
  sql: `select null::uuid as hub_id, ns.school_id, s.phase
    from network_school ns join school s on s.id = ns.school_id where ns.network_id = ?`,
  params: [network.uuid],
  perHub: false,
});

/** How many schools are counted, and how many of them had a finding (of the phase asked) in the period. */
const TOTALS = (members: Members) => `with member as (${members.sql})
  select count(*)::int as schools,
    (count(*) filter (where exists (
      select 1 from review_finding_theme t
      where t.school_id = m.school_id and t.review_date between ?::date and ?::date
        and (?::text is null or coalesce(t.phase, m.phase) = ?))))::int as "reviewedSchools"
  from member m`;

/** The network a view of insight asks for, once the viewer may see its insight; and the schools it counts. */
export async function insightNetwork(
  em: EntityManager,
  viewer: Viewer | null,
  slug: string,
): Promise<{ network: Network; schoolsNetwork: Network; members: Members }> {
  const network = await em.findOne(Network, { slug }, { populate: ["parent"] });
  if (!network) throw new DomainError("NOT_FOUND", `No network has the slug "${slug}".`, "network");
  authorize(viewer, canSeeNetworkInsight(viewer, network.uuid), "see this network's insight");
  const schoolsNetwork = entitlementSchoolsNetwork(network);
  return { network, schoolsNetwork, members: membersOf(schoolsNetwork) };
}

/**
 * Network insight, counted in SQL: no review, finding, Area of Excellence or
 * adoption is loaded as an entity, and no finding text leaves the database.
 */
export class NetworkInsightService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  async ofNetwork(slug: string, { from, to, phase = null }: InsightPeriod): Promise<NetworkInsight> {
    const period = periods(from, to);
    const { network, schoolsNetwork, members } = await insightNetwork(this.em, this.viewer, slug);
    const [themes, [totals], coverage] = await Promise.all([
      countThemes(this.em, members, period, phase),
      this.em
        .getConnection()
        .execute<{ schools: number; reviewedSchools: number }[]>(TOTALS(members), [
          ...members.params,
          period.from,
          period.to,
          phase,
          phase,
        ]),
      entitlementCoverage(this.em, this.viewer, network, schoolsNetwork),
    ]);
    return { ...period, phase, ...totals!, themes, coverage };
  }
}
