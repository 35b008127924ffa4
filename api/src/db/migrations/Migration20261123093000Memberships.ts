import { Migration } from "@mikro-orm/migrations";

export class Migration20261123093000Memberships extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "membership" (
        "id" uuid not null,
        "user_id" uuid not null,
        "network_id" uuid not null,
        "role" text not null,
        "created_at" timestamptz not null,
        constraint "membership_pkey" primary key ("id"),
        constraint "membership_role_check" check ("role" in ('MEMBER', 'CONTRIBUTOR', 'MODERATOR', 'LEAD'))
      );`);
    this.addSql(`create index "membership_network_id_index" on "membership" ("network_id");`);
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_network_id_unique" unique ("user_id", "network_id");`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`
      create table "invitation" (
        "id" uuid not null,
        "network_id" uuid not null,
        "email" varchar(254) not null,
        "role" text not null,
        "token_hash" varchar(64) not null,
        "invited_by_id" uuid not null,
        "created_at" timestamptz not null,
        "expires_at" timestamptz not null,
        "accepted_at" timestamptz null,
        "revoked_at" timestamptz null,
        constraint "invitation_pkey" primary key ("id"),
        constraint "invitation_role_check" check ("role" in ('MEMBER', 'CONTRIBUTOR', 'MODERATOR', 'LEAD'))
      );`);
    this.addSql(`create index "invitation_network_id_index" on "invitation" ("network_id");`);
    this.addSql(`create index "invitation_email_index" on "invitation" ("email");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(
      `alter table "invitation" add constraint "invitation_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
  }
}
