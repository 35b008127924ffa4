import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, mutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";
import { cleanHtml, renderMarkdown } from "./resource.markdown.js";
import { Resource, SUMMARY_MAX_LENGTH } from "./resource.entity.js";
import { ResourceRevision } from "./resource-revision.entity.js";
import { AUTOSAVE_VERSION_SPAN_MS } from "./resource.service.js";
import { EMOJI, textOfChars } from "../../../test/hostile-text.js";

const LIST = /* GraphQL */ `
  query List($first: Int!, $after: String, $filter: ResourceFilter, $orderBy: ResourceOrder) {
    resources(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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

const ONE = /* GraphQL */ `
  query One($slug: String!) {
    resource(slug: $slug) {
      slug
      title
      summary
      body
      bodyHtml
      type
      status
      visibility
      licence
      licenceLabel
      licenceUrl
      phases
      keyStages
      yearGroups
      tags
      links {
        title
        url
      }
      reviewComment
      publishedAt
      authors {
        name
      }
      subjects {
        slug
      }
      themes {
        slug
      }
      owningNetwork {
        slug
      }
      sharedWith {
        slug
      }
      relatedResources {
        slug
      }
    }
  }
`;

type One = { resource: Record<string, unknown> | null };

let api: TestApi;
let admin: TestUser;
let author: TestUser;
let moderator: TestUser;
let member: TestUser;

/** Creates a resource as the author and takes it through review to published. */
async function published(slug: string, overrides: Record<string, unknown> = {}): Promise<void> {
  await mustMutate(api, author, "createResource", resourceInput(slug, "maths-network", overrides));
  await mustMutate(api, author, "submitResourceForReview", { slug });
  await mustMutate(api, moderator, "publishResource", { slug });
}

beforeAll(async () => {
  api = await startTestApi();
  admin = await makeAdmin(api);
  author = await api.signUp({ name: "Amira Author" });
  moderator = await api.signUp({ name: "Mo Moderator" });
  member = await api.signUp({ name: "Mel Member" });
  await makeNetwork(api, admin, "maths-network");
  await makeNetwork(api, admin, "direct-network", { moderatorsPublishDirectly: true });
  await setRole(api, author, "maths-network", NetworkRole.CONTRIBUTOR);
  await setRole(api, moderator, "maths-network", NetworkRole.MODERATOR);
  await setRole(api, member, "maths-network", NetworkRole.MEMBER);
  await setRole(api, author, "direct-network", NetworkRole.CONTRIBUTOR);
  await setRole(api, moderator, "direct-network", NetworkRole.MODERATOR);
  for (const slug of ["phonics-catch-up", "teach-meet-marketplace", "learn-and-lead-meetings"]) {
    await published(slug, { title: `Listed ${slug}` });
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

  it("orders by title and pages through it", async () => {
    const page1 = await api.gql<ListResult>(LIST, { first: 2, orderBy: "TITLE" });
    expect(page1.data!.resources.nodes.map((n) => n.slug)).toEqual(["learn-and-lead-meetings", "phonics-catch-up"]);
    const page2 = await api.gql<ListResult>(LIST, {
      first: 2,
      orderBy: "TITLE",
      after: page1.data!.resources.pageInfo.endCursor,
    });
    expect(page2.data!.resources.nodes.map((n) => n.slug)).toEqual(["teach-meet-marketplace"]);
  });

  it("filters by type, subject, key stage, network and licence, counting under the same filter", async () => {
    await published("ks2-fractions-sequence", {
      type: "LESSON_SEQUENCE",
      subjectSlugs: ["mathematics"],
      keyStages: ["KS2"],
      phases: ["PRIMARY"],
      licence: "OGL_UK_3_0",
    });
    for (const filter of [
      { type: "LESSON_SEQUENCE" },
      { subjectSlug: "mathematics" },
      { licence: "OGL_UK_3_0" },
      { keyStage: "KS2" },
      { phase: "PRIMARY", networkSlug: "maths-network", status: "PUBLISHED", visibility: "PUBLIC" },
    ]) {
      const result = await api.gql<ListResult>(LIST, { first: 10, filter });
      expect(result.errors).toBeUndefined();
      expect(result.data!.resources.nodes.map((n) => n.slug)).toEqual(["ks2-fractions-sequence"]);
      expect(result.data!.resources.totalCount).toBe(1);
    }
    const none = await api.gql<ListResult>(LIST, { first: 10, filter: { keyStage: "KS5" } });
    expect(none.data!.resources.totalCount).toBe(0);
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
    expect(resource.title).toBe("Listed teach-meet-marketplace");

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

  it("hides a draft from node(id:) as well as from resource(slug:)", async () => {
    await mustMutate(api, author, "createResource", resourceInput("hidden-draft", "maths-network"));
    const own = await api.gql<{ resource: { id: string } }>(
      `{ resource(slug: "hidden-draft") { id } }`,
      undefined,
      author.auth,
    );
    const id = own.data!.resource.id;
    const anonymous = await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(anonymous.data).toEqual({ node: null });
  });

  it("stores every field and gives the licence's name and address", async () => {
    await mustMutate(
      api,
      author,
      "createResource",
      resourceInput("full-resource", "maths-network", {
        body: "# Heading\n\nSee https://example.org for more.",
        type: "TOOLKIT",
        subjectSlugs: ["mathematics"],
        themeSlugs: ["oracy"],
        phases: ["PRIMARY", "PRIMARY"],
        keyStages: ["KS1", "KS2"],
        yearGroups: ["Y1"],
        tags: ["#Teach  Meet", "teach meet", "Fractions"],
        licence: "OGL_UK_3_0",
        sharedWithNetworkSlugs: ["direct-network"],
        links: [{ title: "DfE guidance", url: "https://www.gov.uk/guidance" }],
        relatedResourceSlugs: ["phonics-catch-up"],
      }),
    );
    const result = await api.gql<One>(ONE, { slug: "full-resource" }, author.auth);
    expect(result.errors).toBeUndefined();
    expect(result.data!.resource).toMatchObject({
      type: "TOOLKIT",
      status: "DRAFT",
      licence: "OGL_UK_3_0",
      licenceLabel: "Open Government Licence v3.0",
      licenceUrl: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      phases: ["PRIMARY"],
      keyStages: ["KS1", "KS2"],
      yearGroups: ["Y1"],
      tags: ["teach meet", "fractions"],
      links: [{ title: "DfE guidance", url: "https://www.gov.uk/guidance" }],
      authors: [{ name: "Amira Author" }],
      subjects: [{ slug: "mathematics" }],
      themes: [{ slug: "oracy" }],
      owningNetwork: { slug: "maths-network" },
      sharedWith: [{ slug: "direct-network" }],
      relatedResources: [{ slug: "phonics-catch-up" }],
      publishedAt: null,
    });
    expect(result.data!.resource!.bodyHtml).toContain('<a href="https://example.org" rel="noopener noreferrer">');
  });
});

describe("bad input", () => {
  const expectBadInput = async (overrides: Record<string, unknown>, field: string, slug = "bad-input-resource") => {
    const result = await mutate(api, author, "createResource", resourceInput(slug, "maths-network", overrides));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  };

  it("names the field at fault and stores nothing", async () => {
    await expectBadInput({ slug: "Bad Slug!" }, "input.slug");
    await expectBadInput({ summary: "x".repeat(301) }, "input.summary");
    await expectBadInput({}, "input.slug", "phonics-catch-up");
    await expectBadInput({ body: "x".repeat(200 * 1024 + 1) }, "input.body");
    await expectBadInput({ licence: "ALL_RIGHTS_RESERVED", visibility: "PUBLIC" }, "input.licence");
    await expectBadInput({ subjectSlugs: ["mathematics", "alchemy"] }, "input.subjectSlugs");
    await expectBadInput({ links: [{ title: "Sneaky", url: "javascript:alert(1)" }] }, "input.links.0.url");
    await expectBadInput({ links: [{ title: "Files", url: "ftp://example.org/x" }] }, "input.links.0.url");
    await expectBadInput({ owningNetworkSlug: "no-such-network" }, "input.owningNetworkSlug");
    const stored = await api.gql(ONE, { slug: "bad-input-resource" }, admin.auth);
    expect(stored.data).toEqual({ resource: null });
  });

  it("counts a summary's length as its column does, emoji included, when creating and updating", async () => {
    await mustMutate(
      api,
      author,
      "createResource",
      resourceInput("emoji-summary", "maths-network", { summary: textOfChars(SUMMARY_MAX_LENGTH) }),
    );
    await expectBadInput({ summary: textOfChars(SUMMARY_MAX_LENGTH + 1) }, "input.summary", "emoji-too-long");
    await expectBadInput({ summary: EMOJI.repeat(40) }, "input.summary", "emoji-too-long");
    const over = await mutate(api, author, "updateResource", {
      slug: "emoji-summary",
      summary: `${textOfChars(SUMMARY_MAX_LENGTH)}!`,
    });
    expect(over.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.summary" });
    expect(over.errors?.[0]?.message).toBe("input.summary must be at most 300 characters (it has 301)");
    const fits = `${EMOJI}${textOfChars(SUMMARY_MAX_LENGTH - 8)}`;
    await mustMutate(api, author, "updateResource", { slug: "emoji-summary", summary: fits });
    const stored = await api.gql<One>(ONE, { slug: "emoji-summary" }, author.auth);
    expect(stored.data?.resource?.summary).toBe(fits);
  });

  it("accepts all rights reserved for network-only material", async () => {
    await mustMutate(
      api,
      author,
      "createResource",
      resourceInput("closed-licence", "maths-network", { licence: "ALL_RIGHTS_RESERVED", visibility: "NETWORK" }),
    );
    const publicNow = await mutate(api, author, "updateResource", { slug: "closed-licence", visibility: "PUBLIC" });
    expect(publicNow.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.licence" });
  });

  it("refuses an unknown enum value before running anything", async () => {
    const result = await mutate(
      api,
      author,
      "createResource",
      resourceInput("bad-enum", "maths-network", { type: "POSTER" }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("POSTER");
  });

  it("needs a contributor of the owning network to create", async () => {
    const asMember = await mutate(api, member, "createResource", resourceInput("by-member", "maths-network"));
    expect(asMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await mutate(api, null, "createResource", resourceInput("by-nobody", "maths-network"));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("review lifecycle", () => {
  it("goes draft, review, changes requested, review, published, archived", async () => {
    const slug = "lifecycle-guide";
    expect(await mustMutate(api, author, "createResource", resourceInput(slug, "maths-network"))).toEqual({
      slug,
      status: "DRAFT",
    });
    expect((await api.gql<One>(ONE, { slug })).data!.resource).toBeNull();
    expect((await mustMutate(api, author, "submitResourceForReview", { slug })).status).toBe("IN_REVIEW");

    const fromAuthor = await mutate(api, author, "requestResourceChanges", { slug, comment: "Add an example." });
    expect(fromAuthor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noComment = await mutate(api, moderator, "requestResourceChanges", { slug, comment: "  " });
    expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.comment" });
    expect(
      (await mustMutate(api, moderator, "requestResourceChanges", { slug, comment: "Add a worked example." })).status,
    ).toBe("DRAFT");
    const commented = await api.gql<One>(ONE, { slug }, author.auth);
    expect(commented.data!.resource!.reviewComment).toBe("Add a worked example.");

    await mustMutate(api, author, "submitResourceForReview", { slug });
    const byAuthor = await mutate(api, author, "publishResource", { slug });
    expect(byAuthor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await mustMutate(api, moderator, "publishResource", { slug })).status).toBe("PUBLISHED");
    const live = await api.gql<One>(ONE, { slug });
    expect(live.data!.resource).toMatchObject({ status: "PUBLISHED", reviewComment: null });
    expect(live.data!.resource!.publishedAt).toEqual(expect.any(String));

    expect((await mustMutate(api, moderator, "archiveResource", { slug })).status).toBe("ARCHIVED");
    expect((await api.gql<One>(ONE, { slug })).data!.resource).toBeNull();
    expect((await api.gql<One>(ONE, { slug }, author.auth)).data!.resource).toMatchObject({ status: "ARCHIVED" });
  });

  it("refuses transitions from the wrong status with a clear message", async () => {
    const slug = "transition-rules";
    await mustMutate(api, author, "createResource", resourceInput(slug, "maths-network"));
    const cases: [Parameters<typeof mutate>[2], TestUser, Record<string, unknown>, string][] = [
      ["publishResource", moderator, { slug }, "Only a resource in review can be published"],
      ["archiveResource", moderator, { slug }, "Only a published resource can be archived"],
      ["requestResourceChanges", moderator, { slug, comment: "x" }, "in review"],
    ];
    for (const [mutation, who, input, message] of cases) {
      const result = await mutate(api, who, mutation, input);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.status" });
      expect(result.errors?.[0]?.message).toContain(message);
    }
    await mustMutate(api, author, "submitResourceForReview", { slug });
    const twice = await mutate(api, author, "submitResourceForReview", { slug });
    expect(twice.errors?.[0]?.message).toContain(
      "Only a draft can be submitted for review; this resource is in review",
    );
  });

  it("lets moderators publish a draft directly where the network allows it", async () => {
    await mustMutate(api, author, "createResource", resourceInput("direct-draft", "direct-network"));
    expect((await mustMutate(api, moderator, "publishResource", { slug: "direct-draft" })).status).toBe("PUBLISHED");
  });

  it("answers as for a missing resource when the viewer cannot see it", async () => {
    await mustMutate(api, author, "createResource", resourceInput("secret-draft", "maths-network"));
    const result = await mutate(api, member, "submitResourceForReview", { slug: "secret-draft" });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
  });
});

describe("member lists", () => {
  it("lists my own work with authoredByMe and a moderator's queue with moderatedByMe", async () => {
    await mustMutate(api, author, "createResource", resourceInput("queued-for-review", "maths-network"));
    await mustMutate(api, author, "submitResourceForReview", { slug: "queued-for-review" });
    await mustMutate(api, author, "createResource", resourceInput("queued-elsewhere", "direct-network"));
    await mustMutate(api, author, "submitResourceForReview", { slug: "queued-elsewhere" });
    const outsider = await api.signUp({ name: "Owen Outsider" });
    await makeNetwork(api, admin, "outsider-network");
    await setRole(api, outsider, "outsider-network", NetworkRole.MODERATOR);

    const slugs = async (who: TestUser | null, filter: Record<string, unknown>) => {
      const result = await api.gql<ListResult>(LIST, { first: 100, filter }, who?.auth);
      expect(result.errors).toBeUndefined();
      return result.data!.resources.nodes.map((node) => node.slug);
    };
    const queue = { status: "IN_REVIEW", moderatedByMe: true };
    expect(await slugs(moderator, queue)).toEqual(expect.arrayContaining(["queued-for-review", "queued-elsewhere"]));
    expect(await slugs(outsider, queue)).toEqual([]);
    expect(await slugs(null, queue)).toEqual([]);
    // The author sees their submissions but moderates nothing.
    expect(await slugs(author, queue)).toEqual([]);
    expect(await slugs(author, { status: "IN_REVIEW", authoredByMe: true })).toEqual(
      expect.arrayContaining(["queued-for-review", "queued-elsewhere"]),
    );
    expect(await slugs(moderator, { authoredByMe: true })).toEqual([]);
    expect(await slugs(null, { authoredByMe: true })).toEqual([]);
  });
});

describe("Markdown preview", () => {
  const PREVIEW = /* GraphQL */ `
    query Preview($markdown: String!) {
      renderMarkdown(markdown: $markdown)
    }
  `;

  it("renders exactly as a resource body is rendered, sanitised", async () => {
    const markdown = "## Plan\n\n**Bold** <script>alert(1)</script> [x](javascript:alert(1))";
    const result = await api.gql<{ renderMarkdown: string }>(PREVIEW, { markdown });
    expect(result.data!.renderMarkdown).toBe(renderMarkdown(markdown));
    expect(result.data!.renderMarkdown).toContain("<strong>Bold</strong>");
    expect(result.data!.renderMarkdown).not.toMatch(ACTIVE);
  });

  it("refuses more than a body may hold, naming the argument", async () => {
    const result = await api.gql(PREVIEW, { markdown: "x".repeat(200 * 1024 + 1) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "markdown" });
  });
});

describe("renaming", () => {
  it("keeps the old slug working and reports the current one", async () => {
    await published("old-name-guide");
    await mustMutate(api, author, "updateResource", { slug: "old-name-guide", newSlug: "new-name-guide" });
    const byOld = await api.gql<One>(`{ resource(slug: "old-name-guide") { slug } }`);
    expect(byOld.data!.resource).toEqual({ slug: "new-name-guide" });
    const taken = await mutate(api, author, "createResource", resourceInput("old-name-guide", "maths-network"));
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });

    await mustMutate(api, author, "updateResource", { slug: "new-name-guide", newSlug: "old-name-guide" });
    expect((await api.gql<One>(`{ resource(slug: "new-name-guide") { slug } }`)).data!.resource).toEqual({
      slug: "old-name-guide",
    });
  });
});

describe("revisions", () => {
  const REVISIONS = `query($slug: String!) { resource(slug: $slug) { revisions(first: 10) { totalCount nodes { number message author { name } } } } }`;
  const COMPARE = `query($slug: String!, $from: Int!, $to: Int!) { compareResourceRevisions(slug: $slug, from: $from, to: $to) { field before after } }`;

  it("records each save, compares two, and restores an old one as a new revision", async () => {
    const slug = "revised-guide";
    await mustMutate(api, author, "createResource", resourceInput(slug, "maths-network", { body: "First words." }));
    await mustMutate(api, author, "updateResource", {
      slug,
      title: "Revised guide, second edition",
      body: "Second words.",
      tags: ["Oracy"],
      message: "Tightened the wording",
    });

    const history = await api.gql<{
      resource: { revisions: { totalCount: number; nodes: { number: number; message: string | null }[] } };
    }>(REVISIONS, { slug }, author.auth);
    expect(history.data!.resource.revisions).toEqual({
      totalCount: 2,
      nodes: [
        { number: 2, message: "Tightened the wording", author: { name: "Amira Author" } },
        { number: 1, message: null, author: { name: "Amira Author" } },
      ],
    });
    const asMember = await api.gql<{ resource: { revisions: unknown } | null }>(REVISIONS, { slug }, member.auth);
    expect(asMember.data!.resource).toBeNull();

    const compared = await api.gql<{ compareResourceRevisions: { field: string; before: string; after: string }[] }>(
      COMPARE,
      { slug, from: 1, to: 2 },
      author.auth,
    );
    expect(compared.data!.compareResourceRevisions).toEqual([
      { field: "title", before: `"Resource ${slug}"`, after: '"Revised guide, second edition"' },
      { field: "body", before: '"First words."', after: '"Second words."' },
      { field: "tags", before: "[]", after: '["oracy"]' },
    ]);
    expect((await api.gql(COMPARE, { slug, from: 1, to: 2 }, member.auth)).data).toEqual({
      compareResourceRevisions: null,
    });

    await mustMutate(api, moderator, "restoreResourceRevision", { slug, number: 1 });
    const restored = await api.gql<One>(ONE, { slug }, author.auth);
    expect(restored.data!.resource).toMatchObject({ title: `Resource ${slug}`, body: "First words.", tags: [] });
    const third = await api.gql<{ resourceRevision: { number: number; message: string; snapshot: { body: string } } }>(
      `query($slug: String!) { resourceRevision(resourceSlug: $slug, number: 3) { number message snapshot } }`,
      { slug },
      author.auth,
    );
    expect(third.data!.resourceRevision).toMatchObject({
      number: 3,
      message: "Restored revision 1",
      snapshot: { body: "First words." },
    });
    const noSuch = await mutate(api, author, "restoreResourceRevision", { slug, number: 9 });
    expect(noSuch.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.number" });
  });

  it("leaves the resource and its history untouched when an update fails", async () => {
    const slug = "atomic-guide";
    await mustMutate(api, author, "createResource", resourceInput(slug, "maths-network", { body: "Kept." }));
    const before = await api.gql<One>(ONE, { slug }, author.auth);
    const failed = await mutate(api, author, "updateResource", {
      slug,
      newSlug: "atomic-guide-renamed",
      title: "Changed title",
      subjectSlugs: ["mathematics"],
      links: [{ title: "Bad", url: "javascript:void(0)" }],
    });
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.links.0.url" });
    const after = await api.gql<One>(ONE, { slug }, author.auth);
    expect(after.data).toEqual(before.data);
    const history = await api.gql<{ resource: { revisions: { totalCount: number } } }>(
      REVISIONS,
      { slug },
      author.auth,
    );
    expect(history.data!.resource.revisions.totalCount).toBe(1);
    expect((await api.gql<One>(`{ resource(slug: "atomic-guide-renamed") { slug } }`, {}, admin.auth)).data).toEqual({
      resource: null,
    });
  });

  it("lets only those who may edit change a resource", async () => {
    const result = await mutate(api, member, "updateResource", { slug: "phonics-catch-up", title: "Hijacked" });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("autosave", () => {
  const HISTORY = `query($slug: String!) { resource(slug: $slug) { body status revisions(first: 10) { totalCount nodes { number autosave message body: snapshot createdAt updatedAt author { name } } } } }`;
  interface Revision {
    number: number;
    autosave: boolean;
    message: string | null;
    body: { body: string };
    createdAt: string;
    updatedAt: string;
    author: { name: string } | null;
  }
  type History = { resource: { body: string; status: string; revisions: { totalCount: number; nodes: Revision[] } } };
  const historyOf = async (slug: string) => (await api.gql<History>(HISTORY, { slug }, author.auth)).data!.resource;
  const autosave = (slug: string, body: string, user = author) =>
    mustMutate(api, user, "updateResource", { slug, body, autosave: true });

  it("folds a draft's autosaves into one revision, which a save by hand then keeps", async () => {
    const slug = "autosaved-draft";
    await mustMutate(
      api,
      author,
      "createResource",
      resourceInput(slug, "maths-network", { body: "T", autosave: true }),
    );
    for (const body of ["Th", "The first", "The first paragraph."]) await autosave(slug, body);

    let history = await historyOf(slug);
    expect(history.body).toBe("The first paragraph.");
    expect(history.revisions.totalCount).toBe(1);
    const [only] = history.revisions.nodes;
    expect(only).toMatchObject({ number: 1, autosave: true, body: { body: "The first paragraph." } });
    expect(Date.parse(only!.updatedAt)).toBeGreaterThan(Date.parse(only!.createdAt));

    await mustMutate(api, author, "updateResource", { slug, body: "The first paragraph, checked.", message: "Ready" });
    history = await historyOf(slug);
    expect(history.revisions.nodes).toEqual([
      expect.objectContaining({
        number: 1,
        autosave: false,
        message: "Ready",
        body: expect.objectContaining({ body: "The first paragraph, checked." }),
      }),
    ]);

    // Kept by hand: the next autosave starts revision 2 and leaves revision 1 as it was saved.
    await autosave(slug, "A second paragraph begins");
    await autosave(slug, "A second paragraph begins here.");
    history = await historyOf(slug);
    expect(history.revisions.nodes.map((r) => [r.number, r.autosave, r.body.body])).toEqual([
      [2, true, "A second paragraph begins here."],
      [1, false, "The first paragraph, checked."],
    ]);
  });

  it("never changes what reviewers see, and keeps the submitted version when editing resumes", async () => {
    const slug = "autosave-in-review";
    await mustMutate(
      api,
      author,
      "createResource",
      resourceInput(slug, "maths-network", { body: "Draft", autosave: true }),
    );
    await autosave(slug, "Draft as submitted");
    await mustMutate(api, author, "submitResourceForReview", { slug });

    const refused = await mutate(api, author, "updateResource", { slug, body: "Sneaked in", autosave: true });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.autosave" });
    let history = await historyOf(slug);
    expect(history).toMatchObject({ body: "Draft as submitted", status: "IN_REVIEW" });

    await mustMutate(api, moderator, "requestResourceChanges", { slug, comment: "Say more." });
    await autosave(slug, "Draft as submitted, and more.");
    history = await historyOf(slug);
    expect(history.status).toBe("DRAFT");
    expect(history.revisions.nodes.map((r) => [r.number, r.autosave, r.body.body])).toEqual([
      [2, true, "Draft as submitted, and more."],
      [1, false, "Draft as submitted"],
    ]);
  });

  it("starts a new revision after someone else's save, and once an autosaved one is half an hour old", async () => {
    const slug = "autosave-two-people";
    await mustMutate(
      api,
      author,
      "createResource",
      resourceInput(slug, "maths-network", { body: "Mine", autosave: true }),
    );
    await autosave(slug, "Moderator's words", moderator);
    await autosave(slug, "Mine again");
    let history = await historyOf(slug);
    expect(history.revisions.nodes.map((r) => [r.number, r.author?.name, r.body.body])).toEqual([
      [3, "Amira Author", "Mine again"],
      [2, "Mo Moderator", "Moderator's words"],
      [1, "Amira Author", "Mine"],
    ]);

    const em = api.orm.em.fork();
    const resource = await em.findOneOrFail(Resource, { slug });
    const halfAnHourAgo = new Date(Date.now() - AUTOSAVE_VERSION_SPAN_MS - 1000);
    await em.nativeUpdate(ResourceRevision, { resource, number: 3 }, { createdAt: halfAnHourAgo });
    await autosave(slug, "Mine, the next morning");
    history = await historyOf(slug);
    expect(history.revisions.nodes.map((r) => [r.number, r.body.body])).toEqual([
      [4, "Mine, the next morning"],
      [3, "Mine again"],
      [2, "Moderator's words"],
      [1, "Mine"],
    ]);
  });

  it("keeps the autosaved version in the history when an earlier one is restored", async () => {
    const slug = "autosave-then-restore";
    await mustMutate(api, author, "createResource", resourceInput(slug, "maths-network", { body: "One" }));
    await autosave(slug, "Two, unfinished");
    await mustMutate(api, author, "restoreResourceRevision", { slug, number: 1 });
    await autosave(slug, "One, edited");
    const history = await historyOf(slug);
    expect(history.revisions.nodes.map((r) => [r.number, r.autosave, r.body.body])).toEqual([
      [4, true, "One, edited"],
      [3, false, "One"],
      [2, true, "Two, unfinished"],
      [1, false, "One"],
    ]);
  });
});

/** Active content: a script or frame element, an event attribute, or a script address in a link or image. */
const ACTIVE = /<(script|iframe|style)\b|<[a-z][^>]*\son\w+\s*=|<[a-z][^>]*(href|src)\s*=\s*["']?\s*javascript:/i;

describe("body HTML", () => {
  const hostile = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src='https://evil.example'></iframe>",
    "<style>body{display:none}</style>",
    "![x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
  ];

  it.each(hostile)("renders %s from Markdown without active content", (markdown) => {
    expect(renderMarkdown(markdown)).not.toMatch(ACTIVE);
  });

  const hostileHtml = hostile.filter((text) => text.startsWith("<"));

  it.each(hostileHtml)("strips %s entirely when it reaches the sanitiser as HTML", (html) => {
    const cleaned = cleanHtml(html).toLowerCase();
    for (const forbidden of ["<script", "onerror=", "javascript:", "<iframe", "<style"]) {
      expect(cleaned).not.toContain(forbidden);
    }
  });

  it("renders Markdown, with safe links", () => {
    const html = renderMarkdown("**Bold** and [a link](https://example.org) and [mail](mailto:head@school.example)");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">a link</a>');
    expect(html).toContain('href="mailto:head@school.example"');
    expect(cleanHtml('<a href="https://example.org" onclick="x()">x</a>')).toBe(
      '<a href="https://example.org" rel="noopener noreferrer">x</a>',
    );
  });

  it("is served sanitised through GraphQL", async () => {
    await mustMutate(
      api,
      author,
      "createResource",
      resourceInput("hostile-body", "maths-network", { body: hostile.join("\n\n") }),
    );
    const result = await api.gql<One>(ONE, { slug: "hostile-body" }, author.auth);
    expect(String(result.data!.resource!.bodyHtml)).not.toMatch(ACTIVE);
  });
});
