import { Migration } from "@mikro-orm/migrations";

/**
 * Attachments: files on resources (their content lives in file storage,
 * addressed by SHA-256), and the single-use tickets behind signed upload URLs.
 */
export class Migration20261123104000Attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "attachment" (
        "id" uuid not null,
        "resource_id" uuid not null,
        "title" varchar(200) not null,
        "position" int not null,
        "filename" varchar(255) not null,
        "file_type" text check ("file_type" in ('PDF', 'DOCX', 'PPTX', 'XLSX', 'ODT', 'ODP', 'PNG', 'JPEG', 'WEBP', 'MP4', 'TEXT', 'CSV')) not null,
        "size" int not null,
        "sha256" varchar(64) not null,
        "uploaded_by_id" uuid null,
        "extraction_status" text check ("extraction_status" in ('PENDING', 'DONE', 'FAILED', 'NOT_APPLICABLE')) not null default 'PENDING',
        "extraction_error" text null,
        "extracted_text" text null,
        "download_count" int not null default 0,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "attachment_pkey" primary key ("id")
      );`);
    this.addSql(`create index "attachment_sha256_index" on "attachment" ("sha256");`);
    this.addSql(`create index "attachment_resource_id_position_index" on "attachment" ("resource_id", "position");`);
    this.addSql(
      `alter table "attachment" add constraint "attachment_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`
      create table "attachment_upload_ticket" (
        "id" uuid not null,
        "resource_id" uuid not null,
        "user_id" uuid not null,
        "title" varchar(200) not null,
        "filename" varchar(255) not null,
        "expires_at" timestamptz not null,
        "used_at" timestamptz null,
        "created_at" timestamptz not null,
        constraint "attachment_upload_ticket_pkey" primary key ("id")
      );`);
    this.addSql(
      `alter table "attachment_upload_ticket" add constraint "attachment_upload_ticket_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attachment_upload_ticket" add constraint "attachment_upload_ticket_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attachment_upload_ticket" cascade;`);
    this.addSql(`drop table if exists "attachment" cascade;`);
  }
}
