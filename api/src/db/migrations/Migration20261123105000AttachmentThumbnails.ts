import { Migration } from "@mikro-orm/migrations";

/** Thumbnails of attachments (first page of a PDF, or the image itself), kept in file storage by SHA-256. */
export class Migration20261123105000AttachmentThumbnails extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "attachment" add column "thumbnail_sha256" varchar(64) null;`);
    // Blobs are removed only when no attachment holds them, as a file or as a thumbnail.
    this.addSql(`create index "attachment_thumbnail_sha256_index" on "attachment" ("thumbnail_sha256");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "attachment_thumbnail_sha256_index";`);
    this.addSql(`alter table "attachment" drop column "thumbnail_sha256";`);
  }
}
