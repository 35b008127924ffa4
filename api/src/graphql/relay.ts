import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from "type-graphql";
import { Max, Min } from "class-validator";
import { badInput } from "./errors.js";

export const MAX_PAGE_SIZE = 100;

/** Global object identification: `Type:localId`, base64url-encoded and opaque to clients. */
export function toGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string): { type: string; localId: string } | undefined {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0) return undefined;
  return { type: decoded.slice(0, separator), localId: decoded.slice(separator + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The local uuid inside a global ID of the expected type, or undefined for anything else. */
export function localIdOf(globalId: string, expectedType: string): string | undefined {
  const parsed = fromGlobalId(globalId);
  return parsed?.type === expectedType && UUID.test(parsed.localId) ? parsed.localId : undefined;
}

@InterfaceType({ description: "An object with a globally unique ID, fetchable with `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  id!: string;
}

@ObjectType({ description: "Cursor-based paging information (Relay connection specification)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether another page follows this one." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether a page precedes this one." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge on this page." })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge on this page; pass it as `after` to fetch the next page.",
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items to return, from 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: `must be at least 1` })
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}; page through longer lists with \`after\`` })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: "Return items after this cursor (a previous page's `endCursor`).",
  })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds `XConnection` and `XEdge` object types for a node type, so every
 * list in the API pages the same way. `name` is the node's GraphQL name
 * when it differs from the class name.
 */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, plural: string, name = nodeType.name) {
  @ObjectType(`${name}Edge`, { description: `A ${name.toLowerCase()} with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: "Opaque cursor of this edge." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name.toLowerCase()}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: `The ${plural} on this page with their cursors.` })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: `The ${plural} on this page.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} there are in all.` })
    totalCount!: number;
  }

  return { EdgeType, ConnectionType };
}

/** Keyset cursor: the sort value and the id of the last row seen, so pages stay stable as rows are added. */
export interface KeysetCursor {
  value: string;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(raw: string, field = "after"): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === "string")) {
      return { value: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, "is not a cursor this list gave out; use a page's `endCursor`");
}

/** Assembles a connection from rows fetched with one extra (to learn whether a next page exists). */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  hasPreviousPage: boolean,
  cursorOf: (row: T) => KeysetCursor,
): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
