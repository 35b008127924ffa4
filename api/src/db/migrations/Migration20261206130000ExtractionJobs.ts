import { Migration } from "@mikro-orm/migrations";

/** Text extraction as claimed jobs (one process reads each file), starting with every attachment still pending. */
export class Migration20261206130000ExtractionJobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "extraction_job" (
        "attachment_id" uuid not null,
        "attempts" int not null default 0,
        "next_attempt_at" timestamptz not null,
        "last_error" text null,
        constraint "extraction_job_pkey" primary key ("attachment_id")
      );`);
    this.addSql(`create index "extraction_job_next_attempt_at_index" on "extraction_job" ("next_attempt_at");`);
    this.addSql(`
      insert into "extraction_job" ("attachment_id", "next_attempt_at")
      select "id", now() from "attachment" where "extraction_status" = 'PENDING';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "extraction_job";`);
  }
}
