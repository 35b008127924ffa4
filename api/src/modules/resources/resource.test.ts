import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import { ResourceService } from "./resource.service.js";

const LIST = /* GraphQL */ `
  query List($first: Int!, $after: String) {
    resources(first: $first, after: $after) {
      totalCount
      nodes {
        id
        slug
        title
      }
      edges {
        cursor
        node {
          slug
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

interface ListResult {
  resources: {
    totalCount: number;
    nodes: { id: string; slug: string; title: string }[];
    edges: { cursor: string; node: { slug: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  const service = new ResourceService(api.orm.em.fork());
  for (const [index, slug] of ["phonics-catch-up", "teach-meet-marketplace", "learn-and-lead-meetings"].entries()) {
    await service.create({ slug, title: `Resource ${index + 1}`, summary: `Summary of ${slug}` });
  }
});

describe("resources connection", () => {
  it("pages newest first with cursors and a total", async () => {
    const first = await api.gql<ListResult>(LIST, { first: 2 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.resources;
    expect(page1.totalCount).toBe(3);
    expect(page1.nodes.map((n) => n.slug)).toEqual(["learn-and-lead-meetings", "teach-meet-marketplace"]);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page1.edges.at(-1)!.cursor).toBe(page1.pageInfo.endCursor);

    const second = await api.gql<ListResult>(LIST, { first: 2, after: page1.pageInfo.endCursor });
    const page2 = second.data!.resources;
    expect(page2.nodes.map((n) => n.slug)).toEqual(["phonics-catch-up"]);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it.each([
    [101, "at most 100"],
    [0, "at least 1"],
  ])("refuses first: %i with BAD_USER_INPUT on the field", async (first, text) => {
    const result = await api.gql(LIST, { first });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(result.errors?.[0]?.message).toContain(text);
  });

  it("refuses a cursor it never gave out", async () => {
    const result = await api.gql(LIST, { first: 2, after: "not-a-cursor" });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("single resources", () => {
  it("finds a resource by slug and the same object by its global id", async () => {
    const bySlug = await api.gql<{ resource: { id: string; title: string } | null }>(
      `query($slug: String!) { resource(slug: $slug) { id title } }`,
      { slug: "teach-meet-marketplace" },
    );
    const resource = bySlug.data!.resource!;
    expect(resource.title).toBe("Resource 2");

    const byNode = await api.gql<{ node: { __typename: string; slug: string } | null }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Resource { slug } } }`,
      { id: resource.id },
    );
    expect(byNode.data!.node).toEqual({ __typename: "Resource", slug: "teach-meet-marketplace" });
  });

  it("answers null for an unknown slug or id rather than failing", async () => {
    const result = await api.gql(`{ resource(slug: "no-such-thing") { id } node(id: "bm9wZQ") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ resource: null, node: null });
  });
});

describe("creating resources", () => {
  it("names the field at fault and stores nothing on bad input", async () => {
    const service = new ResourceService(api.orm.em.fork());
    await expect(service.create({ slug: "Bad Slug!", title: "Fine title", summary: "ok" })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.slug",
    });
    await expect(
      service.create({ slug: "too-long-summary", title: "Fine title", summary: "x".repeat(301) }),
    ).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.summary",
    });
    await expect(service.create({ slug: "phonics-catch-up", title: "Duplicate", summary: "ok" })).rejects.toMatchObject(
      {
        code: "BAD_USER_INPUT",
        field: "input.slug",
      },
    );
    const total = await api.gql<ListResult>(LIST, { first: 10 });
    expect(total.data!.resources.totalCount).toBe(3);
  });
});
