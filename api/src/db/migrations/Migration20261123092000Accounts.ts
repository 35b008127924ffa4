import { Migration } from "@mikro-orm/migrations";

export class Migration20261123092000Accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "app_user" (
        "id" uuid not null,
        "name" varchar(120) not null,
        "email" varchar(254) not null,
        "job_title" varchar(120) null,
        "bio" text null,
        "password_hash" text not null,
        "is_admin" boolean not null default false,
        "password_changed_at" timestamptz not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "app_user_pkey" primary key ("id")
      );`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`
      create table "session" (
        "id" uuid not null,
        "user_id" uuid not null,
        "token_hash" varchar(64) not null,
        "created_at" timestamptz not null,
        "last_seen_at" timestamptz not null,
        "expires_at" timestamptz not null,
        "revoked_at" timestamptz null,
        "user_agent" varchar(300) null,
        constraint "session_pkey" primary key ("id")
      );`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`
      create table "api_token" (
        "id" uuid not null,
        "user_id" uuid not null,
        "name" varchar(80) not null,
        "prefix" varchar(16) not null,
        "token_hash" varchar(64) not null,
        "created_at" timestamptz not null,
        "last_used_at" timestamptz null,
        "expires_at" timestamptz null,
        "revoked_at" timestamptz null,
        constraint "api_token_pkey" primary key ("id")
      );`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`
      create table "login_failure" (
        "id" uuid not null,
        "key" varchar(300) not null,
        "created_at" timestamptz not null,
        constraint "login_failure_pkey" primary key ("id")
      );`);
    this.addSql(`create index "login_failure_key_created_at_index" on "login_failure" ("key", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_failure" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
  }
}
