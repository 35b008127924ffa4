import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * "This thing changed; its search document must be rebuilt." Written in the
 * same transaction as the change itself, so a committed change is never
 * missed by search and a rolled-back one never reaches it. The indexer
 * deletes a row only after Meilisearch has applied the update.
 */
@Entity({ tableName: "search_outbox" })
@Index({ name: "search_outbox_next_attempt_at_index", properties: ["nextAttemptAt"] })
export class SearchOutbox {
  [OptionalProps]?: "id" | "createdAt" | "attempts" | "nextAttemptAt" | "lastError";

  @PrimaryKey({ type: "bigint", autoincrement: true })
  id!: string;

  /** Which search source the row belongs to, e.g. "resource". */
  @Property({ type: "string", length: 40 })
  kind!: string;

  @Property({ type: "uuid" })
  entityId!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "integer", default: 0 })
  attempts: number = 0;

  @Property({ type: "datetime" })
  nextAttemptAt: Date = new Date();

  @Property({ type: "text", nullable: true })
  lastError?: string | null;
}
