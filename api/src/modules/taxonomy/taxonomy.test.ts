import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import { TaxonomyService } from "./taxonomy.service.js";
import { KeyStage, Phase, Region, YearGroup } from "./taxonomy.enums.js";

interface SubjectResult {
  id: string;
  slug: string;
  name: string;
  aliases: string[];
}

interface TaxonomyResult {
  taxonomy: {
    phases: { value: Phase; label: string }[];
    keyStages: { value: KeyStage; label: string; yearGroups: YearGroup[] }[];
    yearGroups: { value: YearGroup; label: string; keyStage: KeyStage }[];
    regions: { value: Region; label: string }[];
  };
}

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

describe("subjects", () => {
  it("lists the seeded subjects in curriculum order with their aliases", async () => {
    const result = await api.gql<{ subjects: SubjectResult[] }>(`{ subjects { id slug name aliases } }`);
    expect(result.errors).toBeUndefined();
    const subjects = result.data!.subjects;
    expect(subjects.map((subject) => subject.slug)).toEqual([
      "english",
      "mathematics",
      "science",
      "art-and-design",
      "citizenship",
      "computing",
      "design-and-technology",
      "languages",
      "geography",
      "history",
      "music",
      "physical-education",
      "religious-education",
      "relationships-sex-and-health-education",
      "early-years",
      "cross-curricular",
    ]);
    expect(subjects.find((subject) => subject.slug === "mathematics")).toMatchObject({
      name: "Mathematics",
      aliases: ["maths", "math", "numeracy"],
    });
    expect(subjects.find((subject) => subject.slug === "citizenship")!.aliases).toEqual([]);
  });

  it("finds a subject by slug, and answers null for an unknown one", async () => {
    const result = await api.gql<{ known: SubjectResult | null; unknown: SubjectResult | null }>(
      `query($slug: String!) { known: subject(slug: $slug) { slug name aliases } unknown: subject(slug: "alchemy") { slug } }`,
      { slug: "languages" },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      known: {
        slug: "languages",
        name: "Languages",
        aliases: ["MFL", "modern foreign languages", "French", "Spanish", "German"],
      },
      unknown: null,
    });
  });

  it("fetches the same subject through node(id:)", async () => {
    const bySlug = await api.gql<{ subject: SubjectResult }>(`{ subject(slug: "science") { id } }`);
    const id = bySlug.data!.subject.id;
    const byNode = await api.gql<{ node: { __typename: string; id: string; slug: string } | null }>(
      `query($id: ID!) { node(id: $id) { __typename id ... on Subject { slug } } }`,
      { id },
    );
    expect(byNode.errors).toBeUndefined();
    expect(byNode.data!.node).toEqual({ __typename: "Subject", id, slug: "science" });
  });
});

describe("themes", () => {
  it("lists the themes in order, each with a description, and finds one by slug", async () => {
    const result = await api.gql<{
      themes: { slug: string; name: string; description: string }[];
      theme: { id: string; name: string } | null;
    }>(`{ themes { slug name description } theme(slug: "oracy") { id name } }`);
    expect(result.errors).toBeUndefined();
    const themes = result.data!.themes;
    expect(themes[0]!.slug).toBe("early-reading-and-phonics");
    expect(themes.map((theme) => theme.slug)).toContain("peer-review-and-quality-assurance");
    expect(themes.every((theme) => theme.description.length > 20)).toBe(true);
    expect(result.data!.theme!.name).toBe("Oracy");

    const byNode = await api.gql<{ node: { __typename: string } | null }>(
      `query($id: ID!) { node(id: $id) { __typename } }`,
      { id: result.data!.theme!.id },
    );
    expect(byNode.data!.node).toEqual({ __typename: "Theme" });
  });
});

describe("taxonomy", () => {
  it("gives every fixed vocabulary with labels, and key stages agree with year groups", async () => {
    const result = await api.gql<TaxonomyResult>(`{
      taxonomy {
        phases { value label }
        keyStages { value label yearGroups }
        yearGroups { value label keyStage }
        regions { value label }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const { phases, keyStages, yearGroups, regions } = result.data!.taxonomy;

    expect(phases.map((phase) => phase.value)).toEqual(Object.values(Phase));
    expect(regions).toHaveLength(9);
    expect(regions.find((region) => region.value === Region.NORTH_EAST)!.label).toBe("North East");
    expect(yearGroups.map((year) => year.value)).toEqual(Object.values(YearGroup));
    expect(keyStages.map((stage) => stage.value)).toEqual(Object.values(KeyStage));
    expect(keyStages.find((stage) => stage.value === KeyStage.KS2)).toEqual({
      value: KeyStage.KS2,
      label: "Key Stage 2",
      yearGroups: [YearGroup.Y3, YearGroup.Y4, YearGroup.Y5, YearGroup.Y6],
    });

    for (const year of yearGroups) {
      const stage = keyStages.find((candidate) => candidate.value === year.keyStage);
      expect(stage?.yearGroups, `${year.value} in ${year.keyStage}`).toContain(year.value);
    }
    expect(keyStages.flatMap((stage) => stage.yearGroups)).toEqual(Object.values(YearGroup));
  });
});

describe("TaxonomyService slugs from input", () => {
  it("returns subjects and themes in the order given, once each", async () => {
    const service = new TaxonomyService(api.orm.em.fork());
    const subjects = await service.subjectsBySlugs(["history", "english", "history"], "input.subjects");
    expect(subjects.map((subject) => subject.slug)).toEqual(["history", "english"]);
    const themes = await service.themesBySlugs(["oracy", "assessment"], "input.themes");
    expect(themes.map((theme) => theme.slug)).toEqual(["oracy", "assessment"]);
    expect(await service.subjectsBySlugs([], "input.subjects")).toEqual([]);
  });

  it("refuses unknown slugs with BAD_USER_INPUT naming the field and every unknown slug", async () => {
    const service = new TaxonomyService(api.orm.em.fork());
    const failure = service.subjectsBySlugs(["english", "alchemy", "maths"], "input.subjects");
    await expect(failure).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "input.subjects" });
    await expect(failure).rejects.toThrow(/"alchemy", "maths"/);
    await expect(service.themesBySlugs(["astrology"], "input.themes")).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.themes",
    });
  });
});
