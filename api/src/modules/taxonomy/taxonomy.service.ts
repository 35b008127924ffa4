import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityName } from "@mikro-orm/core";
import { badInput } from "../../graphql/errors.js";
import { Subject } from "./subject.entity.js";
import { Theme } from "./theme.entity.js";

/** Reads the subject and theme lists, and turns slugs from input into the rows they name. */
export class TaxonomyService {
  constructor(private readonly em: EntityManager) {}

  subjects(): Promise<Subject[]> {
    return this.em.find(Subject, {}, { orderBy: { sortOrder: "asc" } });
  }

  subjectBySlug(slug: string): Promise<Subject | null> {
    return this.em.findOne(Subject, { slug });
  }

  subjectsByIds(uuids: string[]): Promise<Subject[]> {
    return this.em.find(Subject, { uuid: { $in: uuids } });
  }

  themes(): Promise<Theme[]> {
    return this.em.find(Theme, {}, { orderBy: { sortOrder: "asc" } });
  }

  themeBySlug(slug: string): Promise<Theme | null> {
    return this.em.findOne(Theme, { slug });
  }

  themesByIds(uuids: string[]): Promise<Theme[]> {
    return this.em.find(Theme, { uuid: { $in: uuids } });
  }

  /**
   * The subjects named by `slugs`, in the order given (repeats dropped), in
   * one query. Throws BAD_USER_INPUT on `field` listing every unknown slug.
   */
  subjectsBySlugs(slugs: string[], field: string): Promise<Subject[]> {
    return rowsBySlugs(this.em, Subject, slugs, field, "subject");
  }

  /** As {@link subjectsBySlugs}, for themes. */
  themesBySlugs(slugs: string[], field: string): Promise<Theme[]> {
    return rowsBySlugs(this.em, Theme, slugs, field, "theme");
  }
}

/**
 * The rows of reference data named by `slugs`, in the order given (repeats
 * dropped), in one query. Throws BAD_USER_INPUT on `field` listing every
 * unknown slug and naming the query (`${noun}s`) that lists the known ones.
 */
export async function rowsBySlugs<T extends { slug: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  slugs: string[],
  field: string,
  noun: string,
): Promise<T[]> {
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return [];
  const rows = (await em.find(entity, { slug: { $in: wanted } } as never)) as T[];
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const unknown = wanted.filter((slug) => !bySlug.has(slug));
  if (unknown.length > 0) {
    const list = unknown.map((slug) => JSON.stringify(slug)).join(", ");
    throw badInput(field, `${field} names no known ${noun} for ${list}; the \`${noun}s\` query lists them`);
  }
  return wanted.map((slug) => bySlug.get(slug)!);
}
