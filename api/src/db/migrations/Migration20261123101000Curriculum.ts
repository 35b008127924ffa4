import { Migration } from "@mikro-orm/migrations";

export class Migration20261123101000Curriculum extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "curriculum_entitlement" (
        "id" uuid not null,
        "owning_network_id" uuid not null,
        "subject_id" uuid not null,
        "key_stage" text check ("key_stage" in ('EYFS', 'KS1', 'KS2', 'KS3', 'KS4', 'KS5')) not null,
        "title" varchar(200) not null,
        "slug" varchar(120) not null,
        "rationale" text not null default '',
        "version" int not null,
        "status" text check ("status" in ('DRAFT', 'AGREED', 'SUPERSEDED')) not null default 'DRAFT',
        "agreed_at" timestamptz null,
        "agreed_by_id" uuid null,
        "created_by_id" uuid null,
        "visibility" text check ("visibility" in ('PUBLIC', 'NETWORK', 'PRIVATE')) not null default 'NETWORK',
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "curriculum_entitlement_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "curriculum_entitlement_created_at_id_index" on "curriculum_entitlement" ("created_at", "id");`,
    );
    this.addSql(
      `create index "curriculum_entitlement_owning_network_id_index" on "curriculum_entitlement" ("owning_network_id");`,
    );
    this.addSql(
      `alter table "curriculum_entitlement" add constraint "curriculum_entitlement_slug_version_unique" unique ("slug", "version");`,
    );

    this.addSql(`
      create table "curriculum_unit" (
        "id" uuid not null,
        "entitlement_id" uuid not null,
        "unit_key" uuid not null,
        "position" int not null,
        "title" varchar(200) not null,
        "year_group" text check ("year_group" in ('RECEPTION', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13')) not null,
        "term" text check ("term" in ('AUTUMN', 'SPRING', 'SUMMER')) not null,
        "summary" text not null default '',
        "knowledge" text[] not null,
        "skills" text[] not null,
        constraint "curriculum_unit_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "curriculum_unit_entitlement_id_position_index" on "curriculum_unit" ("entitlement_id", "position");`,
    );

    this.addSql(`
      create table "curriculum_unit_resource" (
        "curriculum_unit_id" uuid not null,
        "resource_id" uuid not null,
        constraint "curriculum_unit_resource_pkey" primary key ("curriculum_unit_id", "resource_id")
      );`);

    this.addSql(`
      create table "entitlement_adoption" (
        "id" uuid not null,
        "school_id" uuid not null,
        "entitlement_id" uuid not null,
        "series_slug" varchar(120) not null,
        "adopted_on" date not null,
        "local_notes" text not null default '',
        "recorded_by_id" uuid null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "entitlement_adoption_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "entitlement_adoption_entitlement_id_index" on "entitlement_adoption" ("entitlement_id");`,
    );
    this.addSql(
      `alter table "entitlement_adoption" add constraint "entitlement_adoption_school_id_series_slug_unique" unique ("school_id", "series_slug");`,
    );

    this.addSql(
      `alter table "curriculum_entitlement" add constraint "curriculum_entitlement_owning_network_id_foreign" foreign key ("owning_network_id") references "network" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "curriculum_entitlement" add constraint "curriculum_entitlement_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "curriculum_entitlement" add constraint "curriculum_entitlement_agreed_by_id_foreign" foreign key ("agreed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "curriculum_entitlement" add constraint "curriculum_entitlement_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "curriculum_unit" add constraint "curriculum_unit_entitlement_id_foreign" foreign key ("entitlement_id") references "curriculum_entitlement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "curriculum_unit_resource" add constraint "curriculum_unit_resource_curriculum_unit_id_foreign" foreign key ("curriculum_unit_id") references "curriculum_unit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "curriculum_unit_resource" add constraint "curriculum_unit_resource_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "entitlement_adoption" add constraint "entitlement_adoption_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "entitlement_adoption" add constraint "entitlement_adoption_entitlement_id_foreign" foreign key ("entitlement_id") references "curriculum_entitlement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "entitlement_adoption" add constraint "entitlement_adoption_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "entitlement_adoption" cascade;`);
    this.addSql(`drop table if exists "curriculum_unit_resource" cascade;`);
    this.addSql(`drop table if exists "curriculum_unit" cascade;`);
    this.addSql(`drop table if exists "curriculum_entitlement" cascade;`);
  }
}
