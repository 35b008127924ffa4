import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { SitemapArgs, SitemapPage } from "./sitemap.types.js";
import { SitemapService } from "./sitemap.service.js";

@Resolver()
export class SitemapResolver {
  @Query(() => SitemapPage, {
    description:
      "A block of one kind's public pages for a sitemap file: only what the public may see, whoever asks, oldest first.",
  })
  sitemap(@Args(() => SitemapArgs) { kind, offset, limit }: SitemapArgs, @Ctx() { em }: Context): Promise<SitemapPage> {
    return new SitemapService(em).page(kind, offset, limit);
  }
}
