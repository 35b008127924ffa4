import { Migration } from "@mikro-orm/migrations";

/** Autosaved revisions: marked, so the author's next save rewrites them, and stamped with their last save. */
export class Migration20261123113000RevisionAutosave extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "resource_revision" add column "autosave" boolean not null default false;`);
    this.addSql(`alter table "resource_revision" add column "updated_at" timestamptz null;`);
    this.addSql(`update "resource_revision" set "updated_at" = "created_at";`);
    this.addSql(`alter table "resource_revision" alter column "updated_at" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resource_revision" drop column "updated_at";`);
    this.addSql(`alter table "resource_revision" drop column "autosave";`);
  }
}
