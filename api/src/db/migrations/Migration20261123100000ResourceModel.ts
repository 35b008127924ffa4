import { Migration } from "@mikro-orm/migrations";

/**
 * The full resource model: type, audience, licence, visibility, review
 * status, ownership, authors, links, revisions and slug redirects.
 *
 * Rows saved before this migration get a default for every new column: an
 * empty body, GUIDE, CC BY 4.0, PRIVATE and DRAFT (so nothing becomes public
 * by accident) and no owning network. `owning_network_id` stays nullable for
 * that reason; the service requires an owning network for every new resource.
 */
export class Migration20261123100000ResourceModel extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "resource"
        add column "body" text not null default '',
        add column "type" text check ("type" in ('GUIDE', 'TOOLKIT', 'CASE_STUDY', 'CURRICULUM_MAP', 'SCHEME_OF_WORK', 'LESSON_SEQUENCE', 'ASSESSMENT', 'POLICY', 'TEMPLATE', 'RESEARCH_SUMMARY', 'SLIDE_DECK', 'VIDEO', 'EVENT_PACK')) not null default 'GUIDE',
        add column "phases" text[] not null default '{}',
        add column "key_stages" text[] not null default '{}',
        add column "year_groups" text[] not null default '{}',
        add column "tags" text[] not null default '{}',
        add column "licence" text check ("licence" in ('CC_BY_4_0', 'CC_BY_SA_4_0', 'CC_BY_NC_4_0', 'CC_BY_NC_SA_4_0', 'OGL_UK_3_0', 'ALL_RIGHTS_RESERVED')) not null default 'CC_BY_4_0',
        add column "visibility" text check ("visibility" in ('PUBLIC', 'NETWORK', 'PRIVATE')) not null default 'PRIVATE',
        add column "status" text check ("status" in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT',
        add column "owning_network_id" uuid null,
        add column "school_id" uuid null,
        add column "links" jsonb not null default '[]',
        add column "review_comment" text null,
        add column "published_at" timestamptz null;`);
    // The array and json defaults only fill existing rows; the entity always writes them.
    this.addSql(`
      alter table "resource"
        alter column "phases" drop default,
        alter column "key_stages" drop default,
        alter column "year_groups" drop default,
        alter column "tags" drop default,
        alter column "links" drop default;`);
    this.addSql(
      `alter table "resource" add constraint "resource_owning_network_id_foreign" foreign key ("owning_network_id") references "network" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "resource" add constraint "resource_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "resource_owning_network_id_index" on "resource" ("owning_network_id");`);
    this.addSql(`create index "resource_title_id_index" on "resource" ("title", "id");`);
    this.addSql(`create index "resource_updated_at_id_index" on "resource" ("updated_at", "id");`);

    for (const [table, column, target] of [
      ["resource_subjects", "subject_id", "subject"],
      ["resource_themes", "theme_id", "theme"],
      ["resource_shared_with", "network_id", "network"],
      ["resource_authors", "user_id", "app_user"],
    ] as const) {
      this.addSql(
        `create table "${table}" ("resource_id" uuid not null, "${column}" uuid not null, constraint "${table}_pkey" primary key ("resource_id", "${column}"));`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete cascade;`,
      );
    }
    this.addSql(
      `create table "resource_related_resources" ("resource_1_id" uuid not null, "resource_2_id" uuid not null, constraint "resource_related_resources_pkey" primary key ("resource_1_id", "resource_2_id"));`,
    );
    for (const column of ["resource_1_id", "resource_2_id"]) {
      this.addSql(
        `alter table "resource_related_resources" add constraint "resource_related_resources_${column}_foreign" foreign key ("${column}") references "resource" ("id") on update cascade on delete cascade;`,
      );
    }

    this.addSql(
      `create table "resource_slug_redirect" ("id" uuid not null, "old_slug" varchar(120) not null, "resource_id" uuid not null, "created_at" timestamptz not null, constraint "resource_slug_redirect_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "resource_slug_redirect" add constraint "resource_slug_redirect_old_slug_unique" unique ("old_slug");`,
    );
    this.addSql(
      `alter table "resource_slug_redirect" add constraint "resource_slug_redirect_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "resource_revision" ("id" uuid not null, "resource_id" uuid not null, "number" int not null, "author_id" uuid null, "message" text null, "snapshot" jsonb not null, "created_at" timestamptz not null, constraint "resource_revision_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "resource_revision_author_id_index" on "resource_revision" ("author_id");`);
    this.addSql(
      `alter table "resource_revision" add constraint "resource_revision_resource_id_number_unique" unique ("resource_id", "number");`,
    );
    this.addSql(
      `alter table "resource_revision" add constraint "resource_revision_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "resource_revision" add constraint "resource_revision_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    for (const table of [
      "resource_revision",
      "resource_slug_redirect",
      "resource_related_resources",
      "resource_authors",
      "resource_shared_with",
      "resource_themes",
      "resource_subjects",
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    this.addSql(`
      alter table "resource"
        drop column "body", drop column "type", drop column "phases", drop column "key_stages",
        drop column "year_groups", drop column "tags", drop column "licence", drop column "visibility",
        drop column "status", drop column "owning_network_id", drop column "school_id", drop column "links",
        drop column "review_comment", drop column "published_at";`);
  }
}
