import { expect } from "vitest";
import type { TestApi, TestUser } from "./harness.js";
import { makeAdmin, makeNetwork, setRole } from "./resource-fixtures.js";
import { NetworkRole } from "../src/policy/index.js";

/**
 * A small world for quality review tests, arranged through the API: two
 * hubs and a trust, four schools, and one person for each way of standing
 * towards a review of school 200001 by the Camden hub.
 */
export type ReviewPerson = "staff" | "lead" | "moderator" | "member" | "otherHub" | "admin";
export type ReviewViewer = ReviewPerson | "anonymous";
export const REVIEW_VIEWERS: ReviewViewer[] = [
  "staff",
  "lead",
  "moderator",
  "member",
  "otherHub",
  "admin",
  "anonymous",
];

export interface ReviewWorld {
  people: Record<ReviewPerson, TestUser>;
  headers(viewer: ReviewViewer): Record<string, string>;
  themeSlugs: string[];
  subjectSlugs: string[];
}

/** Schools: 200001 and 200002 in camden-hub, 200003 in far-hub, 200004 in camden-trust alone. */
export const SCHOOLS = { camdenA: "200001", camdenB: "200002", far: "200003", trustOnly: "200004" };

/** Creates a school in Camden as the admin and adds it to the networks. */
export async function createSchool(
  api: TestApi,
  admin: TestUser,
  urn: string,
  networks: string[],
  phase = "PRIMARY",
): Promise<void> {
  const created = await api.gql(
    `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`,
    {
      input: {
        urn,
        name: `School ${urn}`,
        slug: `school-${urn}`,
        phase,
        region: "LONDON",
        localAuthority: "Camden",
      },
    },
    admin.auth,
  );
  expect(created.errors).toBeUndefined();
  for (const networkSlug of networks) {
    const added = await api.gql(
      `mutation($input: AddSchoolsToNetworkInput!) { addSchoolsToNetwork(input: $input) { network { slug } } }`,
      { input: { networkSlug, urns: [urn] } },
      admin.auth,
    );
    expect(added.errors).toBeUndefined();
  }
}

export async function arrangeReviewWorld(api: TestApi): Promise<ReviewWorld> {
  const admin = await makeAdmin(api);
  await makeNetwork(api, admin, "camden-hub", { kind: "HUB" });
  await makeNetwork(api, admin, "far-hub", { kind: "HUB" });
  await makeNetwork(api, admin, "camden-trust", { kind: "TRUST" });
  await createSchool(api, admin, SCHOOLS.camdenA, ["camden-hub", "camden-trust"]);
  await createSchool(api, admin, SCHOOLS.camdenB, ["camden-hub"]);
  await createSchool(api, admin, SCHOOLS.far, ["far-hub"]);
  await createSchool(api, admin, SCHOOLS.trustOnly, ["camden-trust"]);
  const people = { admin } as Record<ReviewPerson, TestUser>;
  for (const name of ["staff", "lead", "moderator", "member", "otherHub"] as const) {
    people[name] = await api.signUp({ name: `Reviews ${name}` });
  }
  await api.orm.em
    .getConnection()
    .execute("update app_user set school_id = (select id from school where urn = ?) where id = ?", [
      SCHOOLS.camdenA,
      people.staff.uuid,
    ]);
  await setRole(api, people.lead, "camden-hub", NetworkRole.LEAD);
  await setRole(api, people.moderator, "camden-hub", NetworkRole.MODERATOR);
  await setRole(api, people.member, "camden-hub", NetworkRole.MEMBER);
  await setRole(api, people.otherHub, "far-hub", NetworkRole.MODERATOR);
  const taxonomy = await api.gql<{ themes: { slug: string }[]; subjects: { slug: string }[] }>(
    `{ themes { slug } subjects { slug } }`,
  );
  return {
    people,
    headers: (viewer) => (viewer === "anonymous" ? {} : people[viewer].auth),
    themeSlugs: taxonomy.data!.themes.map((theme) => theme.slug),
    subjectSlugs: taxonomy.data!.subjects.map((subject) => subject.slug),
  };
}

export const CREATE_REVIEW = `mutation($input: CreateQualityReviewInput!) {
  createQualityReview(input: $input) {
    qualityReview { id kind reviewDate school { urn } hub { slug } findings { id kind text phase keyStage subject { slug } themes { slug } } }
  }
}`;

/** Creates a review as `by` (the Camden moderator unless said), expecting success; returns its ID and findings' IDs. */
export async function createReview(
  api: TestApi,
  world: ReviewWorld,
  input: Record<string, unknown>,
  by: ReviewViewer = "moderator",
): Promise<{ id: string; findingIds: string[] }> {
  const result = await api.gql<{
    createQualityReview: { qualityReview: { id: string; findings: { id: string }[] } };
  }>(CREATE_REVIEW, { input }, world.headers(by));
  expect(result.errors).toBeUndefined();
  const review = result.data!.createQualityReview.qualityReview;
  return { id: review.id, findingIds: review.findings.map((finding) => finding.id) };
}

/** Row counts of the three review tables, to show a refused change left nothing behind. */
export async function reviewRowCounts(api: TestApi): Promise<number[]> {
  const [row] = await api.orm.em.getConnection().execute<{ r: string; f: string; t: string }[]>(
    `select (select count(*) from quality_review) r, (select count(*) from review_finding) f,
            (select count(*) from review_finding_theme) t`,
  );
  return [Number(row!.r), Number(row!.f), Number(row!.t)];
}
