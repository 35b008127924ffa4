import { Migration } from "@mikro-orm/migrations";

export class Migration20261123095000UserSchool extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "school_id" uuid null;`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_school_id_foreign" foreign key ("school_id") references "school" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_school_id_foreign";`);
    this.addSql(`alter table "app_user" drop column "school_id";`);
  }
}
