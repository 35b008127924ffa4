import { Migration } from "@mikro-orm/migrations";

export class Migration20261123080000Resources extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "resource" (
        "id" uuid not null,
        "slug" varchar(120) not null,
        "title" varchar(200) not null,
        "summary" varchar(300) not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "resource_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "resource" add constraint "resource_slug_unique" unique ("slug");`);
    this.addSql(`create index "resource_created_at_id_index" on "resource" ("created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "resource" cascade;`);
  }
}
