import { Migration } from "@mikro-orm/migrations";

/**
 * Resources and events name the stages of the professional development golden thread they serve
 * (ITT, ECF, the NPQs), for network insight's CPD offer. Existing rows start with none.
 */
export class Migration20261208100000CpdStages extends Migration {
  override async up(): Promise<void> {
    for (const table of ["resource", "excellence_event"]) {
      this.addSql(`alter table "${table}" add column "cpd_stages" text[] not null default '{}';`);
      this.addSql(`alter table "${table}" alter column "cpd_stages" drop default;`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ["resource", "excellence_event"]) {
      this.addSql(`alter table "${table}" drop column "cpd_stages";`);
    }
  }
}
