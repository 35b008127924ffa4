import { Migration } from "@mikro-orm/migrations";

/** Shared ambitions set by networks, and the tags linking resources and Areas of Excellence to them. */
export class Migration20261123102000SharedAmbitions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "shared_ambition" (
        "id" uuid not null,
        "slug" varchar(120) not null,
        "title" varchar(200) not null,
        "description" text not null default '',
        "target_year" int not null,
        "target_percentage" int null,
        "network_id" uuid not null,
        "position" int not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "shared_ambition_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "shared_ambition" add constraint "shared_ambition_slug_unique" unique ("slug");`);
    this.addSql(
      `create index "shared_ambition_network_id_position_index" on "shared_ambition" ("network_id", "position");`,
    );
    this.addSql(`
      create table "resource_ambitions" (
        "resource_id" uuid not null,
        "shared_ambition_id" uuid not null,
        constraint "resource_ambitions_pkey" primary key ("resource_id", "shared_ambition_id")
      );`);
    this.addSql(`
      create table "area_of_excellence_ambition" (
        "area_of_excellence_id" uuid not null,
        "shared_ambition_id" uuid not null,
        constraint "area_of_excellence_ambition_pkey" primary key ("area_of_excellence_id", "shared_ambition_id")
      );`);
    this.addSql(
      `alter table "shared_ambition" add constraint "shared_ambition_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "resource_ambitions" add constraint "resource_ambitions_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "resource_ambitions" add constraint "resource_ambitions_shared_ambition_id_foreign" foreign key ("shared_ambition_id") references "shared_ambition" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "area_of_excellence_ambition" add constraint "area_of_excellence_ambition_area_of_excellence_id_foreign" foreign key ("area_of_excellence_id") references "area_of_excellence" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "area_of_excellence_ambition" add constraint "area_of_excellence_ambition_shared_ambition_id_foreign" foreign key ("shared_ambition_id") references "shared_ambition" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "area_of_excellence_ambition" cascade;`);
    this.addSql(`drop table if exists "resource_ambitions" cascade;`);
    this.addSql(`drop table if exists "shared_ambition" cascade;`);
  }
}
