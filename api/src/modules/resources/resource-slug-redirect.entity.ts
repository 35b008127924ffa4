import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";
import { Resource } from "./resource.entity.js";

/** A slug a resource used to have: links to it keep working and redirect to the current slug. */
@Entity({ tableName: "resource_slug_redirect" })
export class ResourceSlugRedirect {
  [OptionalProps]?: "uuid" | "createdAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Property({ type: "string", length: 120 })
  @Unique()
  oldSlug!: string;

  @ManyToOne({ entity: () => Resource, deleteRule: "cascade" })
  resource!: Resource;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
