import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityName, FilterQuery, FindOptions } from "@mikro-orm/core";
import { decodeCursor, toConnection, type Connection } from "./relay.js";

/** How a list is ordered: one sort field (with the row's uuid breaking ties) and how it maps to cursor text. */
export interface KeysetOrder<T> {
  field: keyof T & string;
  direction: "asc" | "desc";
  /** The sort value as cursor text, e.g. a date's ISO string. */
  toCursor(row: T): string;
  /** Cursor text back to a value the database can compare. */
  fromCursor(value: string): unknown;
}

export const byCreatedAtDesc = <T extends { createdAt: Date }>(): KeysetOrder<T> => ({
  field: "createdAt" as keyof T & string,
  direction: "desc",
  toCursor: (row) => row.createdAt.toISOString(),
  fromCursor: (value) => new Date(value),
});

export const byUpdatedAtDesc = <T extends { updatedAt: Date }>(): KeysetOrder<T> => ({
  field: "updatedAt" as keyof T & string,
  direction: "desc",
  toCursor: (row) => row.updatedAt.toISOString(),
  fromCursor: (value) => new Date(value),
});

export const byTitleAsc = <T extends { title: string }>(): KeysetOrder<T> => ({
  field: "title" as keyof T & string,
  direction: "asc",
  toCursor: (row) => row.title,
  fromCursor: (value) => value,
});

export const byNameAsc = <T extends { name: string }>(): KeysetOrder<T> => ({
  field: "name" as keyof T & string,
  direction: "asc",
  toCursor: (row) => row.name,
  fromCursor: (value) => value,
});

/**
 * One page of a list with keyset paging: stable when rows are added, and as
 * cheap on page 500 as on page 1. Counts under the same filter, so totals
 * never include rows the filter hides.
 */
export async function paginate<T extends { uuid: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  order: KeysetOrder<T>,
  page: { first: number; after?: string | null },
  /** Relations to load with the page's rows (e.g. `["user"]`), in one query per relation. */
  options: { populate?: readonly string[] } = {},
): Promise<Connection<T>> {
  const cursor = page.after ? decodeCursor(page.after) : undefined;
  const comparison = order.direction === "asc" ? "$gt" : "$lt";
  const filter = cursor
    ? {
        $and: [
          where,
          {
            $or: [
              { [order.field]: { [comparison]: order.fromCursor(cursor.value) } },
              { [order.field]: order.fromCursor(cursor.value), uuid: { [comparison]: cursor.id } },
            ],
          },
        ],
      }
    : where;
  const [rows, totalCount] = await Promise.all([
    em.find(
      entity,
      filter as FilterQuery<T>,
      {
        ...options,
        orderBy: [{ [order.field]: order.direction }, { uuid: order.direction }] as never,
        limit: page.first + 1,
      } as FindOptions<T, never>,
    ),
    em.count(entity, where),
  ]);
  return toConnection(rows as T[], page.first, totalCount, cursor !== undefined, (row) => ({
    value: order.toCursor(row),
    id: row.uuid,
  }));
}
