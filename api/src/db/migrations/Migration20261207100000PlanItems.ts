import { Migration } from "@mikro-orm/migrations";

/** A network's action plan items, each about one theme and optionally a matched school and Area of Excellence. */
export class Migration20261207100000PlanItems extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "plan_item" ("id" uuid not null, "network_id" uuid not null, "theme_id" uuid not null, "school_id" uuid null, "area_of_excellence_id" uuid null, "note" varchar(500) not null, "owner" varchar(120) null, "due_on" date null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "plan_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "plan_item_network_id_index" on "plan_item" ("network_id");`);
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_area_of_excellence_id_foreign" foreign key ("area_of_excellence_id") references "area_of_excellence" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "plan_item" add constraint "plan_item_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_item" cascade;`);
  }
}
