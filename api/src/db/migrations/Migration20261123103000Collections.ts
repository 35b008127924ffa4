import { Migration } from "@mikro-orm/migrations";

/**
 * Collections: curated, ordered lists of resources owned by a network or a
 * person (the service requires exactly one), and their items.
 */
export class Migration20261123103000Collections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "collection" (
        "id" uuid not null,
        "slug" varchar(120) not null,
        "title" varchar(200) not null,
        "description" text not null default '',
        "visibility" text check ("visibility" in ('PUBLIC', 'NETWORK', 'PRIVATE')) not null,
        "owning_network_id" uuid null,
        "owner_id" uuid null,
        "created_by_id" uuid null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "collection_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "collection" add constraint "collection_slug_unique" unique ("slug");`);
    this.addSql(`create index "collection_owner_id_index" on "collection" ("owner_id");`);
    this.addSql(`create index "collection_owning_network_id_index" on "collection" ("owning_network_id");`);
    this.addSql(`create index "collection_title_id_index" on "collection" ("title", "id");`);
    this.addSql(`create index "collection_updated_at_id_index" on "collection" ("updated_at", "id");`);
    this.addSql(`create index "collection_created_at_id_index" on "collection" ("created_at", "id");`);

    this.addSql(`
      create table "collection_item" (
        "id" uuid not null,
        "collection_id" uuid not null,
        "resource_id" uuid not null,
        "position" int not null,
        "added_by_id" uuid null,
        "added_at" timestamptz not null,
        constraint "collection_item_pkey" primary key ("id")
      );`);
    this.addSql(`create index "collection_item_resource_id_index" on "collection_item" ("resource_id");`);
    this.addSql(
      `create index "collection_item_collection_id_position_index" on "collection_item" ("collection_id", "position");`,
    );
    this.addSql(
      `alter table "collection_item" add constraint "collection_item_collection_id_resource_id_unique" unique ("collection_id", "resource_id");`,
    );

    this.addSql(
      `alter table "collection" add constraint "collection_owning_network_id_foreign" foreign key ("owning_network_id") references "network" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collection" add constraint "collection_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collection" add constraint "collection_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "collection_item" add constraint "collection_item_collection_id_foreign" foreign key ("collection_id") references "collection" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collection_item" add constraint "collection_item_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collection_item" add constraint "collection_item_added_by_id_foreign" foreign key ("added_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "collection_item" cascade;`);
    this.addSql(`drop table if exists "collection" cascade;`);
  }
}
