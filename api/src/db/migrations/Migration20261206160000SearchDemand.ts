import { Migration } from "@mikro-orm/migrations";

/** Searches recorded for search demand, the results opened, and the day's key for counting sessions. */
export class Migration20261206160000SearchDemand extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "search_record" (
        "id" uuid not null,
        "searched_on" date not null,
        "query" text null,
        "kinds" text[] not null,
        "filters" jsonb not null,
        "result_count" int not null,
        "network_ids" uuid[] not null,
        "signed_in" boolean not null,
        "session_mark" varchar(32) null,
        constraint "search_record_pkey" primary key ("id")
      );`);
    this.addSql(`create index "search_record_searched_on_index" on "search_record" ("searched_on");`);
    this.addSql(`
      create table "search_result_opened" (
        "search_id" uuid not null,
        "opened_on" date not null,
        constraint "search_result_opened_pkey" primary key ("search_id")
      );`);
    this.addSql(`create index "search_result_opened_opened_on_index" on "search_result_opened" ("opened_on");`);
    this.addSql(`
      create table "search_demand_key" (
        "day" date not null,
        "secret" varchar(64) not null,
        constraint "search_demand_key_pkey" primary key ("day")
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_record" cascade;`);
    this.addSql(`drop table if exists "search_result_opened" cascade;`);
    this.addSql(`drop table if exists "search_demand_key" cascade;`);
  }
}
