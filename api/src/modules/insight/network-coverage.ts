import type { EntityManager } from "@mikro-orm/postgresql";
import { entitlementVisibleWhere, type Viewer } from "../../policy/index.js";
import { CurriculumEntitlement, EntitlementStatus } from "../curriculum/index.js";
import { School, type Network } from "../organisations/index.js";
import type { EntitlementInsight } from "./network-insight.types.js";

/** Where a school stands with one agreed entitlement series. */
type Standing = "agreed" | "older" | "none";

/*
 * Every school the network is for (see NetworkInsightService) against every
 * agreed series the network owns, with where it stands: it teaches the
 * agreed version (or a later one), an older version, or has recorded none.
 * Schools come back whole, as the `School` rows GraphQL shows.
 */
const STANDINGS = `select s.*, e.id as "entitlementId",
    case when adopted.id is null then 'none' when adopted.version >= e.version then 'agreed' else 'older' end as standing
  from curriculum_entitlement e
    join network_school ns on ns.network_id = ?
    join school s on s.id = ns.school_id
    left join entitlement_adoption a on a.school_id = s.id and a.series_slug = e.slug
    left join curriculum_entitlement adopted on adopted.id = a.entitlement_id
  where e.owning_network_id = ? and e.status = '${EntitlementStatus.AGREED}'
  order by s.name, s.id`;

/**
 * Curriculum entitlement coverage for network insight: the agreed
 * entitlements the network owns that the viewer may see (one statement),
 * and where each school stands with each (one more), counted in SQL.
 */
export async function entitlementCoverage(
  em: EntityManager,
  viewer: Viewer | null,
  network: Network,
  schoolsNetwork: Network,
): Promise<EntitlementInsight[]> {
  const [entitlements, rows] = await Promise.all([
    em.find(
      CurriculumEntitlement,
      {
        $and: [{ owningNetwork: network.uuid, status: EntitlementStatus.AGREED }, entitlementVisibleWhere(viewer)],
      },
      { orderBy: { title: "asc", slug: "asc" } },
    ),
    em
      .getConnection()
      .execute<(Record<string, unknown> & { entitlementId: string; standing: Standing })[]>(STANDINGS, [
        schoolsNetwork.uuid,
        network.uuid,
      ]),
  ]);
  return entitlements.map((entitlement) => {
    const schools: Record<Standing, School[]> = { agreed: [], older: [], none: [] };
    for (const { entitlementId, standing, ...school } of rows) {
      if (entitlementId === entitlement.uuid) schools[standing].push(em.map(School, school));
    }
    return {
      entitlement,
      agreedSchools: schools.agreed,
      olderVersionSchools: schools.older,
      notTeachingSchools: schools.none,
    };
  });
}
