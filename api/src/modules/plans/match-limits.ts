/**
 * How long the matches' lists may grow: schools each tier lists, Areas of
 * Excellence and events each school, resources each theme. Apart from the
 * types so the query cost limits can price these lists at their real length.
 */
export const MATCH_LIMITS = { schoolsPerTier: 5, areasPerSchool: 3, eventsPerSchool: 3, resourcesPerTheme: 5 } as const;

/** There are three tiers: the network's own schools, its partners', everyone else's. */
export const MATCH_TIER_COUNT = 3;
