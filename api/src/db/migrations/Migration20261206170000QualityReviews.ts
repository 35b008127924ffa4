import { Migration } from "@mikro-orm/migrations";

/**
 * Quality reviews, their findings, and each finding's themes. The theme rows
 * carry copies of the hub, school, date and kinds, with an index for "per
 * hub, per period, per theme" counts the insight page reads from the index alone.
 */
export class Migration20261206170000QualityReviews extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "quality_review" ("id" uuid not null, "school_id" uuid not null, "hub_id" uuid not null, "kind" text check ("kind" in ('QAR', 'MLQAR')) not null, "review_date" date not null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "quality_review_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "quality_review_hub_id_review_date_index" on "quality_review" ("hub_id", "review_date");`,
    );
    this.addSql(
      `alter table "quality_review" add constraint "quality_review_school_id_kind_review_date_unique" unique ("school_id", "kind", "review_date");`,
    );
    this.addSql(
      `create table "review_finding" ("id" uuid not null, "review_id" uuid not null, "kind" text check ("kind" in ('STRENGTH', 'AREA_FOR_DEVELOPMENT')) not null, "phase" text check ("phase" in ('NURSERY', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION', 'POST_16')) null, "key_stage" text check ("key_stage" in ('EYFS', 'KS1', 'KS2', 'KS3', 'KS4', 'KS5')) null, "subject_id" uuid null, "text" varchar(1000) not null, "position" int not null, "area_of_excellence_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "review_finding_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "review_finding" add constraint "review_finding_area_of_excellence_id_unique" unique ("area_of_excellence_id");`,
    );
    this.addSql(`create index "review_finding_review_id_index" on "review_finding" ("review_id");`);
    this.addSql(
      `create table "review_finding_theme" ("finding_id" uuid not null, "theme_id" uuid not null, "hub_id" uuid not null, "school_id" uuid not null, "review_date" date not null, "review_kind" text check ("review_kind" in ('QAR', 'MLQAR')) not null, "finding_kind" text check ("finding_kind" in ('STRENGTH', 'AREA_FOR_DEVELOPMENT')) not null, "phase" text check ("phase" in ('NURSERY', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH', 'SPECIAL', 'ALTERNATIVE_PROVISION', 'POST_16')) null, constraint "review_finding_theme_pkey" primary key ("finding_id", "theme_id"));`,
    );
    this.addSql(`create index "review_finding_theme_school_id_index" on "review_finding_theme" ("school_id");`);
    this.addSql(
      `create index "review_finding_theme_theme_period_index" on "review_finding_theme" ("theme_id", "finding_kind", "review_date", "school_id");`,
    );
    this.addSql(
      `create index "review_finding_theme_hub_period_index" on "review_finding_theme" ("hub_id", "review_date", "theme_id", "finding_kind", "school_id");`,
    );
    this.addSql(
      `alter table "quality_review" add constraint "quality_review_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "quality_review" add constraint "quality_review_hub_id_foreign" foreign key ("hub_id") references "network" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "quality_review" add constraint "quality_review_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "review_finding" add constraint "review_finding_review_id_foreign" foreign key ("review_id") references "quality_review" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_finding" add constraint "review_finding_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "review_finding" add constraint "review_finding_area_of_excellence_id_foreign" foreign key ("area_of_excellence_id") references "area_of_excellence" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "review_finding_theme" add constraint "review_finding_theme_finding_id_foreign" foreign key ("finding_id") references "review_finding" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_finding_theme" add constraint "review_finding_theme_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_finding_theme" add constraint "review_finding_theme_hub_id_foreign" foreign key ("hub_id") references "network" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_finding_theme" add constraint "review_finding_theme_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review_finding_theme" cascade;`);
    this.addSql(`drop table if exists "review_finding" cascade;`);
    this.addSql(`drop table if exists "quality_review" cascade;`);
  }
}
