import { Migration } from "@mikro-orm/migrations";

/** Areas of Excellence (with their themes and linked resources), events and event registrations. */
export class Migration20261123100500Excellence extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "area_of_excellence" (
        "id" uuid not null,
        "school_id" uuid not null,
        "title" varchar(200) not null,
        "slug" varchar(120) not null,
        "phase" text check ("phase" in ('NURSERY', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION', 'POST_16')) not null,
        "summary" varchar(300) not null,
        "evidence" text not null,
        "source_review" text check ("source_review" in ('QAR', 'MLQAR', 'OTHER')) not null,
        "review_date" date not null,
        "overall_estimate" varchar(120) null,
        "status" text check ("status" in ('PROPOSED', 'VALIDATED', 'EXPIRED')) not null default 'PROPOSED',
        "validated_at" timestamptz null,
        "expires_at" timestamptz null,
        "validated_by_id" uuid null,
        "contact_id" uuid not null,
        "proposed_by_id" uuid not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "area_of_excellence_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "area_of_excellence" add constraint "area_of_excellence_slug_unique" unique ("slug");`);
    this.addSql(`create index "area_of_excellence_created_at_id_index" on "area_of_excellence" ("created_at", "id");`);
    this.addSql(`create index "area_of_excellence_school_id_index" on "area_of_excellence" ("school_id");`);
    this.addSql(`
      create table "excellence_event" (
        "id" uuid not null,
        "kind" text check ("kind" in ('AOE_EVENT', 'CONFERENCE', 'TEACH_MEET', 'LEADERSHIP_DEVELOPMENT_DAY', 'RESIDENTIAL', 'SCHOOL_VISIT', 'NETWORK_MEETING')) not null,
        "title" varchar(200) not null,
        "slug" varchar(120) not null,
        "description" text not null,
        "starts_at" timestamptz not null,
        "ends_at" timestamptz not null,
        "time_zone" varchar(64) not null default 'Europe/London',
        "mode" text check ("mode" in ('IN_PERSON', 'ONLINE', 'HYBRID')) not null,
        "venue" text null,
        "online_url" text null,
        "host_school_id" uuid null,
        "host_network_id" uuid null,
        "area_of_excellence_id" uuid null,
        "capacity" int null,
        "visibility" text check ("visibility" in ('PUBLIC', 'NETWORK', 'PRIVATE')) not null default 'PUBLIC',
        "registration_open" boolean not null default true,
        "created_by_id" uuid not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "excellence_event_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "excellence_event" add constraint "excellence_event_slug_unique" unique ("slug");`);
    this.addSql(
      `create index "excellence_event_area_of_excellence_id_index" on "excellence_event" ("area_of_excellence_id");`,
    );
    this.addSql(`create index "excellence_event_starts_at_id_index" on "excellence_event" ("starts_at", "id");`);
    this.addSql(`
      create table "event_registration" (
        "id" uuid not null,
        "event_id" uuid not null,
        "user_id" uuid not null,
        "status" text check ("status" in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')) not null,
        "position" int null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "event_registration_pkey" primary key ("id")
      );`);
    this.addSql(
      `alter table "event_registration" add constraint "event_registration_event_id_user_id_unique" unique ("event_id", "user_id");`,
    );
    this.addSql(`
      create table "area_of_excellence_theme" (
        "area_of_excellence_id" uuid not null,
        "theme_id" uuid not null,
        constraint "area_of_excellence_theme_pkey" primary key ("area_of_excellence_id",
        "theme_id")
      );`);
    this.addSql(`
      create table "area_of_excellence_resource" (
        "area_of_excellence_id" uuid not null,
        "resource_id" uuid not null,
        constraint "area_of_excellence_resource_pkey" primary key ("area_of_excellence_id",
        "resource_id")
      );`);
    this.addSql(
      `alter table "area_of_excellence" add constraint "area_of_excellence_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "area_of_excellence" add constraint "area_of_excellence_validated_by_id_foreign" foreign key ("validated_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "area_of_excellence" add constraint "area_of_excellence_contact_id_foreign" foreign key ("contact_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "area_of_excellence" add constraint "area_of_excellence_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "excellence_event" add constraint "excellence_event_host_school_id_foreign" foreign key ("host_school_id") references "school" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "excellence_event" add constraint "excellence_event_host_network_id_foreign" foreign key ("host_network_id") references "network" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "excellence_event" add constraint "excellence_event_area_of_excellence_id_foreign" foreign key ("area_of_excellence_id") references "area_of_excellence" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "excellence_event" add constraint "excellence_event_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "event_registration" add constraint "event_registration_event_id_foreign" foreign key ("event_id") references "excellence_event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "event_registration" add constraint "event_registration_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "area_of_excellence_theme" add constraint "area_of_excellence_theme_area_of_excellence_id_foreign" foreign key ("area_of_excellence_id") references "area_of_excellence" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "area_of_excellence_theme" add constraint "area_of_excellence_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "area_of_excellence_resource" add constraint "area_of_excellence_resource_area_of_excellence_id_foreign" foreign key ("area_of_excellence_id") references "area_of_excellence" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "area_of_excellence_resource" add constraint "area_of_excellence_resource_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_registration" cascade;`);
    this.addSql(`drop table if exists "excellence_event" cascade;`);
    this.addSql(`drop table if exists "area_of_excellence_resource" cascade;`);
    this.addSql(`drop table if exists "area_of_excellence_theme" cascade;`);
    this.addSql(`drop table if exists "area_of_excellence" cascade;`);
  }
}
