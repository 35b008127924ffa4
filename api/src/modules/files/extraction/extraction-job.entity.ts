import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * "This attachment's text and thumbnail are still to be read." Written in the
 * transaction that saves the upload; claimed by one API process at a time
 * (`FOR UPDATE SKIP LOCKED`, see extractor.ts) and deleted with the result, so
 * with any number of processes each file is read once, and one a process was
 * reading when it stopped is read again by another. No foreign key: removing
 * an attachment must not wait for a reading in progress; the job of a
 * removed attachment is dropped when it comes up.
 */
@Entity({ tableName: "extraction_job" })
@Index({ name: "extraction_job_next_attempt_at_index", properties: ["nextAttemptAt"] })
export class ExtractionJob {
  [OptionalProps]?: "attempts" | "nextAttemptAt" | "lastError";

  @PrimaryKey({ type: "uuid" })
  attachmentId!: string;

  @Property({ type: "integer", default: 0 })
  attempts: number = 0;

  @Property({ type: "datetime" })
  nextAttemptAt: Date = new Date();

  @Property({ type: "text", nullable: true })
  lastError: string | null = null;
}
