import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { searchLag } from "./lag.js";

@ObjectType({ description: "How up to date search is." })
export class SearchStatus {
  @Field(() => Int, { description: "Changes saved but not yet searchable." })
  pending!: number;

  @Field(() => Int, { description: "Age in seconds of the oldest change waiting to be indexed (0 when none)." })
  oldestPendingSeconds!: number;

  @Field(() => Int, { description: "Changes whose indexing failed at least once and is being retried." })
  retrying!: number;
}

@Resolver()
export class SearchStatusResolver {
  @Query(() => SearchStatus, { description: "The search index's lag behind the database." })
  async searchStatus(@Ctx() { em }: Context): Promise<SearchStatus> {
    const { pending, retrying, oldestSeconds } = await searchLag(em);
    return { pending, retrying, oldestPendingSeconds: oldestSeconds };
  }
}
