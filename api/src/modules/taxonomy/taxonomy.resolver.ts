import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Subject } from "./subject.entity.js";
import { Theme } from "./theme.entity.js";
import { TaxonomyService } from "./taxonomy.service.js";
import { TAXONOMY, Taxonomy } from "./taxonomy.types.js";

@Resolver()
export class TaxonomyResolver {
  @Query(() => [Subject], { description: "Every subject, in the usual curriculum order." })
  subjects(@Ctx() { em }: Context): Promise<Subject[]> {
    return new TaxonomyService(em).subjects();
  }

  @Query(() => Subject, { nullable: true, description: "A subject by its slug, or null when there is none." })
  subject(@Arg("slug", () => String) slug: string, @Ctx() { em }: Context): Promise<Subject | null> {
    return new TaxonomyService(em).subjectBySlug(slug);
  }

  @Query(() => [Theme], { description: "Every school-improvement theme, in display order." })
  themes(@Ctx() { em }: Context): Promise<Theme[]> {
    return new TaxonomyService(em).themes();
  }

  @Query(() => Theme, { nullable: true, description: "A theme by its slug, or null when there is none." })
  theme(@Arg("slug", () => String) slug: string, @Ctx() { em }: Context): Promise<Theme | null> {
    return new TaxonomyService(em).themeBySlug(slug);
  }

  @Query(() => Taxonomy, {
    description: "The fixed vocabularies (phases, key stages, year groups, regions) with labels for user interfaces.",
  })
  taxonomy(): Taxonomy {
    return TAXONOMY;
  }
}
