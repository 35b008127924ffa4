import { Args, Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { PageArgs, connectionTypes, type Connection } from "../../graphql/relay.js";
import { Resource } from "./resource.entity.js";
import { ResourceService } from "./resource.service.js";

export const { ConnectionType: ResourceConnection } = connectionTypes(Resource, "resources");

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => Resource, {
    nullable: true,
    description: "A resource by its slug, or null when there is none the viewer may see.",
  })
  resource(@Arg("slug", () => String) slug: string, @Ctx() { em }: Context): Promise<Resource | null> {
    return new ResourceService(em).bySlug(slug);
  }

  @Query(() => ResourceConnection, { description: "Resources, newest first." })
  resources(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { em }: Context): Promise<Connection<Resource>> {
    return new ResourceService(em).list({ first, after });
  }
}
