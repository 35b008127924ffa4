import { Migration } from "@mikro-orm/migrations";

/** Sign-ups waiting for their email address to be confirmed. */
export class Migration20261123111000PendingSignUps extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "pending_sign_up" (
        "id" uuid not null,
        "email" varchar(254) not null,
        "name" varchar(120) not null,
        "job_title" varchar(120) null,
        "school_id" uuid null,
        "password_hash" text not null,
        "token_hash" varchar(64) not null,
        "expires_at" timestamptz not null,
        "created_at" timestamptz not null,
        constraint "pending_sign_up_pkey" primary key ("id")
      );`);
    this.addSql(`create index "pending_sign_up_email_index" on "pending_sign_up" ("email");`);
    this.addSql(
      `alter table "pending_sign_up" add constraint "pending_sign_up_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `alter table "pending_sign_up" add constraint "pending_sign_up_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pending_sign_up" cascade;`);
  }
}
