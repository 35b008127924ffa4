import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import {
  REVIEW_VIEWERS,
  SCHOOLS,
  arrangeReviewWorld,
  createReview,
  type ReviewViewer,
  type ReviewWorld,
} from "../../../test/review-fixtures.js";
import { User, viewerOf } from "../accounts/index.js";
import { canViewReview, type Viewer } from "../../policy/index.js";
import { QualityReview } from "./quality-review.entity.js";
import { ReviewService } from "./review.service.js";

/**
 * Who reads a review, through every GraphQL door (node, nodes, the school's
 * and the hub's connections, a finding's node): the school's staff, the
 * reviewing hub's lead and moderators, admins; not the hub's plain members,
 * another hub, or the public. And the policy's yes/no check and its list
 * filter agree on every review for every viewer.
 */
let api: TestApi;
let world: ReviewWorld;
const reviews = {} as Record<"camdenA" | "camdenB" | "far", { id: string; findingIds: string[] }>;

const SEES: Record<ReviewViewer, (keyof typeof reviews)[]> = {
  staff: ["camdenA"],
  lead: ["camdenA", "camdenB"],
  moderator: ["camdenA", "camdenB"],
  member: [],
  otherHub: ["far"],
  admin: ["camdenA", "camdenB", "far"],
  anonymous: [],
};

const input = (schoolUrn: string, hubSlug: string, text: string) => ({
  schoolUrn,
  hubSlug,
  kind: "QAR",
  reviewDate: "2025-11-04",
  findings: [{ kind: "AREA_FOR_DEVELOPMENT", themeSlugs: [world.themeSlugs[0]], text }],
});

beforeAll(async () => {
  api = await startTestApi();
  world = await arrangeReviewWorld(api);
  reviews.camdenA = await createReview(api, world, input(SCHOOLS.camdenA, "camden-hub", "Secret finding of school A."));
  reviews.camdenB = await createReview(api, world, input(SCHOOLS.camdenB, "camden-hub", "Secret finding of school B."));
  reviews.far = await createReview(
    api,
    world,
    input(SCHOOLS.far, "far-hub", "Secret finding of the far school."),
    "otherHub",
  );
});

const visibleNames = (ids: (string | undefined)[]) =>
  (Object.keys(reviews) as (keyof typeof reviews)[]).filter((name) => ids.includes(reviews[name].id)).sort();

describe.each(REVIEW_VIEWERS)("a review as seen by %s", (viewer) => {
  it("through node(id) and nodes(ids), with the findings' text", async () => {
    const seen: string[] = [];
    for (const name of Object.keys(reviews) as (keyof typeof reviews)[]) {
      const result = await api.gql<{ node: { id: string; findings: { text: string }[] } | null }>(
        `query($id: ID!) { node(id: $id) { ... on QualityReview { id findings { text } } } }`,
        { id: reviews[name].id },
        world.headers(viewer),
      );
      expect(result.errors).toBeUndefined();
      if (result.data!.node) {
        seen.push(result.data!.node.id);
        expect(result.data!.node.findings[0]!.text).toMatch(/^Secret finding/);
      }
    }
    expect(visibleNames(seen)).toEqual([...SEES[viewer]].sort());
    const findings = await api.gql<{ nodes: ({ text: string } | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ReviewFinding { text } } }`,
      { ids: Object.values(reviews).map((review) => review.findingIds[0]) },
      world.headers(viewer),
    );
    expect(findings.data!.nodes.filter(Boolean)).toHaveLength(SEES[viewer].length);
  });

  it("through the school's and the hub's connections", async () => {
    const result = await api.gql<{
      schools: {
        nodes: { qualityReviews: { totalCount: number; nodes: { id: string; findings: { text: string }[] }[] } }[];
      };
      camden: { qualityReviews: { totalCount: number; nodes: { id: string }[] } };
      far: { qualityReviews: { totalCount: number; nodes: { id: string }[] } };
    }>(
      `{ schools(first: 10) { nodes { qualityReviews(first: 10) { totalCount nodes { id findings { text } } } } }
         camden: network(slug: "camden-hub") { qualityReviews(first: 10) { totalCount nodes { id } } }
         far: network(slug: "far-hub") { qualityReviews(first: 10) { totalCount nodes { id } } } }`,
      {},
      world.headers(viewer),
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    const throughSchools = data.schools.nodes.flatMap((school) =>
      school.qualityReviews.nodes.map((review) => review.id),
    );
    const throughHubs = [...data.camden.qualityReviews.nodes, ...data.far.qualityReviews.nodes].map(
      (review) => review.id,
    );
    expect(visibleNames(throughSchools)).toEqual([...SEES[viewer]].sort());
    expect(visibleNames(throughHubs)).toEqual([...SEES[viewer]].sort());
    expect(data.camden.qualityReviews.totalCount + data.far.qualityReviews.totalCount).toBe(SEES[viewer].length);
  });
});

describe("the review policy's check and its list filter", () => {
  it("agree on every review for every viewer of the fixture", async () => {
    const em = api.orm.em.fork();
    const all = await em.find(QualityReview, {});
    expect(all).toHaveLength(3);
    for (const name of REVIEW_VIEWERS) {
      const viewer: Viewer | null =
        name === "anonymous"
          ? null
          : await viewerOf(em, await em.findOneOrFail(User, { uuid: world.people[name].uuid }));
      const byCheck = all.filter((review) => canViewReview(viewer, ReviewService.facts(review)));
      const bySql = await new ReviewService(em).byIds(
        viewer,
        all.map((review) => review.uuid),
      );
      expect(bySql.map((review) => review.uuid).sort(), name).toEqual(byCheck.map((review) => review.uuid).sort());
      expect(byCheck.length, name).toBe(SEES[name].length);
    }
  });
});
