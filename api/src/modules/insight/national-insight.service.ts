import type { EntityManager } from "@mikro-orm/postgresql";
import {
  authorize,
  canSeeCount,
  canSeeNationalInsight,
  SUPPRESSION_THRESHOLD,
  type Viewer,
} from "../../policy/index.js";
import { HUB_KINDS, Network, NetworkKind } from "../organisations/index.js";
import { countThemes, periods, type InsightPeriod, type Members, type ThemeRow } from "./theme-counts.js";
import type { NationalInsight, SuppressedThemeInsight } from "./national-insight.types.js";

/* Every hub's schools, each counted in every hub it belongs to (and once in the whole). */
const HUB_MEMBERS: Members = {
  sql: `select ns.network_id as hub_id, ns.school_id, s.phase
    from network_school ns join school s on s.id = ns.school_id join network n on n.id = ns.network_id
    where n.kind in (${HUB_KINDS.map(() => "?").join(", ")})`,
  params: [...HUB_KINDS],
  perHub: true,
};

/**
 * The national view: network insight's theme counts across all hubs' schools
 * and per hub, in one statement, with small counts withheld by the policy's
 * {@link canSeeCount} before anything leaves the service.
 */
export class NationalInsightService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  /** Whether the viewer may see the national view: the policy's answer, given the partnerships there are. */
  async viewerMaySee(): Promise<boolean> {
    if (!this.viewer) return false;
    const partnerships = await this.em.find(Network, { kind: NetworkKind.PARTNERSHIP }, { fields: ["uuid"] });
    return canSeeNationalInsight(
      this.viewer,
      partnerships.map((network) => network.uuid),
    );
  }

  async view({ from, to, phase = null }: InsightPeriod): Promise<NationalInsight> {
    const period = periods(from, to);
    authorize(this.viewer, await this.viewerMaySee(), "see the national insight");
    const [rows, hubs] = await Promise.all([
      countThemes(this.em, HUB_MEMBERS, period, phase),
      this.em.find(Network, { kind: { $in: [...HUB_KINDS] } }, { orderBy: { name: "asc", uuid: "asc" } }),
    ]);
    return {
      ...period,
      phase,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      themes: rows.filter((row) => row.hubId === null).map((row) => this.shown(row)),
      hubThemes: hubs.flatMap((hub) =>
        rows.filter((row) => row.hubId === hub.uuid).map((row) => ({ hub, ...this.shown(row) })),
      ),
    };
  }

  /** A row's counts as the viewer may see them: withheld ones null, and the row marked. */
  private shown({ theme, hubId, ...counts }: ThemeRow): SuppressedThemeInsight {
    const figure = (schools: number) => (canSeeCount(this.viewer, schools, hubId) ? schools : null);
    const figures = {
      strengthSchools: figure(counts.strengthSchools),
      developmentSchools: figure(counts.developmentSchools),
      previousStrengthSchools: figure(counts.previousStrengthSchools),
      previousDevelopmentSchools: figure(counts.previousDevelopmentSchools),
    };
    return { theme, ...figures, suppressed: Object.values(figures).includes(null) };
  }
}
