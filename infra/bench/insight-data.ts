/**
 * The insight benchmark's data, written with set-based SQL (generate_series,
 * one statement a table, searches in batches): a teaching school hub of 300
 * schools with ten years' worth of reviews between them, findings whose
 * themes lean the way real reviews do (a few themes most of the time,
 * strengths and needs leaning to different ends), validated Areas of
 * Excellence, agreed curriculum entitlements with older and missing
 * adoptions, and a million recorded searches over 13 months.
 */
import type { Orm } from "@hub/api";

export const HUB_SLUG = "bench-insight-hub";

export interface InsightScale {
  schools: number;
  reviewsPerSchool: number;
  findingsPerReview: number;
  searches: number;
}

export const DEFAULT_SCALE: InsightScale = {
  schools: 300,
  reviewsPerSchool: 10,
  findingsPerReview: 10,
  searches: 1_000_000,
};

/** Searches are written in batches of this many, so the progress bar moves. */
const SEARCH_BATCH = 100_000;

/** Words searches are made of: a two-word query from these, the first words far more often. */
const WORDS = [
  "phonics",
  "reading",
  "oracy",
  "maths",
  "fractions",
  "send",
  "behaviour",
  "attendance",
  "transition",
  "writing",
  "science",
  "history",
  "geography",
  "assessment",
  "feedback",
  "curriculum",
  "eyfs",
  "ks2",
  "ks3",
  "vocabulary",
  "retrieval",
  "inclusion",
  "pupil premium",
  "ect",
  "npq",
  "subject leadership",
  "adaptive teaching",
  "music",
  "art",
  "computing",
  "pe",
  "languages",
  "wellbeing",
  "safeguarding",
  "governance",
  "disadvantaged",
  "mastery",
  "spelling",
  "handwriting",
  "times tables",
];

const sql = (text: string) => text.replace(/\s+/g, " ").trim();

/** The hub, its schools and what hangs off them, then the searches; `progress` is told of each step. */
export async function writeInsightData(
  orm: Orm,
  scale: InsightScale,
  progress: (done: number, total: number) => void,
): Promise<{ hubId: string }> {
  const connection = orm.em.getConnection();
  const run = (text: string, params: unknown[] = []) => connection.execute(sql(text), params);
  const total = 6 + scale.searches;
  let done = 0;
  const step = (count = 1) => progress((done += count), total);

  const [{ id: hubId }] = (await run(
    `insert into network (id, kind, name, slug, description, created_at, updated_at)
     values (gen_random_uuid(), 'TEACHING_SCHOOL_HUB', 'Benchmark Teaching School Hub', ?,
             'The insight benchmark''s hub.', now(), now())
     returning id`,
    [HUB_SLUG],
  )) as [{ id: string }];
  // Seven in ten primaries, the rest secondary, special and all-through, as in a real hub.
  await run(
    `insert into school (id, urn, name, slug, phase, region, local_authority, created_at, updated_at)
     select gen_random_uuid(), (900000 + n)::text, 'Benchmark School ' || n, 'bench-school-' || n,
       case when n % 10 < 7 then 'PRIMARY' when n % 10 < 9 then 'SECONDARY' when n % 20 = 9 then 'SPECIAL'
            else 'ALL_THROUGH' end,
       'LONDON', 'Benchmark', now(), now()
     from generate_series(1, ?) n`,
    [scale.schools],
  );
  await run(`insert into network_school (network_id, school_id) select ?, id from school where urn like '9%'`, [hubId]);
  step();

  // Reviews about 110 days apart per school, QAR twice for each MLQAR, the newest within the last quarter.
  await run(
    `insert into quality_review (id, school_id, hub_id, kind, review_date, created_at, updated_at)
     select gen_random_uuid(), s.id, ?, case when r % 3 = 2 then 'MLQAR' else 'QAR' end,
       current_date - (r * 110 + (s.urn::int % 97)), now(), now()
     from school s cross join generate_series(0, ? - 1) r where s.urn like '9%'`,
    [hubId, scale.reviewsPerSchool],
  );
  step();
  await run(
    `insert into review_finding (id, review_id, kind, text, position, created_at, updated_at)
     select gen_random_uuid(), q.id, case when random() < 0.55 then 'STRENGTH' else 'AREA_FOR_DEVELOPMENT' end,
       'A benchmark finding.', p, now(), now()
     from quality_review q cross join generate_series(0, ? - 1) p where q.hub_id = ?`,
    [scale.findingsPerReview, hubId],
  );
  step();
  /*
   * A first theme for every finding, a second for three in ten: strengths
   * favour the taxonomy's first themes and needs its last (squared
   * uniform draws), so a few themes dominate each side and the two overlap.
   */
  await run(
    `with th as (select array_agg(id order by sort_order, slug) as ids, count(*)::int as n from theme),
     pick as (
       select f.id, f.kind, q.hub_id, q.school_id, q.review_date, q.kind as review_kind,
         floor(power(random(), 2) * th.n)::int as first, floor(random() * (th.n - 1))::int as shift,
         random() < 0.3 as two, th.n, th.ids
       from review_finding f join quality_review q on q.id = f.review_id cross join th where q.hub_id = ?),
     chosen as (
       select p.*, case when p.kind = 'STRENGTH' then p.first else p.n - 1 - p.first end as theme from pick p)
     insert into review_finding_theme (finding_id, theme_id, hub_id, school_id, review_date, review_kind, finding_kind)
     select id, ids[theme + 1], hub_id, school_id, review_date, review_kind, kind from chosen
     union all
     select id, ids[(theme + 1 + shift) % n + 1], hub_id, school_id, review_date, review_kind, kind from chosen where two`,
    [hubId],
  );
  step();

  // One school in four has a validated Area of Excellence, in force now, on one of the first four themes.
  await run(
    `with aoe as (
       insert into area_of_excellence (id, school_id, title, slug, phase, summary, evidence, source_review, review_date,
         status, validated_at, expires_at, contact_id, proposed_by_id, created_at, updated_at)
       select gen_random_uuid(), s.id, 'Benchmark strength ' || s.urn, 'bench-aoe-' || s.urn, s.phase, 'A strength.',
         'Reviewed.', 'QAR', current_date - 200, 'VALIDATED', now() - interval '150 days', now() + interval '2 years',
         u.id, u.id, now(), now()
       from school s cross join (select id from app_user order by id limit 1) u
       where s.urn like '9%' and s.urn::int % 4 = 0
       returning id, school_id)
     insert into area_of_excellence_theme (area_of_excellence_id, theme_id)
     select aoe.id, (select id from theme order by sort_order, slug offset abs(hashtext(aoe.id::text)) % 4 limit 1) from aoe`,
  );
  step();

  // Six agreed entitlements (each the second version of its series): most schools on it, some on the first, some on none.
  await run(
    `with series as (
       select n, gen_random_uuid() as old_id, gen_random_uuid() as new_id,
         (select id from subject order by slug offset n % 5 limit 1) as subject_id
       from generate_series(1, 6) n),
     made as (
       insert into curriculum_entitlement (id, owning_network_id, subject_id, key_stage, title, slug, version, status,
         agreed_at, visibility, created_at, updated_at)
       select old_id, ?::uuid, subject_id, 'KS2', 'Benchmark entitlement ' || n, 'bench-entitlement-' || n, 1,
         'SUPERSEDED', now() - interval '400 days', 'NETWORK', now(), now() from series
       union all
       select new_id, ?::uuid, subject_id, 'KS2', 'Benchmark entitlement ' || n, 'bench-entitlement-' || n, 2,
         'AGREED', now() - interval '30 days', 'NETWORK', now(), now() from series
       returning id)
     insert into entitlement_adoption (id, school_id, entitlement_id, series_slug, adopted_on, created_at, updated_at)
     select gen_random_uuid(), s.id, case when (s.urn::int + e.n) % 10 < 6 then e.new_id else e.old_id end,
       'bench-entitlement-' || e.n, current_date - 20, now(), now()
     from school s cross join series e
     where s.urn like '9%' and (s.urn::int + e.n) % 10 < 8 and (select count(*) from made) > 0`,
    [hubId, hubId],
  );
  step();

  /*
   * Searches over 13 months: half by the hub's members alone, one in five by
   * people in the hub and another network, the rest anonymous. Queries are
   * two words, drawn to favour the first words (a long tail of rare pairs);
   * one in twelve finds nothing; a third of the others have a result opened.
   */
  const [{ other }] = (await run(`select id as other from network where id <> ? order by id limit 1`, [hubId])) as [
    { other: string },
  ];
  for (let written = 0; written < scale.searches; written += SEARCH_BATCH) {
    const batch = Math.min(SEARCH_BATCH, scale.searches - written);
    await run(
      `with words as (select array(select jsonb_array_elements_text(?::jsonb)) as words),
       w as (select words, cardinality(words) as n from words),
       drawn as (
         select gen_random_uuid() as id, current_date - floor(random() * 395)::int as searched_on,
           w.words[1 + floor(power(random(), 2) * w.n)::int] || ' ' || w.words[1 + floor(power(random(), 3) * w.n)::int] as query,
           case when random() < 1.0 / 12 then 0 else 1 + floor(random() * 60)::int end as result_count,
           random() as who, floor(random() * 200000)::int as session
         from generate_series(1, ?) cross join w),
       written as (
         insert into search_record (id, searched_on, query, kinds, filters, result_count, network_ids, signed_in, session_mark)
         select id, searched_on, query, '{}', '{}', result_count,
           case when who < 0.5 then array[?::uuid] when who < 0.7 then array[?::uuid, ?::uuid] else '{}' end,
           who < 0.7, left(md5(session::text || query), 32)
         from drawn
         returning id, searched_on, result_count)
       insert into search_result_opened (search_id, opened_on)
       select id, searched_on from written where result_count > 0 and random() < 1.0 / 3`,
      [JSON.stringify(WORDS), batch, hubId, hubId, other],
    );
    step(batch);
  }
  // What autovacuum would do soon after a load this size: without it the planner guesses row counts.
  await run(`analyze`);
  return { hubId };
}
