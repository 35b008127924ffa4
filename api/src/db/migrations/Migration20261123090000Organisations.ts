import { Migration } from "@mikro-orm/migrations";

const REGIONS = `'NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST'`;

/** Schools, networks, which schools belong to which networks, and hub-to-hub partnerships. */
export class Migration20261123090000Organisations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "school" (
        "id" uuid not null,
        "urn" varchar(6) not null,
        "name" varchar(200) not null,
        "slug" varchar(120) not null,
        "phase" text check ("phase" in ('NURSERY', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION', 'POST_16')) not null,
        "region" text check ("region" in (${REGIONS})) not null,
        "local_authority" varchar(100) not null,
        "postcode" varchar(8) null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "school_pkey" primary key ("id"),
        constraint school_urn_check check (urn ~ '^[0-9]{6}$')
      );`);
    this.addSql(`alter table "school" add constraint "school_urn_unique" unique ("urn");`);
    this.addSql(`alter table "school" add constraint "school_slug_unique" unique ("slug");`);
    this.addSql(`create index "school_name_id_index" on "school" ("name", "id");`);

    this.addSql(`
      create table "network" (
        "id" uuid not null,
        "kind" text check ("kind" in ('TRUST', 'HUB', 'TEACHING_SCHOOL_HUB', 'SUBJECT_NETWORK', 'LEADERSHIP_GROUP', 'INTEREST_GROUP', 'PARTNERSHIP')) not null,
        "name" varchar(200) not null,
        "slug" varchar(120) not null,
        "description" text not null,
        "parent_id" uuid null,
        "subject" text null,
        "region" text check ("region" in (${REGIONS})) null,
        "moderators_publish_directly" boolean not null default false,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "network_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "network" add constraint "network_slug_unique" unique ("slug");`);
    this.addSql(`create index "network_name_id_index" on "network" ("name", "id");`);
    this.addSql(`create index "network_parent_id_index" on "network" ("parent_id");`);
    this.addSql(
      `alter table "network" add constraint "network_parent_id_foreign" foreign key ("parent_id") references "network" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`
      create table "network_school" (
        "network_id" uuid not null,
        "school_id" uuid not null,
        constraint "network_school_pkey" primary key ("network_id", "school_id")
      );`);
    this.addSql(`create index "network_school_school_id_index" on "network_school" ("school_id");`);
    this.addSql(
      `alter table "network_school" add constraint "network_school_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "network_school" add constraint "network_school_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`
      create table "network_partnership" (
        "network_a_id" uuid not null,
        "network_b_id" uuid not null,
        "created_at" timestamptz not null,
        constraint "network_partnership_pkey" primary key ("network_a_id", "network_b_id"),
        constraint network_partnership_order_check check (network_a_id < network_b_id)
      );`);
    this.addSql(`create index "network_partnership_network_b_id_index" on "network_partnership" ("network_b_id");`);
    this.addSql(
      `alter table "network_partnership" add constraint "network_partnership_network_a_id_foreign" foreign key ("network_a_id") references "network" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "network_partnership" add constraint "network_partnership_network_b_id_foreign" foreign key ("network_b_id") references "network" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "network_partnership" cascade;`);
    this.addSql(`drop table if exists "network_school" cascade;`);
    this.addSql(`drop table if exists "network" cascade;`);
    this.addSql(`drop table if exists "school" cascade;`);
  }
}
