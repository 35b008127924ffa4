import { Migration } from "@mikro-orm/migrations";

export class Migration20261123094000SearchOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "search_outbox" (
        "id" bigserial,
        "kind" varchar(40) not null,
        "entity_id" uuid not null,
        "created_at" timestamptz not null,
        "attempts" int not null default 0,
        "next_attempt_at" timestamptz not null,
        "last_error" text null,
        constraint "search_outbox_pkey" primary key ("id")
      );`);
    this.addSql(`create index "search_outbox_next_attempt_at_index" on "search_outbox" ("next_attempt_at");`);
    // Wakes indexers as soon as a change commits (NOTIFY is delivered only on commit).
    this.addSql(`
      create function search_outbox_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('search_outbox', '');
        return null;
      end $$;`);
    this.addSql(`
      create trigger search_outbox_notify after insert on "search_outbox"
      for each statement execute function search_outbox_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_outbox" cascade;`);
    this.addSql(`drop function if exists search_outbox_notify();`);
  }
}
