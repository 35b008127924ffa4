import { Migration } from "@mikro-orm/migrations";

/** The tables whose slugs are facet values, with the column that labels them. */
const LABELLED = [
  ["subject", "name"],
  ["theme", "name"],
  ["network", "name"],
  ["shared_ambition", "title"],
] as const;

/**
 * Tells every API process's facet label cache (`modules/search/facet-labels.ts`) when a label
 * may have changed, whoever writes it. NOTIFY is delivered only on commit, so a rename that
 * rolls back never clears anything. New rows need no notice: a slug not cached is looked up.
 */
export class Migration20261207140000FacetLabelNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function facet_labels_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('facet_labels', '');
        return null;
      end $$;`);
    for (const [table, label] of LABELLED) {
      this.addSql(`
        create trigger facet_labels_notify after update of "slug", "${label}" or delete on "${table}"
        for each statement execute function facet_labels_notify();`);
      this.addSql(`
        create trigger facet_labels_notify_truncate after truncate on "${table}"
        for each statement execute function facet_labels_notify();`);
    }
  }

  override async down(): Promise<void> {
    for (const [table] of LABELLED) {
      this.addSql(`drop trigger if exists facet_labels_notify on "${table}";`);
      this.addSql(`drop trigger if exists facet_labels_notify_truncate on "${table}";`);
    }
    this.addSql(`drop function if exists facet_labels_notify();`);
  }
}
