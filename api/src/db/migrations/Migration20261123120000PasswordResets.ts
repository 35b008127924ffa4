import { Migration } from "@mikro-orm/migrations";

/** Password reset links waiting to be used. */
export class Migration20261123120000PasswordResets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "password_reset" (
        "id" uuid not null,
        "user_id" uuid not null,
        "token_hash" varchar(64) not null,
        "expires_at" timestamptz not null,
        "created_at" timestamptz not null,
        constraint "password_reset_pkey" primary key ("id")
      );`);
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_reset" cascade;`);
  }
}
