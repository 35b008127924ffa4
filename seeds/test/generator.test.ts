import { describe, expect, it } from "vitest";
import {
  CreateResourceInput,
  facetIn,
  indexName,
  LICENCES,
  Membership,
  NetworkRole,
  Resource,
  ResourceStatus,
  SearchKind,
  Visibility,
} from "@hub/api";
import { validate } from "class-validator";
import { fingerprint, generate } from "../src/index.js";
import { freshDatabase } from "./database.js";

const SYNTHETIC_TABLES = [
  "network",
  "school",
  "network_school",
  "app_user",
  "membership",
  "resource",
  "resource_revision",
  "resource_subjects",
  "resource_themes",
  "resource_authors",
  "area_of_excellence",
  "area_of_excellence_theme",
  "area_of_excellence_resource",
  "excellence_event",
];
const referenceDate = new Date("2026-03-02T00:00:00Z");

const [first, second, other] = await Promise.all([freshDatabase(), freshDatabase(), freshDatabase()]);
const summary = await generate({ orm: first.orm, scale: 400, seed: 7, referenceDate, batchSize: 150, search: first });
await generate({ orm: second.orm, scale: 400, seed: 7, referenceDate });
await generate({ orm: other.orm, scale: 400, seed: 8, referenceDate });

describe("the synthetic generator", () => {
  it("makes the same data, ids included, from the same seed, and different data from another", async () => {
    const [a, b, c] = await Promise.all([
      fingerprint(first.orm, SYNTHETIC_TABLES),
      fingerprint(second.orm, SYNTHETIC_TABLES),
      fingerprint(other.orm, SYNTHETIC_TABLES),
    ]);
    expect(a.counts.resource).toBe(400);
    expect(a.counts.school).toBe(summary.schools);
    expect(a.counts.area_of_excellence).toBe(summary.areasOfExcellence);
    expect(a.counts.excellence_event).toBe(summary.events);
    expect(b).toEqual(a);
    expect(c.hash).not.toBe(a.hash);
  });

  it("writes resources that obey the model's rules", async () => {
    const em = first.orm.em.fork();
    const resources = await em.find(Resource, {}, { populate: ["authors", "subjects", "themes"] });
    const memberships = await em.find(Membership, {});
    const roleOf = new Map(memberships.map((m) => [`${m.user.uuid}/${m.network.uuid}`, m.role]));
    for (const resource of resources) {
      if (resource.visibility === Visibility.PUBLIC) expect(LICENCES[resource.licence].open, resource.slug).toBe(true);
      const published = resource.status === ResourceStatus.PUBLISHED || resource.status === ResourceStatus.ARCHIVED;
      expect(resource.publishedAt !== null, resource.slug).toBe(published);
      for (const author of resource.authors) {
        const role = roleOf.get(`${author.uuid}/${resource.owningNetwork!.unwrap().uuid}`);
        expect([NetworkRole.CONTRIBUTOR, NetworkRole.MODERATOR, NetworkRole.LEAD], resource.slug).toContain(role);
      }
      const input = Object.assign(new CreateResourceInput(), {
        slug: resource.slug,
        title: resource.title,
        summary: resource.summary,
        type: resource.type,
        licence: resource.licence,
        visibility: resource.visibility,
        owningNetworkSlug: "any",
        phases: resource.phases,
        keyStages: resource.keyStages,
        yearGroups: resource.yearGroups,
      });
      expect(await validate(input), resource.slug).toEqual([]);
    }
    expect(new Set(resources.map((r) => r.status)).size).toBe(4);
  });

  it("rebuilds search so every generated resource can be found by its words", async () => {
    const index = first.meili.index(indexName(first.prefix));
    const resources = { filter: facetIn("kind", [SearchKind.RESOURCE]) };
    const { totalHits } = await index.search("", { ...resources, hitsPerPage: 0 });
    expect(totalHits).toBe(400);
    const { hits } = await index.search("phonics", { ...resources, limit: 5 });
    expect(hits.length).toBeGreaterThan(0);
  });

  it("refuses to add a second synthetic set to the same database", async () => {
    await expect(generate({ orm: second.orm, scale: 10, seed: 9, referenceDate })).rejects.toThrow(/already loaded/);
  });
});
