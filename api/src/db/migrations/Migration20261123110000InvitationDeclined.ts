import { Migration } from "@mikro-orm/migrations";

/** An invitee may turn an invitation down; it then stops being offered to them. */
export class Migration20261123110000InvitationDeclined extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "invitation" add column "declined_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invitation" drop column "declined_at";`);
  }
}
