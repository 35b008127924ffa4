import { Migration } from "@mikro-orm/migrations";

/** A resource counts its saves, so two saves at once cannot both apply what they read (optimistic locking). */
export class Migration20261206120000ResourceVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "resource" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resource" drop column "version";`);
  }
}
