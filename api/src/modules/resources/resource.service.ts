import type { EntityManager } from "@mikro-orm/postgresql";
import { validateInput } from "../../graphql/validation.js";
import { badInput } from "../../graphql/errors.js";
import type { Connection } from "../../graphql/relay.js";
import { byCreatedAtDesc, paginate } from "../../graphql/pagination.js";
import { Resource } from "./resource.entity.js";
import { CreateResourceInput } from "./resource.inputs.js";

/** Reads and writes resources. Callers pass the request's entity manager. */
export class ResourceService {
  constructor(private readonly em: EntityManager) {}

  bySlug(slug: string): Promise<Resource | null> {
    return this.em.findOne(Resource, { slug });
  }

  byId(uuid: string): Promise<Resource | null> {
    return this.em.findOne(Resource, { uuid });
  }

  /** Newest first. */
  list(page: { first: number; after?: string | null }): Promise<Connection<Resource>> {
    return paginate(this.em, Resource, {}, byCreatedAtDesc<Resource>(), page);
  }

  /** Validates and saves a new resource; a taken slug is reported on the `slug` field. */
  async create(input: CreateResourceInput): Promise<Resource> {
    await validateInput(CreateResourceInput, input);
    if (await this.em.count(Resource, { slug: input.slug })) {
      throw badInput("input.slug", `"${input.slug}" is already used by another resource`);
    }
    const resource = this.em.create(Resource, {
      slug: input.slug,
      title: input.title.trim(),
      summary: input.summary.trim(),
    });
    await this.em.flush();
    return resource;
  }
}
