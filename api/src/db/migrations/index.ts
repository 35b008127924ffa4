import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261123080000Resources } from "./Migration20261123080000Resources.js";
import { Migration20261123090000Organisations } from "./Migration20261123090000Organisations.js";
import { Migration20261123091500Taxonomy } from "./Migration20261123091500Taxonomy.js";
import { Migration20261123092000Accounts } from "./Migration20261123092000Accounts.js";
import { Migration20261123093000Memberships } from "./Migration20261123093000Memberships.js";
import { Migration20261123095000UserSchool } from "./Migration20261123095000UserSchool.js";
import { Migration20261123100000ResourceModel } from "./Migration20261123100000ResourceModel.js";
import { Migration20261123100500Excellence } from "./Migration20261123100500Excellence.js";
import { Migration20261123101000Curriculum } from "./Migration20261123101000Curriculum.js";
import { Migration20261123094000SearchOutbox } from "./Migration20261123094000SearchOutbox.js";
import { Migration20261123102000SharedAmbitions } from "./Migration20261123102000SharedAmbitions.js";
import { Migration20261123103000Collections } from "./Migration20261123103000Collections.js";
import { Migration20261123104000Attachments } from "./Migration20261123104000Attachments.js";
import { Migration20261123105000AttachmentThumbnails } from "./Migration20261123105000AttachmentThumbnails.js";
import { Migration20261123110000InvitationDeclined } from "./Migration20261123110000InvitationDeclined.js";
import { Migration20261123111000PendingSignUps } from "./Migration20261123111000PendingSignUps.js";
import { Migration20261123113000RevisionAutosave } from "./Migration20261123113000RevisionAutosave.js";
import { Migration20261123120000PasswordResets } from "./Migration20261123120000PasswordResets.js";
import { Migration20261206120000ResourceVersion } from "./Migration20261206120000ResourceVersion.js";
import { Migration20261206130000ExtractionJobs } from "./Migration20261206130000ExtractionJobs.js";
import { Migration20261206160000SearchDemand } from "./Migration20261206160000SearchDemand.js";
import { Migration20261206170000QualityReviews } from "./Migration20261206170000QualityReviews.js";
import { Migration20261207100000PlanItems } from "./Migration20261207100000PlanItems.js";
import { Migration20261207140000FacetLabelNotify } from "./Migration20261207140000FacetLabelNotify.js";

/**
 * Every migration in order. Listed explicitly so the compiled API and the
 * tests (which run TypeScript source) apply exactly the same set; a new
 * migration made with `npm run migration:create` is added here.
 */
export const migrationsList: MigrationObject[] = [
  { name: "Migration20261123080000Resources", class: Migration20261123080000Resources },
  { name: "Migration20261123090000Organisations", class: Migration20261123090000Organisations },
  { name: "Migration20261123091500Taxonomy", class: Migration20261123091500Taxonomy },
  { name: "Migration20261123092000Accounts", class: Migration20261123092000Accounts },
  { name: "Migration20261123093000Memberships", class: Migration20261123093000Memberships },
  { name: "Migration20261123094000SearchOutbox", class: Migration20261123094000SearchOutbox },
  { name: "Migration20261123095000UserSchool", class: Migration20261123095000UserSchool },
  { name: "Migration20261123100000ResourceModel", class: Migration20261123100000ResourceModel },
  { name: "Migration20261123100500Excellence", class: Migration20261123100500Excellence },
  { name: "Migration20261123101000Curriculum", class: Migration20261123101000Curriculum },
  { name: "Migration20261123102000SharedAmbitions", class: Migration20261123102000SharedAmbitions },
  { name: "Migration20261123103000Collections", class: Migration20261123103000Collections },
  { name: "Migration20261123104000Attachments", class: Migration20261123104000Attachments },
  { name: "Migration20261123105000AttachmentThumbnails", class: Migration20261123105000AttachmentThumbnails },
  { name: "Migration20261123110000InvitationDeclined", class: Migration20261123110000InvitationDeclined },
  { name: "Migration20261123111000PendingSignUps", class: Migration20261123111000PendingSignUps },
  { name: "Migration20261123113000RevisionAutosave", class: Migration20261123113000RevisionAutosave },
  { name: "Migration20261123120000PasswordResets", class: Migration20261123120000PasswordResets },
  { name: "Migration20261206120000ResourceVersion", class: Migration20261206120000ResourceVersion },
  { name: "Migration20261206130000ExtractionJobs", class: Migration20261206130000ExtractionJobs },
  { name: "Migration20261206160000SearchDemand", class: Migration20261206160000SearchDemand },
  { name: "Migration20261206170000QualityReviews", class: Migration20261206170000QualityReviews },
  { name: "Migration20261207100000PlanItems", class: Migration20261207100000PlanItems },
  { name: "Migration20261207140000FacetLabelNotify", class: Migration20261207140000FacetLabelNotify },
];
