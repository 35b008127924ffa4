import { Resource } from "../modules/resources/resource.entity.js";
import { ResourceRevision } from "../modules/resources/resource-revision.entity.js";
import { ResourceSlugRedirect } from "../modules/resources/resource-slug-redirect.entity.js";
import { ApiToken, LoginFailure, PasswordReset, PendingSignUp, Session, User } from "../modules/accounts/index.js";
import { Subject, Theme } from "../modules/taxonomy/index.js";
import { SharedAmbition } from "../modules/ambitions/index.js";
import { CollectionEntry, ResourceCollection } from "../modules/collections/index.js";
import { Network, NetworkPartnership, NetworkSchool, School } from "../modules/organisations/index.js";

import { Invitation, Membership } from "../modules/memberships/index.js";
import { SearchOutbox } from "../modules/search/outbox.entity.js";
import { AreaOfExcellence, EventRegistration, ExcellenceEvent } from "../modules/excellence/index.js";
import { CurriculumEntitlement, CurriculumUnit, EntitlementAdoption } from "../modules/curriculum/index.js";
import { Attachment, ExtractionJob, UploadTicket } from "../modules/files/index.js";
import { SearchDemandKey, SearchRecord, SearchResultOpened } from "../modules/insight/index.js";
import { QualityReview, ReviewFinding, ReviewFindingTheme } from "../modules/reviews/index.js";
import { PlanItem } from "../modules/plans/index.js";

/** Every entity, listed explicitly: no folder scanning, so tsc output and Vitest see the same set. */
export const entities = [
  SearchOutbox,
  User,
  Session,
  ApiToken,
  LoginFailure,
  PendingSignUp,
  PasswordReset,
  Resource,
  ResourceSlugRedirect,
  ResourceRevision,
  Subject,
  Theme,
  SharedAmbition,
  School,
  Network,
  NetworkSchool,
  NetworkPartnership,
  Membership,
  Invitation,
  AreaOfExcellence,
  ExcellenceEvent,
  EventRegistration,
  CurriculumEntitlement,
  CurriculumUnit,
  EntitlementAdoption,
  ResourceCollection,
  CollectionEntry,
  Attachment,
  UploadTicket,
  ExtractionJob,
  SearchRecord,
  SearchResultOpened,
  SearchDemandKey,
  QualityReview,
  ReviewFinding,
  ReviewFindingTheme,
  PlanItem,
];
