/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: any; output: any; }
};

/** A new unit for a draft entitlement. */
export type AddCurriculumUnitInput = {
  /** The draft entitlement's ID. */
  entitlementId: Scalars['ID']['input'];
  /** Knowledge statements, in order. */
  knowledge?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Slugs of resources that teach the unit. */
  linkedResourceSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where to put the unit, from 1; at the end unless given. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Skills statements, in order. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the unit is about. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The term. */
  term: Term;
  /** The unit's title. */
  title: Scalars['String']['input'];
  /** The year group, within the entitlement's key stage. */
  yearGroup: YearGroup;
};

/** A resource to add to a collection, and where. */
export type AddResourceToCollectionInput = {
  /** The collection's slug. */
  collectionSlug: Scalars['String']['input'];
  /** Its place in the list, from 1; at the end when left out. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The resource's slug (an old slug works too). */
  resourceSlug: Scalars['String']['input'];
};

/** A finding added to an existing review. */
export type AddReviewFindingInput = {
  /** The key stage it is about, when it is about one. */
  keyStage?: InputMaybe<KeyStage>;
  /** A strength ('what went well') or an area for development ('even better if'). */
  kind: FindingKind;
  /** The phase it is about, when it is about one. */
  phase?: InputMaybe<Phase>;
  /** The review's ID. */
  reviewId: Scalars['ID']['input'];
  /** The slug of the subject it is about; the `subjects` query lists them. */
  subjectSlug?: InputMaybe<Scalars['String']['input']>;
  /** What the review said, briefly (3 to 1000 characters). */
  text: Scalars['String']['input'];
  /** Slugs of the themes it is about (at least one); the `themes` query lists them. */
  themeSlugs: Array<Scalars['String']['input']>;
};

/** Schools to add to a network. */
export type AddSchoolsToNetworkInput = {
  /** The network's slug. */
  networkSlug: Scalars['String']['input'];
  /** URNs of the schools to add, 1 to 100; schools already in the network are left as they are. */
  urns: Array<Scalars['String']['input']>;
};

/** The result of `addSchoolsToNetwork`. */
export type AddSchoolsToNetworkPayload = {
  __typename?: 'AddSchoolsToNetworkPayload';
  /** The network the schools were added to. */
  network: Network;
  /** The schools named in the request, now all members of the network. */
  schools: Array<School>;
};

/** How a school's adoption of an entitlement series compares with the latest agreed version. */
export type AdoptionCoverage =
  /** The school teaches an earlier agreed version. */
  | 'BEHIND'
  /** The school teaches the latest agreed version. */
  | 'CURRENT'
  /** The school has recorded no adoption of the series. */
  | 'NOT_ADOPTED';

/** The result of `createAmbition` or `updateAmbition`. */
export type AmbitionPayload = {
  __typename?: 'AmbitionPayload';
  /** The ambition as it is now. */
  ambition: SharedAmbition;
};

/** Where an Area of Excellence stands. */
export type AoeStatus =
  /** Validated once, but its validation has lapsed; renewing brings it back. */
  | 'EXPIRED'
  /** Proposed, waiting for a hub moderator to validate it; not public. */
  | 'PROPOSED'
  /** Validated by a hub moderator and public until it expires. */
  | 'VALIDATED';

/** A personal API token that lets a script act as you. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When the token was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the token stops working, if ever. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Identifier, for revoking this token. */
  id: Scalars['ID']['output'];
  /** When a script last used the token. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The name you gave the token, e.g. 'Nightly export'. */
  name: Scalars['String']['output'];
  /** The token's first characters, to recognise it by. */
  prefix: Scalars['String']['output'];
};

/** The result of `archiveResource`. */
export type ArchiveResourcePayload = {
  __typename?: 'ArchiveResourcePayload';
  /** The resource as it is now. */
  resource: Resource;
};

/** A strength of a particular school, recognised through a peer review (QAR or MLQAR), with its evidence, a contact and the events the school hosts. */
export type AreaOfExcellence = Node & {
  __typename?: 'AreaOfExcellence';
  /** The shared ambitions the practice serves. */
  ambitions: Array<SharedAmbition>;
  /** The person to contact about it. Their name is public. */
  contact: User;
  /** The contact's email address: for signed-in people only, null otherwise. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** The contact's job title: for signed-in people only, null otherwise (or when they gave none). */
  contactJobTitle?: Maybe<Scalars['String']['output']>;
  /** When it was proposed. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Events showing this Area of Excellence that you may see, soonest first (at most 100). */
  events: Array<Event>;
  /** The evidence for the strength, in Markdown (at most 100 KB). */
  evidence: Scalars['String']['output'];
  /** When the validation lapses: 3 years after validation or the last renewal. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Resources that show the practice, of those you may see. */
  linkedResources: Array<Resource>;
  /** The review's overall estimate, when it gave one, e.g. 'Leading'. */
  overallEstimate?: Maybe<Scalars['String']['output']>;
  /** The phase of education the strength is in. */
  phase: Phase;
  /** The date of that review. */
  reviewDate: Scalars['LocalDate']['output'];
  /** The school that is strong at this. */
  school: School;
  /** Stable, human-readable identifier used in links. */
  slug: Scalars['String']['output'];
  /** The review strength it was put forward from, when it was and you may read that review (its school's staff, the hub's moderators and leads, admins). */
  sourceFinding?: Maybe<ReviewFinding>;
  /** The kind of review the strength was recognised through. */
  sourceReview: ReviewKind;
  /** Where the Area of Excellence stands; EXPIRED once a validation's `expiresAt` has passed. */
  status: AoeStatus;
  /** One or two sentences on the strength (at most 300 characters). */
  summary: Scalars['String']['output'];
  /** The school-improvement themes it is about. */
  themes: Array<Theme>;
  /** What the school is strong at, e.g. 'Early reading and phonics'. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** When a hub moderator validated it. */
  validatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether you may add events that show it (moderators of a network the school belongs to; admins). */
  viewerCanAddEvents: Scalars['Boolean']['output'];
  /** Whether you may change its details (its proposer and contact while a proposal; hub moderators). */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may validate or renew it (moderators of a hub the school belongs to; admins). */
  viewerCanValidate: Scalars['Boolean']['output'];
};


/** A strength of a particular school, recognised through a peer review (QAR or MLQAR), with its evidence, a contact and the events the school hosts. */
export type AreaOfExcellenceEventsArgs = {
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of Areas of Excellence. */
export type AreaOfExcellenceConnection = {
  __typename?: 'AreaOfExcellenceConnection';
  /** The Areas of Excellence on this page with their cursors. */
  edges: Array<AreaOfExcellenceEdge>;
  /** The Areas of Excellence on this page. */
  nodes: Array<AreaOfExcellence>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many Areas of Excellence there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A areaofexcellence with its cursor. */
export type AreaOfExcellenceEdge = {
  __typename?: 'AreaOfExcellenceEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The areaofexcellence. */
  node: AreaOfExcellence;
};

/** Which Areas of Excellence to list; every condition given must hold. */
export type AreaOfExcellenceFilter = {
  /** Only those serving the shared ambition with this slug. */
  ambitionSlug?: InputMaybe<Scalars['String']['input']>;
  /** true: only those you proposed or are the contact for (none when signed out). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those of schools in the network (a hub, say) with this slug. */
  networkSlug?: InputMaybe<Scalars['String']['input']>;
  /** Only those in this phase. */
  phase?: InputMaybe<Phase>;
  /** Only those of schools in this region. */
  region?: InputMaybe<Region>;
  /** Only those of the school with this URN. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
  /** Only those with this status. */
  status?: InputMaybe<AoeStatus>;
  /** Only those with this theme (slug). */
  themeSlug?: InputMaybe<Scalars['String']['input']>;
  /** true: only those you may validate and renew (schools of the hubs you moderate; all for admins). */
  validatableByMe?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How a list of Areas of Excellence is ordered. */
export type AreaOfExcellenceOrder =
  /** Most recently proposed first. */
  | 'NEWEST'
  /** By title, A to Z. */
  | 'TITLE'
  /** Most recently changed first. */
  | 'UPDATED';

/** The result of a mutation that changes an Area of Excellence. */
export type AreaOfExcellencePayload = {
  __typename?: 'AreaOfExcellencePayload';
  /** The Area of Excellence as it is now. */
  areaOfExcellence: AreaOfExcellence;
};

/** Names an Area of Excellence. */
export type AreaOfExcellenceRefInput = {
  /** The Area of Excellence's slug. */
  slug: Scalars['String']['input'];
};

/** An Area of Excellence and a resource that shows its practice. */
export type AreaOfExcellenceResourceInput = {
  /** The resource's ID. */
  resourceId: Scalars['ID']['input'];
  /** The Area of Excellence's slug. */
  slug: Scalars['String']['input'];
};

/** A file attached to a resource: a PDF, a slide deck, a spreadsheet... */
export type Attachment = Node & {
  __typename?: 'Attachment';
  /** When the file was attached. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** How many times the whole file has been downloaded. */
  downloadCount: Scalars['Int']['output'];
  /** Where to download the file, relative to the API or the website (both serve it, with permissions). */
  downloadPath: Scalars['String']['output'];
  /** Why reading the text failed, when it did. */
  extractionError?: Maybe<Scalars['String']['output']>;
  /** Whether the file's text has been read for search. */
  extractionStatus: ExtractionStatus;
  /** What the file is, found from its content. */
  fileType: FileType;
  /** The file's name as uploaded, used when it is downloaded. */
  filename: Scalars['String']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The media type the file is sent with, e.g. `application/pdf`. */
  mimeType: Scalars['String']['output'];
  /** Place in the resource's list of attachments, from 1. */
  position: Scalars['Int']['output'];
  /** SHA-256 of the content (lower-case hex); also the download's ETag. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** The start of the text read from the file (at most 2000 characters); null until read, or when there is none. */
  textPreview?: Maybe<Scalars['String']['output']>;
  /** Where to get a small WebP picture of the file (a PDF's first page, or the image itself), with the same permissions as the file; null for other types, and until it is made. */
  thumbnailPath?: Maybe<Scalars['String']['output']>;
  /** What the file is, in words, e.g. 'Phonics assessment grid'. */
  title: Scalars['String']['output'];
  /** The file type in words, e.g. 'PDF document'. */
  typeLabel: Scalars['String']['output'];
  /** When the attachment's details last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A file attached to a resource: a PDF, a slide deck, a spreadsheet... */
export type AttachmentTextPreviewArgs = {
  length?: Scalars['Int']['input'];
};

/** Names an attachment. */
export type AttachmentRefInput = {
  /** The attachment's ID. */
  id: Scalars['ID']['input'];
};

/** A new role for a member of a network. */
export type ChangeMemberRoleInput = {
  /** The network's slug. */
  networkSlug: Scalars['String']['input'];
  /** The new role. */
  role: NetworkRole;
  /** The member's user ID. */
  userId: Scalars['ID']['input'];
};

/** A new password, confirmed with the current one. */
export type ChangePasswordInput = {
  /** The password you use now. */
  currentPassword: Scalars['String']['input'];
  /** At least 12 characters; not a common password. */
  newPassword: Scalars['String']['input'];
};

/** A curated, ordered list of resources, e.g. 'Running an Area of Excellence event: a starter kit', owned by a network or by one person. */
export type Collection = Node & {
  __typename?: 'Collection';
  /** When the collection was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the collection is for, as Markdown. `descriptionHtml` gives it as safe HTML. */
  description: Scalars['String']['output'];
  /** The description rendered from Markdown to HTML that is safe to show. */
  descriptionHtml: Scalars['String']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The resources in the collection that you may see, in the collection's order. Others are left out of the page and the count. */
  items: CollectionItemConnection;
  /** The person who owns the collection; null when a network does. */
  owner?: Maybe<User>;
  /** The network whose moderators curate the collection; null when a person owns it. */
  owningNetwork?: Maybe<Network>;
  /** Stable, human-readable identifier used in links. */
  slug: Scalars['String']['output'];
  /** The collection's title. */
  title: Scalars['String']['output'];
  /** When the collection or its list of resources last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Whether you may change the collection. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Who may see the collection. The resources in it are shown only to those who may see each one, whatever this says. */
  visibility: Visibility;
};


/** A curated, ordered list of resources, e.g. 'Running an Area of Excellence event: a starter kit', owned by a network or by one person. */
export type CollectionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of collections. */
export type CollectionConnection = {
  __typename?: 'CollectionConnection';
  /** The collections on this page with their cursors. */
  edges: Array<CollectionEdge>;
  /** The collections on this page. */
  nodes: Array<Collection>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many collections there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A collection with its cursor. */
export type CollectionEdge = {
  __typename?: 'CollectionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The collection. */
  node: Collection;
};

/** Narrows a list of collections; every field given must match. */
export type CollectionFilter = {
  /** True: only collections you curate, your own and those of networks you moderate (every collection for admins; none for the public). */
  curatedByMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only collections owned by the network with this slug. */
  networkSlug?: InputMaybe<Scalars['String']['input']>;
  /** Only collections owned by the person with this user ID. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only collections with this visibility. */
  visibility?: InputMaybe<Visibility>;
};

/** A resource in a collection, with its place in the list as you see it. */
export type CollectionItem = {
  __typename?: 'CollectionItem';
  /** When the resource was added to the collection. */
  addedAt: Scalars['DateTimeISO']['output'];
  /** Place in the collection among the resources you may see, from 1. Editors who see every resource see the stored order. */
  position: Scalars['Int']['output'];
  /** The resource. */
  resource: Resource;
};

/** A page of resources in the collection. */
export type CollectionItemConnection = {
  __typename?: 'CollectionItemConnection';
  /** The resources in the collection on this page with their cursors. */
  edges: Array<CollectionItemEdge>;
  /** The resources in the collection on this page. */
  nodes: Array<CollectionItem>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many resources in the collection there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A collectionitem with its cursor. */
export type CollectionItemEdge = {
  __typename?: 'CollectionItemEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The collectionitem. */
  node: CollectionItem;
};

/** How a list of collections is ordered. */
export type CollectionOrder =
  /** Most recently made first. */
  | 'NEWEST'
  /** By title, A to Z. */
  | 'TITLE'
  /** Most recently changed first. */
  | 'UPDATED';

/** The result of a mutation that changes a collection. */
export type CollectionPayload = {
  __typename?: 'CollectionPayload';
  /** The collection as it is now. */
  collection: Collection;
};

/** Names a collection. */
export type CollectionRefInput = {
  /** The collection's slug. */
  slug: Scalars['String']['input'];
};

/** A collection and one resource in it (or to go in it). */
export type CollectionResourceInput = {
  /** The collection's slug. */
  collectionSlug: Scalars['String']['input'];
  /** The resource's slug (an old slug works too). */
  resourceSlug: Scalars['String']['input'];
};

/** The token from a sign-up confirmation link. */
export type ConfirmSignUpInput = {
  /** The token from the link in the confirmation email. */
  token: Scalars['String']['input'];
  /** Which program is signing in, e.g. the browser. */
  userAgent?: InputMaybe<Scalars['String']['input']>;
};

/** A new shared ambition for a network. */
export type CreateAmbitionInput = {
  /** What it means and how it is measured (plain text). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the network that sets the ambition; you must moderate or lead it. */
  networkSlug: Scalars['String']['input'];
  /** Where to put it among the network's ambitions, from 1; at the end when left out. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Lower-case words joined by hyphens, e.g. `phonics-2028`. It never changes. */
  slug: Scalars['String']['input'];
  /** The share of pupils it aims for, 1 to 100; left out for none. */
  targetPercentage?: InputMaybe<Scalars['Int']['input']>;
  /** The year by which to reach it. */
  targetYear: Scalars['Int']['input'];
  /** The ambition in a few words. */
  title: Scalars['String']['input'];
};

/** A new personal API token. */
export type CreateApiTokenInput = {
  /** When the token should stop working; never if omitted. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** A name to recognise the token by, e.g. 'Nightly export'. */
  name: Scalars['String']['input'];
};

/** The result of creating a personal API token. */
export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The new token's details. */
  apiToken: ApiToken;
  /** The secret token. Shown only this once: copy it now. */
  token: Scalars['String']['output'];
};

/** A new collection, owned by a network you moderate or, without one, by you. */
export type CreateCollectionInput = {
  /** What the collection is for, as Markdown (at most 20 KB). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the network that owns it (you must moderate it); left out, the collection is yours. */
  owningNetworkSlug?: InputMaybe<Scalars['String']['input']>;
  /** Lower-case words joined by hyphens, e.g. `aoe-event-starter-kit`. */
  slug: Scalars['String']['input'];
  /** The collection's title. */
  title: Scalars['String']['input'];
  /** Who may see it. NETWORK needs an owning network; a collection of your own is PUBLIC or PRIVATE. */
  visibility: Visibility;
};

/** A new curriculum entitlement: version 1 of a series, as a draft. */
export type CreateCurriculumEntitlementInput = {
  /** The key stage it covers. */
  keyStage: KeyStage;
  /** The slug of the subject network that will own it. */
  networkSlug: Scalars['String']['input'];
  /** Why the curriculum is shaped as it is, as Markdown (at most 100 KB). */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The series slug every version will share, e.g. `ks3-history`. */
  slug: Scalars['String']['input'];
  /** The subject's slug, e.g. `history`. */
  subjectSlug: Scalars['String']['input'];
  /** The title, e.g. 'Key Stage 3 history'. */
  title: Scalars['String']['input'];
  /** Who may see it once agreed; NETWORK unless given. */
  visibility?: InputMaybe<Visibility>;
};

/** A new event. */
export type CreateEventInput = {
  /** Slug of the Area of Excellence the event shows. */
  areaOfExcellenceSlug?: InputMaybe<Scalars['String']['input']>;
  /** How many places (at least 1); unlimited when left out. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** What happens and who it is for, in Markdown. */
  description: Scalars['String']['input'];
  /** When it ends; after it starts. */
  endsAt: Scalars['DateTimeISO']['input'];
  /** Slug of the host network. */
  hostNetworkSlug?: InputMaybe<Scalars['String']['input']>;
  /** URN of the host school; give it, a host network, or both. */
  hostSchoolUrn?: InputMaybe<Scalars['String']['input']>;
  /** What sort of event it is. */
  kind: EventKind;
  /** How people take part. */
  mode: EventMode;
  /** The http(s) link to join; required for online and hybrid events. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Whether people may register; true when left out. */
  registrationOpen?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lower-case words joined by hyphens, e.g. `camden-phonics-open-morning`. */
  slug: Scalars['String']['input'];
  /** When it starts. */
  startsAt: Scalars['DateTimeISO']['input'];
  /** IANA time zone, e.g. `Europe/London` (the default). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** The event's title. */
  title: Scalars['String']['input'];
  /** Where it is held; required for in-person and hybrid events. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it; PUBLIC when left out. */
  visibility?: InputMaybe<Visibility>;
};

/** The details of a new network. */
export type CreateNetworkInput = {
  /** What the network is for and who belongs to it. */
  description: Scalars['String']['input'];
  /** What sort of network this is. */
  kind: NetworkKind;
  /** Whether moderators may publish directly, without a separate review (default false). */
  moderatorsPublishDirectly?: InputMaybe<Scalars['Boolean']['input']>;
  /** The network's name. */
  name: Scalars['String']['input'];
  /** Slug of the network this one sits inside, if any. */
  parentSlug?: InputMaybe<Scalars['String']['input']>;
  /** The English region the network serves, if one. */
  region?: InputMaybe<Region>;
  /** Lower-case words joined by hyphens, e.g. `cornwall-hub`. */
  slug: Scalars['String']['input'];
  /** The subject of a subject network, e.g. `History`. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `createNetwork`. */
export type CreateNetworkPayload = {
  __typename?: 'CreateNetworkPayload';
  /** The new network. */
  network: Network;
};

/** A new item of a network's action plan, often made from a match. */
export type CreatePlanItemInput = {
  /** The slug of a validated Area of Excellence to learn from; its school is the one matched (`schoolUrn`, when given, must be it). */
  areaOfExcellenceSlug?: InputMaybe<Scalars['String']['input']>;
  /** When it is due: no more than a year before today (in England). */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The slug of the network whose plan it joins. */
  networkSlug: Scalars['String']['input'];
  /** What is to be done (1 to 500 characters). */
  note: Scalars['String']['input'];
  /** Who owns it (at most 120 characters). */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The URN of the school to learn from, when there is one. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
  /** The slug of the theme it addresses; the `themes` query lists them. */
  themeSlug: Scalars['String']['input'];
};

/** A new quality review of a school by one of its hubs, with its findings. */
export type CreateQualityReviewInput = {
  /** Its findings (at most 50); more can be added later with `addReviewFinding`. */
  findings?: InputMaybe<Array<ReviewFindingInput>>;
  /** The slug of the hub (or teaching school hub) that carried out the review. */
  hubSlug: Scalars['String']['input'];
  /** The kind of review. */
  kind: QualityReviewKind;
  /** The day it took place; not in the future. */
  reviewDate: Scalars['LocalDate']['input'];
  /** The URN of the school reviewed; it must be one of the hub's schools. */
  schoolUrn: Scalars['String']['input'];
};

/** The fields of a new resource. It starts as a draft, with you as its author. */
export type CreateResourceInput = {
  /** Slugs of the shared ambitions it serves; the `ambitions` query lists them. */
  ambitionSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** True for an editor's background save. Drafts only. The version it makes is rewritten by the same person's next save (see `ResourceRevision.autosave`), so autosaves do not add a version each. */
  autosave?: InputMaybe<Scalars['Boolean']['input']>;
  /** The resource itself, as Markdown (at most 200 KB). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Key stages it is for. */
  keyStages?: InputMaybe<Array<KeyStage>>;
  /** The licence it is published under; PUBLIC resources need an open one. */
  licence: Licence;
  /** Links to material elsewhere (http or https). */
  links?: InputMaybe<Array<ResourceLinkInput>>;
  /** A note on this version, kept in the revision history. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the network that owns and moderates it; you must contribute to it. */
  owningNetworkSlug: Scalars['String']['input'];
  /** Phases of education it is for. */
  phases?: InputMaybe<Array<Phase>>;
  /** Slugs of other resources worth reading alongside this one. */
  relatedResourceSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** URN of the school the resource comes from; null for none. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
  /** Slugs of further networks whose members may see the resource when its visibility is NETWORK. */
  sharedWithNetworkSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Lower-case words joined by hyphens, e.g. `running-a-teach-meet`. */
  slug: Scalars['String']['input'];
  /** Slugs of the subjects the resource is about. */
  subjectSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the resource offers, at most 300 characters. */
  summary: Scalars['String']['input'];
  /** Free tags; stored in lower case without repeats. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Slugs of the school-improvement themes it serves. */
  themeSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The resource's title. */
  title: Scalars['String']['input'];
  /** What sort of material it is. */
  type: ResourceType;
  /** Who may see it once published. */
  visibility: Visibility;
  /** Year groups it is for. */
  yearGroups?: InputMaybe<Array<YearGroup>>;
};

/** The result of `createResource`. */
export type CreateResourcePayload = {
  __typename?: 'CreateResourcePayload';
  /** The resource as it is now. */
  resource: Resource;
};

/** The details of a new school. */
export type CreateSchoolInput = {
  /** The local authority the school is in. */
  localAuthority: Scalars['String']['input'];
  /** The school's name. */
  name: Scalars['String']['input'];
  /** The phase of education the school serves. */
  phase: Phase;
  /** UK postcode, in any case and spacing, e.g. `nw1 2db`. */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** The English region the school is in. */
  region: Region;
  /** Lower-case words joined by hyphens, e.g. `camden-primary-school`. */
  slug: Scalars['String']['input'];
  /** The school's unique reference number: exactly six digits. */
  urn: Scalars['String']['input'];
};

/** The result of `createSchool`. */
export type CreateSchoolPayload = {
  __typename?: 'CreateSchoolPayload';
  /** The new school. */
  school: School;
};

/** One version of a curriculum entitlement: the ordered units, with the knowledge and skills, that a subject network agrees every school teaches in one subject and key stage. */
export type CurriculumEntitlement = Node & {
  __typename?: 'CurriculumEntitlement';
  /** Schools that teach this version, by school name. */
  adoptions: Array<EntitlementAdoption>;
  /** When this version was agreed. */
  agreedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who agreed this version. */
  agreedBy?: Maybe<User>;
  /** When this version was started. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The key stage the entitlement covers. */
  keyStage: KeyStage;
  /** The subject network that writes and agrees the entitlement. */
  owningNetwork: Network;
  /** Why the curriculum is shaped as it is, as Markdown (at most 100 KB). */
  rationale: Scalars['String']['output'];
  /** Stable identifier of the series, shared by every version, e.g. `ks3-history`. */
  slug: Scalars['String']['output'];
  /** Whether this version is a draft, agreed or superseded. */
  status: EntitlementStatus;
  /** The subject. */
  subject: Subject;
  /** The entitlement's title, e.g. 'Key Stage 3 history'. */
  title: Scalars['String']['output'];
  /** The units, in teaching order. */
  units: Array<CurriculumUnit>;
  /** When this version last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The version number within the series: 1, 2, 3... */
  version: Scalars['Int']['output'];
  /** Every version of this entitlement's series you may see, oldest first. */
  versions: Array<CurriculumEntitlement>;
  /** Whether you may agree this version: it is a draft and you moderate its network. */
  viewerCanAgree: Scalars['Boolean']['output'];
  /** Whether you may change this version: it is a draft and you contribute to its network. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may start the series' next version from this one: it is the agreed version and you contribute to its network. */
  viewerCanStartDraft: Scalars['Boolean']['output'];
  /** Who may see the entitlement once agreed. */
  visibility: Visibility;
};

/** A page of curriculum entitlements. */
export type CurriculumEntitlementConnection = {
  __typename?: 'CurriculumEntitlementConnection';
  /** The curriculum entitlements on this page with their cursors. */
  edges: Array<CurriculumEntitlementEdge>;
  /** The curriculum entitlements on this page. */
  nodes: Array<CurriculumEntitlement>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many curriculum entitlements there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A curriculumentitlement with its cursor. */
export type CurriculumEntitlementEdge = {
  __typename?: 'CurriculumEntitlementEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The curriculumentitlement. */
  node: CurriculumEntitlement;
};

/** Narrows a list of entitlement versions. */
export type CurriculumEntitlementFilter = {
  /** True: only entitlements of networks you contribute to, whose drafts you may edit (every network for admins; none for the public). */
  contributedByMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this key stage. */
  keyStage?: InputMaybe<KeyStage>;
  /** Only entitlements owned by this network, by slug. */
  networkSlug?: InputMaybe<Scalars['String']['input']>;
  /** Only versions in this state. */
  status?: InputMaybe<EntitlementStatus>;
  /** Only this subject, by slug. */
  subjectSlug?: InputMaybe<Scalars['String']['input']>;
};

/** How a list of entitlement versions is ordered. */
export type CurriculumEntitlementOrder =
  /** Most recently started first. */
  | 'NEWEST'
  /** By title, A to Z. */
  | 'TITLE';

/** The result of a change to an entitlement or one of its units. */
export type CurriculumEntitlementPayload = {
  __typename?: 'CurriculumEntitlementPayload';
  /** The entitlement version as it is now. */
  entitlement: CurriculumEntitlement;
  /** The unit changed, when the change was to one unit. */
  unit?: Maybe<CurriculumUnit>;
};

/** One unit of a curriculum entitlement, with the knowledge and skills pupils are entitled to. */
export type CurriculumUnit = Node & {
  __typename?: 'CurriculumUnit';
  /** The entitlement version the unit belongs to (every path to a unit already checked you may see it). */
  entitlement: CurriculumEntitlement;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** What pupils are entitled to know, one statement each, in order. */
  knowledge: Array<Scalars['String']['output']>;
  /** Resources that teach the unit, among those you may see. */
  linkedResources: Array<Resource>;
  /** Place in teaching order, from 1. */
  position: Scalars['Int']['output'];
  /** What pupils are entitled to be able to do, one statement each, in order. */
  skills: Array<Scalars['String']['output']>;
  /** What the unit is about, in a few sentences. */
  summary: Scalars['String']['output'];
  /** The term the unit is taught in. */
  term: Term;
  /** The unit's title. */
  title: Scalars['String']['output'];
  /** Identifies the same unit across versions of an entitlement (kept when a draft is made from an agreed version, even if the unit is renamed). */
  unitKey: Scalars['ID']['output'];
  /** The year group the unit is taught to (within the entitlement's key stage). */
  yearGroup: YearGroup;
};

/** How one unit differs between two versions. */
export type CurriculumUnitChange = {
  __typename?: 'CurriculumUnitChange';
  /** Which of title, yearGroup, term, summary, knowledge, skills and linkedResources differ. */
  fieldsChanged: Array<Scalars['String']['output']>;
  /** Knowledge statements only in the later version. */
  knowledgeAdded: Array<Scalars['String']['output']>;
  /** Knowledge statements only in the earlier version. */
  knowledgeRemoved: Array<Scalars['String']['output']>;
  /** Skills statements only in the later version. */
  skillsAdded: Array<Scalars['String']['output']>;
  /** Skills statements only in the earlier version. */
  skillsRemoved: Array<Scalars['String']['output']>;
  /** The unit's title in the later version. */
  title: Scalars['String']['output'];
};

/** A unit of a draft entitlement, by ID. */
export type CurriculumUnitRefInput = {
  /** The unit's ID. */
  unitId: Scalars['ID']['input'];
};

/** The result of `deleteCollection`. */
export type DeleteCollectionPayload = {
  __typename?: 'DeleteCollectionPayload';
  /** The ID the deleted collection had. */
  deletedCollectionId: Scalars['ID']['output'];
};

/** The result of `deleteQualityReview`. */
export type DeleteQualityReviewPayload = {
  __typename?: 'DeleteQualityReviewPayload';
  /** The ID of the review deleted, with all its findings. */
  deletedId: Scalars['ID']['output'];
};

/** One query as search demand counts it, over the period and the view asked for. Only queries that 3 or more different sessions searched are listed. */
export type DemandedQuery = {
  __typename?: 'DemandedQuery';
  /** How many of its searches had a result opened. */
  openedSearches: Scalars['Int']['output'];
  /** The query as searched, normalised: lower case, spaces folded, trimmed. */
  query: Scalars['String']['output'];
  /** How many times it was searched. */
  searches: Scalars['Int']['output'];
  /** How many different sessions searched it (at least 3); a session searching it on several days counts once a day. */
  sessions: Scalars['Int']['output'];
  /** How many of its searches found nothing. */
  zeroResultSearches: Scalars['Int']['output'];
};

/** A school's record of which version of an entitlement it teaches. */
export type EntitlementAdoption = Node & {
  __typename?: 'EntitlementAdoption';
  /** The day the school began teaching this version. */
  adoptedOn: Scalars['LocalDate']['output'];
  /** When the adoption was first recorded. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The version the school teaches. */
  entitlement: CurriculumEntitlement;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** How the school adapts the entitlement to its own context. */
  localNotes: Scalars['String']['output'];
  /** The school. */
  school: School;
  /** When the adoption last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The result of recording a school's adoption. */
export type EntitlementAdoptionPayload = {
  __typename?: 'EntitlementAdoptionPayload';
  /** The school's adoption of the series as it is now. */
  adoption: EntitlementAdoption;
};

/** What changed between two versions of an entitlement. Units are matched by `unitKey`, so a renamed unit counts as changed, not removed and added. */
export type EntitlementComparison = {
  __typename?: 'EntitlementComparison';
  /** The earlier version. */
  from: Scalars['Int']['output'];
  /** The later version. */
  to: Scalars['Int']['output'];
  /** Titles of units only in the later version. */
  unitsAdded: Array<Scalars['String']['output']>;
  /** Units in both versions that differ, in the later version's order. */
  unitsChanged: Array<CurriculumUnitChange>;
  /** Titles of units only in the earlier version. */
  unitsRemoved: Array<Scalars['String']['output']>;
};

/** Which version of one entitlement series one school teaches. */
export type EntitlementCoverageRow = {
  __typename?: 'EntitlementCoverageRow';
  /** The version the school has adopted; null when none. */
  adoptedVersion?: Maybe<Scalars['Int']['output']>;
  /** Whether the school is on the latest agreed version. */
  coverage: AdoptionCoverage;
  /** The latest agreed version of the series. */
  latestAgreedVersion: Scalars['Int']['output'];
  /** The school. */
  school: School;
  /** The entitlement series slug. */
  slug: Scalars['String']['output'];
  /** The series' title, as in its latest agreed version. */
  title: Scalars['String']['output'];
};

/** One agreed curriculum entitlement of the network, and which of the schools it is for teach it: the agreed version, an older one, or none. The schools are the network's own, or its parent trust's when it has one. */
export type EntitlementInsight = {
  __typename?: 'EntitlementInsight';
  /** Schools teaching the agreed version (or a later one), by name. */
  agreedSchools: Array<School>;
  /** The agreed version of the entitlement. */
  entitlement: CurriculumEntitlement;
  /** Schools that have recorded teaching no version of it, by name. */
  notTeachingSchools: Array<School>;
  /** Schools teaching an older version of it, by name. */
  olderVersionSchools: Array<School>;
};

/** An entitlement series, by its slug. */
export type EntitlementSeriesInput = {
  /** The series slug, e.g. `ks3-history`. */
  slug: Scalars['String']['input'];
};

/** Where one version of a curriculum entitlement is in its life. */
export type EntitlementStatus =
  /** Agreed by the network's moderators; never changes again. */
  | 'AGREED'
  /** Being written by the subject network; its units may still change. */
  | 'DRAFT'
  /** Once agreed, since replaced by a later agreed version. */
  | 'SUPERSEDED';

/** One version of an entitlement series. */
export type EntitlementVersionInput = {
  /** The series slug, e.g. `ks3-history`. */
  slug: Scalars['String']['input'];
  /** The version number. */
  version: Scalars['Int']['input'];
};

/** An event: an Area of Excellence best-practice event, a conference, a Teach Meet, a leadership development day, a residential, a school visit or a network meeting. */
export type Event = Node & {
  __typename?: 'Event';
  /** The Area of Excellence the event shows, when there is one you may see. */
  areaOfExcellence?: Maybe<AreaOfExcellence>;
  /** Everyone registered, confirmed first then the waiting list in order: for the hosts (moderators of the host networks) and admins; null for anyone else. */
  attendees?: Maybe<Array<EventRegistration>>;
  /** How many places there are; null when unlimited. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** When the event was added. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What happens at the event and who it is for, in Markdown. */
  description: Scalars['String']['output'];
  /** When the event ends. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** The network hosting the event, if a network hosts it. */
  hostNetwork?: Maybe<Network>;
  /** The school hosting the event, if a school hosts it. */
  hostSchool?: Maybe<School>;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** What sort of event it is. */
  kind: EventKind;
  /** How people take part. */
  mode: EventMode;
  /** The link to join (online and hybrid events). */
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** How many places are free; null when places are unlimited. */
  placesLeft?: Maybe<Scalars['Int']['output']>;
  /** Your own registration for the event, if you have registered (also when cancelled); null when signed out. */
  registration?: Maybe<EventRegistration>;
  /** Whether people may register now. */
  registrationOpen: Scalars['Boolean']['output'];
  /** Stable, human-readable identifier used in links. */
  slug: Scalars['String']['output'];
  /** When the event starts. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** The IANA time zone the event's times are shown in, e.g. `Europe/London`. */
  timeZone: Scalars['String']['output'];
  /** The event's title. */
  title: Scalars['String']['output'];
  /** When the event's details last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where the event is held (in-person and hybrid events). */
  venue?: Maybe<Scalars['String']['output']>;
  /** Whether you may change the event and see who is coming (its hosts and admins). */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Who may see the event; NETWORK events are for the host network's members. */
  visibility: Visibility;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events on this page with their cursors. */
  edges: Array<EventEdge>;
  /** The events on this page. */
  nodes: Array<Event>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many events there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An event with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Which events to list; every condition given must hold. */
export type EventFilter = {
  /** Only events hosted by the network with this slug. */
  hostNetworkSlug?: InputMaybe<Scalars['String']['input']>;
  /** true: only events you may manage as a host (all for admins). */
  hostedByMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only events of this kind. */
  kind?: InputMaybe<EventKind>;
  /** true: only events you are registered for, with a place or on the waiting list (none when signed out). */
  registeredByMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only events hosted by the school with this URN. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
  /** true: only events not yet ended; false: only past events. */
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What sort of event it is. */
export type EventKind =
  /** A best-practice event a school runs on its Area of Excellence. */
  | 'AOE_EVENT'
  /** A conference. */
  | 'CONFERENCE'
  /** A leadership development day. */
  | 'LEADERSHIP_DEVELOPMENT_DAY'
  /** A meeting of a network. */
  | 'NETWORK_MEETING'
  /** A learning residential. */
  | 'RESIDENTIAL'
  /** A visit to a school. */
  | 'SCHOOL_VISIT'
  /** A Teach Meet: short talks by teachers for teachers. */
  | 'TEACH_MEET';

/** How people take part in an event. */
export type EventMode =
  /** At a venue and online. */
  | 'HYBRID'
  /** At a venue. */
  | 'IN_PERSON'
  /** Online, through a link. */
  | 'ONLINE';

/** How a list of events is ordered. */
export type EventOrder =
  /** Most recently announced first. */
  | 'NEWEST'
  /** By start time, earliest first. */
  | 'SOONEST';

/** The result of `createEvent` or `updateEvent`. */
export type EventPayload = {
  __typename?: 'EventPayload';
  /** The event as it is now. */
  event: Event;
};

/** Names an event. */
export type EventRefInput = {
  /** The event's slug. */
  slug: Scalars['String']['input'];
};

/** A person's registration for an event. */
export type EventRegistration = {
  __typename?: 'EventRegistration';
  /** When the person registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The event. */
  event: Event;
  /** The person registered. */
  person: User;
  /** Place on the waiting list, from 1 (next to get a place); null unless WAITLISTED. */
  position?: Maybe<Scalars['Int']['output']>;
  /** Whether the person has a place, is waiting, or cancelled. */
  status: RegistrationStatus;
};

/** The result of `registerForEvent` or `cancelEventRegistration`. */
export type EventRegistrationPayload = {
  __typename?: 'EventRegistrationPayload';
  /** The event. */
  event: Event;
  /** The viewer's registration as it is now. */
  registration: EventRegistration;
};

/** Where reading the text out of an attachment stands. */
export type ExtractionStatus =
  /** Its text was read and is searchable. */
  | 'DONE'
  /** It could not be read (damaged, too slow or unsupported); it is still downloadable. */
  | 'FAILED'
  /** An image or a video: there is no text to read. */
  | 'NOT_APPLICABLE'
  /** Waiting to be read, or being read (for an image: its thumbnail being made). */
  | 'PENDING';

/** One value of a facet and how many hits have it. */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** How many hits have it, under the same query, filter and visibility. */
  count: Scalars['Int']['output'];
  /** The value's name, as people read it. */
  label: Scalars['String']['output'];
  /** The value to put in the matching `SearchFilter` field (or kind). */
  value: Scalars['String']['output'];
};

/** What an attachment is, as found from its content (never from its name or claimed type). */
export type FileType =
  /** CSV table (text/csv; charset=utf-8). */
  | 'CSV'
  /** Word document (application/vnd.openxmlformats-officedocument.wordprocessingml.document). */
  | 'DOCX'
  /** JPEG image (image/jpeg). */
  | 'JPEG'
  /** MP4 video (video/mp4). */
  | 'MP4'
  /** OpenDocument presentation (application/vnd.oasis.opendocument.presentation). */
  | 'ODP'
  /** OpenDocument text (application/vnd.oasis.opendocument.text). */
  | 'ODT'
  /** PDF document (application/pdf). */
  | 'PDF'
  /** PNG image (image/png). */
  | 'PNG'
  /** PowerPoint presentation (application/vnd.openxmlformats-officedocument.presentationml.presentation). */
  | 'PPTX'
  /** Plain text (text/plain; charset=utf-8). */
  | 'TEXT'
  /** WebP image (image/webp). */
  | 'WEBP'
  /** Excel spreadsheet (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). */
  | 'XLSX';

/** Whether a review's finding is a strength or an area for development. */
export type FindingKind =
  /** Even better if: something the review found the school could develop. */
  | 'AREA_FOR_DEVELOPMENT'
  /** What went well: a strength the review found. */
  | 'STRENGTH';

/** Text with the parts that matched the query marked, given two safe ways. */
export type HighlightedText = {
  __typename?: 'HighlightedText';
  /** The parts of `text` that matched. */
  highlights: Array<TextRange>;
  /** The text as HTML: every character escaped, matches wrapped in `<mark>`; safe to put in a page as is. */
  html: Scalars['String']['output'];
  /** The plain text (not HTML: escape it to show it in a page). */
  text: Scalars['String']['output'];
};

/** One theme's counts in one hub, in the national view; counts from 1 or 2 schools are withheld unless the viewer belongs to the hub. A flat row (not a list inside each hub) so a client asks for every hub's themes in one short query and a CSV is these rows. */
export type HubThemeInsight = {
  __typename?: 'HubThemeInsight';
  /** Schools with it to develop in the period; null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
  developmentSchools?: Maybe<Scalars['Int']['output']>;
  /** The hub (or teaching school hub). */
  hub: Network;
  /** `developmentSchools` for the previous period; null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
  previousDevelopmentSchools?: Maybe<Scalars['Int']['output']>;
  /** `strengthSchools` for the previous period; null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
  previousStrengthSchools?: Maybe<Scalars['Int']['output']>;
  /** Schools strong in the theme in the period; null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
  strengthSchools?: Maybe<Scalars['Int']['output']>;
  /** Whether any count of the row is withheld ("fewer than 3"). */
  suppressed: Scalars['Boolean']['output'];
  /** The theme. */
  theme: Theme;
};

/** A CSV of review findings for one hub, checked (dry run) or imported. */
export type ImportQualityReviewsInput = {
  /** The CSV text, UTF-8, one finding a row, with the header `school_urn,review_kind,review_date,finding_kind,themes,phase,key_stage,subject,text`. */
  csv: Scalars['String']['input'];
  /** true (the default): only check the rows and report; false: import them, if every row is good. */
  dryRun?: Scalars['Boolean']['input'];
  /** The slug of the hub (or teaching school hub) that carried out the reviews. */
  hubSlug: Scalars['String']['input'];
};

/** The result of `requestIntroduction`: the request is on its way to the contact. */
export type IntroductionPayload = {
  __typename?: 'IntroductionPayload';
  /** The Area of Excellence whose contact was emailed. */
  areaOfExcellence: AreaOfExcellence;
};

/** An invitation to join a network. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When it was sent. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The address the invitation was sent to. */
  email: Scalars['String']['output'];
  /** When it stops working if not accepted. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Identifier of this invitation. */
  id: Scalars['ID']['output'];
  /** Who sent the invitation. */
  invitedBy: User;
  /** The network the person is invited to. */
  network: Network;
  /** The role the person will have on accepting. */
  role: NetworkRole;
};

/** An invitation to answer: by the token from its email, or (for an invitation listed in `viewer.invitations`) by its ID. Give one. */
export type InvitationAnswerInput = {
  /** The invitation's ID. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The token from the invitation link. */
  token?: InputMaybe<Scalars['String']['input']>;
};

/** The result of an invitation change. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** The invitation. */
  invitation: Invitation;
};

/** An invitation, by ID. */
export type InvitationRefInput = {
  /** The invitation's ID. */
  id: Scalars['ID']['input'];
};

/** Invite someone to a network by email. */
export type InviteToNetworkInput = {
  /** Where to send the invitation. */
  email: Scalars['String']['input'];
  /** The network's slug. */
  networkSlug: Scalars['String']['input'];
  /** The role the person will have. */
  role: NetworkRole;
};

/** Key stage: EYFS (early years foundation stage), KS1 to KS5. */
export type KeyStage =
  /** Early years foundation stage */
  | 'EYFS'
  /** Key Stage 1 */
  | 'KS1'
  /** Key Stage 2 */
  | 'KS2'
  /** Key Stage 3 */
  | 'KS3'
  /** Key Stage 4 */
  | 'KS4'
  /** Key Stage 5 */
  | 'KS5';

/** A key stage with its label and the year groups it spans. */
export type KeyStageOption = {
  __typename?: 'KeyStageOption';
  /** How to show the value to people, e.g. 'Key Stage 2'. */
  label: Scalars['String']['output'];
  /** The value to send back in inputs and filters. */
  value: KeyStage;
  /** The year groups in this key stage, youngest first. */
  yearGroups: Array<YearGroup>;
};

/** The licence a resource is published under. Public resources need an open licence. */
export type Licence =
  /** All rights reserved */
  | 'ALL_RIGHTS_RESERVED'
  /** Creative Commons Attribution 4.0 International */
  | 'CC_BY_4_0'
  /** Creative Commons Attribution-NonCommercial 4.0 International */
  | 'CC_BY_NC_4_0'
  /** Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International */
  | 'CC_BY_NC_SA_4_0'
  /** Creative Commons Attribution-ShareAlike 4.0 International */
  | 'CC_BY_SA_4_0'
  /** Open Government Licence v3.0 */
  | 'OGL_UK_3_0';

/** How near a strong school is to the network looking for help, nearest first. */
export type MatchTier =
  /** Any other school. */
  | 'NATIONAL'
  /** One of the network's own schools. */
  | 'NETWORK'
  /** A school of a network paired with it (see `pairNetworks`), and not its own. */
  | 'PARTNER';

/** The schools of one tier strong in a theme. */
export type MatchTierSchools = {
  __typename?: 'MatchTierSchools';
  /** The tier's strong schools: those with more Areas of Excellence on the theme first, then more review strengths, then by name (at most 5). */
  schools: Array<MatchedSchool>;
  /** Which tier. */
  tier: MatchTier;
  /** How many strong schools the tier has in all, listed or not. */
  totalSchools: Scalars['Int']['output'];
};

/** A school strong in a theme the network needs, with what it offers on it. */
export type MatchedSchool = {
  __typename?: 'MatchedSchool';
  /** Its validated Areas of Excellence on the theme in force in the period, by title (at most 3). Contact details follow the Area of Excellence's own rule. */
  areasOfExcellence: Array<AreaOfExcellence>;
  /** Whether a review of the period that you may read found the theme a strength of the school. Reviews you may not read never place a school here. */
  reviewStrength: Scalars['Boolean']['output'];
  /** The school. */
  school: School;
  /** Its upcoming events (hosted by it, or showing one of its Areas of Excellence) that you may see, soonest first (at most 3). */
  upcomingEvents: Array<Event>;
};

/** A member of a network. */
export type MemberRefInput = {
  /** The network's slug. */
  networkSlug: Scalars['String']['input'];
  /** The member's user ID. */
  userId: Scalars['ID']['input'];
};

/** A person's place in a network, with their role. */
export type Membership = {
  __typename?: 'Membership';
  /** When the person joined. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Identifier of this membership. */
  id: Scalars['ID']['output'];
  /** The network. */
  network: Network;
  /** What the member may do in the network. */
  role: NetworkRole;
  /** The member. */
  user: User;
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships on this page with their cursors. */
  edges: Array<MembershipEdge>;
  /** The memberships on this page. */
  nodes: Array<Membership>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many memberships there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A membership with its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** The result of a membership change. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** The membership as it is now. */
  membership: Membership;
};

/** Moves a unit of a draft entitlement to another place in the order. */
export type MoveCurriculumUnitInput = {
  /** The unit's new position, from 1 to the number of units. */
  toPosition: Scalars['Int']['input'];
  /** The unit's ID. */
  unitId: Scalars['ID']['input'];
};

/** A resource in a collection and its new place. */
export type MoveResourceInCollectionInput = {
  /** The collection's slug. */
  collectionSlug: Scalars['String']['input'];
  /** Its new place in the list, from 1 to the number of resources in it. */
  position: Scalars['Int']['input'];
  /** The resource's slug (an old slug works too). */
  resourceSlug: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation sent to your email address. */
  acceptInvitation: MembershipPayload;
  /** Adds a unit to a draft, at the end unless a position is given. */
  addCurriculumUnit: CurriculumEntitlementPayload;
  /** Adds a resource you may see to a collection, at the end or at a given place. */
  addResourceToCollection: CollectionPayload;
  /** Adds a finding to a review. */
  addReviewFinding: QualityReviewPayload;
  /** Adds schools to a network by URN (its leads and admins). Nothing is added unless every URN exists. */
  addSchoolsToNetwork: AddSchoolsToNetworkPayload;
  /** Agrees a draft (the network's moderators, and admins): it becomes AGREED and the version agreed before it SUPERSEDED. */
  agreeEntitlement: CurriculumEntitlementPayload;
  /** Withdraws a published resource (moderators). */
  archiveResource: ArchiveResourcePayload;
  /** Cancels your registration; a freed place goes to the earliest person on the waiting list. */
  cancelEventRegistration: EventRegistrationPayload;
  /** Changes a member's role (leads and admins). */
  changeMemberRole: MembershipPayload;
  /** Changes your password and signs out every other session. */
  changePassword: UserPayload;
  /** Creates the account a sign-up confirmation link stands for, and signs in. */
  confirmSignUp: SignInPayload;
  /** Sets a new shared ambition for a network (its moderators and leads, and admins). */
  createAmbition: AmbitionPayload;
  /** Creates a personal API token; the secret is shown once. */
  createApiToken: CreateApiTokenPayload;
  /** Makes a collection: owned by a network you moderate when you name one, otherwise your own. It starts empty. */
  createCollection: CollectionPayload;
  /** Starts a curriculum entitlement: version 1 of a new series, as a draft of a subject network (its contributors, and admins). */
  createCurriculumEntitlement: CurriculumEntitlementPayload;
  /** Starts the next version of a series as a draft holding a copy of the agreed version's units. Refused while a draft exists. */
  createEntitlementDraftFromAgreed: CurriculumEntitlementPayload;
  /** Adds an event (moderators of the host network, of the host school's networks or of the Area of Excellence's school's networks; admins). */
  createEvent: EventPayload;
  /** Adds a network (admins only). */
  createNetwork: CreateNetworkPayload;
  /** Adds an item to a network's action plan, often from a match (the network's moderators and leads; admins). */
  createPlanItem: PlanItemPayload;
  /** Records a quality review of one of a hub's schools, with its findings (the hub's moderators and leads; admins). */
  createQualityReview: QualityReviewPayload;
  /** Starts a draft resource owned by a network you contribute to, with you as its author. */
  createResource: CreateResourcePayload;
  /** Adds a school (admins only). */
  createSchool: CreateSchoolPayload;
  /** Turns down an invitation sent to your email address; it can no longer be accepted. */
  declineInvitation: InvitationPayload;
  /** Deletes a collection; the resources in it stay where they are (those who may change it). */
  deleteCollection: DeleteCollectionPayload;
  /** Deletes a review and all its findings. */
  deleteQualityReview: DeleteQualityReviewPayload;
  /** Checks a CSV of review findings for one hub and, when `dryRun` is false and every row is good, imports it in one transaction. Problems are listed by line and column. */
  importQualityReviews: QualityReviewImportResult;
  /** Invites someone by email to a network (its leads and admins). The email carries a single-use link. */
  inviteToNetwork: InvitationPayload;
  /** Leaves a network. The last lead cannot leave. */
  leaveNetwork: NetworkPayload;
  /** Links a resource that shows the practice. */
  linkResourceToAreaOfExcellence: AreaOfExcellencePayload;
  /** Moves a unit of a draft to another position. */
  moveCurriculumUnit: CurriculumEntitlementPayload;
  /** Moves a resource to another place in a collection. */
  moveResourceInCollection: CollectionPayload;
  /** Pairs two networks as partners, e.g. neighbouring hubs that collaborate (admins only). */
  pairNetworks: NetworkPairPayload;
  /** Proposes an Area of Excellence for a school (contributors of a network the school belongs to). It stays private until a hub moderator validates it. */
  proposeAreaOfExcellence: AreaOfExcellencePayload;
  /** Puts a review's strength forward as an Area of Excellence (as `proposeAreaOfExcellence`, with the review's school, themes, kind and date), linking the two. */
  proposeAreaOfExcellenceFromFinding: ProposeFromFindingPayload;
  /** Publishes a resource in review (the owning network's moderators); a draft too where the network lets moderators publish directly. */
  publishResource: PublishResourcePayload;
  /** Records which agreed version of an entitlement a school teaches, replacing its earlier adoption of the series (contributors of the owning network or of a network the school belongs to, and admins). */
  recordEntitlementAdoption: EntitlementAdoptionPayload;
  /** Says that someone opened a result of a search, for search demand's "results nobody opened". Counts once per search however often it is called; anyone may call it, signed in or not. Always true for a well-formed reference (a search still being written counts too). */
  recordSearchResultOpened: Scalars['Boolean']['output'];
  /** Registers you for an event: CONFIRMED while places are free, WAITLISTED after. Registering again changes nothing. */
  registerForEvent: EventRegistrationPayload;
  /** Removes an attachment (those who may edit the resource). */
  removeAttachment: RemoveAttachmentPayload;
  /** Removes a unit from a draft. */
  removeCurriculumUnit: CurriculumEntitlementPayload;
  /** Removes a member from a network (leads and admins). */
  removeMember: NetworkPayload;
  /** Removes an item from a network's action plan (the network's moderators and leads; admins). */
  removePlanItem: RemovePlanItemPayload;
  /** Takes a resource out of a collection. */
  removeResourceFromCollection: CollectionPayload;
  /** Removes a finding from a review. */
  removeReviewFinding: QualityReviewPayload;
  /** Takes a school out of a network (its leads and admins). */
  removeSchoolFromNetwork: RemoveSchoolFromNetworkPayload;
  /** Renews a validated Area of Excellence: it then expires three years from today (hub moderators). */
  renewAreaOfExcellence: AreaOfExcellencePayload;
  /** Gives a signed, single-use URL to PUT one file to, attaching it to a resource you may edit. The file's type is found from its content; see `FileType` for what is accepted. */
  requestAttachmentUpload: RequestAttachmentUploadPayload;
  /** Emails the Area of Excellence's contact your message with your name, school and email address, so they can reply to you (signed-in people; one request an Area of Excellence and five in all each 12 hours). Your request does not reveal the contact's address to you. */
  requestIntroduction: IntroductionPayload;
  /** For a forgotten password: emails a link that sets a new one (`resetPassword`), valid once for an hour. The same answer whether or not the address has an account. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Sends a resource in review back to draft with a comment for its authors (moderators). */
  requestResourceChanges: RequestResourceChangesPayload;
  /** Sets a new password with the token from a reset link, signs out every session of the account, and signs in. */
  resetPassword: SignInPayload;
  /** Brings back an earlier revision's content as a new revision (those who may edit the resource). */
  restoreResourceRevision: RestoreResourceRevisionPayload;
  /** Revokes one of your personal API tokens. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Withdraws an invitation that has not been accepted. */
  revokeInvitation: InvitationPayload;
  /** Signs out one of your sessions. */
  revokeSession: RevokeSessionPayload;
  /** Signs in with email and password. Repeated failures are refused for a while (RATE_LIMITED). */
  signIn: SignInPayload;
  /** Ends the session this request came with. */
  signOut: SignOutPayload;
  /** Starts creating an account: emails a link that confirms the address, creates the account and signs in (`confirmSignUp`). The same answer whether or not the address already has an account. */
  signUp: SignUpPayload;
  /** Sends a draft to the network's moderators. */
  submitResourceForReview: SubmitResourceForReviewPayload;
  /** Removes a linked resource. */
  unlinkResourceFromAreaOfExcellence: AreaOfExcellencePayload;
  /** Ends a pairing of two networks (admins only). */
  unpairNetworks: NetworkPairPayload;
  /** Changes or reorders a shared ambition (the network's moderators and leads, and admins). */
  updateAmbition: AmbitionPayload;
  /** Changes an Area of Excellence: its proposer and contact while it is a proposal, and the school's hub moderators. */
  updateAreaOfExcellence: AreaOfExcellencePayload;
  /** Renames or moves an attachment (those who may edit the resource). */
  updateAttachment: UpdateAttachmentPayload;
  /** Changes a collection's details (its owner, the owning network's moderators, admins). */
  updateCollection: CollectionPayload;
  /** Changes a draft's title, rationale or visibility (contributors of the owning network, and admins). Agreed versions never change. */
  updateCurriculumEntitlement: CurriculumEntitlementPayload;
  /** Changes a unit of a draft. */
  updateCurriculumUnit: CurriculumEntitlementPayload;
  /** Changes an event (its hosts and admins). */
  updateEvent: EventPayload;
  /** Changes a network's details (its leads and admins; only admins change its kind or parent). */
  updateNetwork: UpdateNetworkPayload;
  /** Changes a plan item's note, owner or due date (the network's moderators and leads; admins). */
  updatePlanItem: PlanItemPayload;
  /** Updates your name, job title or bio. */
  updateProfile: UserPayload;
  /** Changes a review's kind or date (those who may enter it). */
  updateQualityReview: QualityReviewPayload;
  /** Changes a resource (its authors and the network's moderators); saves a new revision. */
  updateResource: UpdateResourcePayload;
  /** Changes a finding of a review. */
  updateReviewFinding: QualityReviewPayload;
  /** Changes a school's details (admins only). */
  updateSchool: UpdateSchoolPayload;
  /** Validates a proposed (or expired) Area of Excellence, making it public for three years (moderators of a hub the school belongs to). */
  validateAreaOfExcellence: AreaOfExcellencePayload;
};


export type MutationAcceptInvitationArgs = {
  input: InvitationAnswerInput;
};


export type MutationAddCurriculumUnitArgs = {
  input: AddCurriculumUnitInput;
};


export type MutationAddResourceToCollectionArgs = {
  input: AddResourceToCollectionInput;
};


export type MutationAddReviewFindingArgs = {
  input: AddReviewFindingInput;
};


export type MutationAddSchoolsToNetworkArgs = {
  input: AddSchoolsToNetworkInput;
};


export type MutationAgreeEntitlementArgs = {
  input: EntitlementVersionInput;
};


export type MutationArchiveResourceArgs = {
  input: ResourceRefInput;
};


export type MutationCancelEventRegistrationArgs = {
  input: EventRefInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationConfirmSignUpArgs = {
  input: ConfirmSignUpInput;
};


export type MutationCreateAmbitionArgs = {
  input: CreateAmbitionInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCollectionArgs = {
  input: CreateCollectionInput;
};


export type MutationCreateCurriculumEntitlementArgs = {
  input: CreateCurriculumEntitlementInput;
};


export type MutationCreateEntitlementDraftFromAgreedArgs = {
  input: EntitlementSeriesInput;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


export type MutationCreatePlanItemArgs = {
  input: CreatePlanItemInput;
};


export type MutationCreateQualityReviewArgs = {
  input: CreateQualityReviewInput;
};


export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
};


export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


export type MutationDeclineInvitationArgs = {
  input: InvitationAnswerInput;
};


export type MutationDeleteCollectionArgs = {
  input: CollectionRefInput;
};


export type MutationDeleteQualityReviewArgs = {
  input: QualityReviewRefInput;
};


export type MutationImportQualityReviewsArgs = {
  input: ImportQualityReviewsInput;
};


export type MutationInviteToNetworkArgs = {
  input: InviteToNetworkInput;
};


export type MutationLeaveNetworkArgs = {
  input: NetworkRefInput;
};


export type MutationLinkResourceToAreaOfExcellenceArgs = {
  input: AreaOfExcellenceResourceInput;
};


export type MutationMoveCurriculumUnitArgs = {
  input: MoveCurriculumUnitInput;
};


export type MutationMoveResourceInCollectionArgs = {
  input: MoveResourceInCollectionInput;
};


export type MutationPairNetworksArgs = {
  input: NetworkPairInput;
};


export type MutationProposeAreaOfExcellenceArgs = {
  input: ProposeAreaOfExcellenceInput;
};


export type MutationProposeAreaOfExcellenceFromFindingArgs = {
  input: ProposeAreaOfExcellenceFromFindingInput;
};


export type MutationPublishResourceArgs = {
  input: ResourceRefInput;
};


export type MutationRecordEntitlementAdoptionArgs = {
  input: RecordEntitlementAdoptionInput;
};


export type MutationRecordSearchResultOpenedArgs = {
  searchRef: Scalars['String']['input'];
};


export type MutationRegisterForEventArgs = {
  input: EventRefInput;
};


export type MutationRemoveAttachmentArgs = {
  input: AttachmentRefInput;
};


export type MutationRemoveCurriculumUnitArgs = {
  input: CurriculumUnitRefInput;
};


export type MutationRemoveMemberArgs = {
  input: MemberRefInput;
};


export type MutationRemovePlanItemArgs = {
  input: PlanItemRefInput;
};


export type MutationRemoveResourceFromCollectionArgs = {
  input: CollectionResourceInput;
};


export type MutationRemoveReviewFindingArgs = {
  input: ReviewFindingRefInput;
};


export type MutationRemoveSchoolFromNetworkArgs = {
  input: RemoveSchoolFromNetworkInput;
};


export type MutationRenewAreaOfExcellenceArgs = {
  input: AreaOfExcellenceRefInput;
};


export type MutationRequestAttachmentUploadArgs = {
  input: RequestAttachmentUploadInput;
};


export type MutationRequestIntroductionArgs = {
  input: RequestIntroductionInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationRequestResourceChangesArgs = {
  input: RequestResourceChangesInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRestoreResourceRevisionArgs = {
  input: RestoreResourceRevisionInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeInput;
};


export type MutationRevokeInvitationArgs = {
  input: InvitationRefInput;
};


export type MutationRevokeSessionArgs = {
  input: RevokeInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSubmitResourceForReviewArgs = {
  input: ResourceRefInput;
};


export type MutationUnlinkResourceFromAreaOfExcellenceArgs = {
  input: AreaOfExcellenceResourceInput;
};


export type MutationUnpairNetworksArgs = {
  input: NetworkPairInput;
};


export type MutationUpdateAmbitionArgs = {
  input: UpdateAmbitionInput;
};


export type MutationUpdateAreaOfExcellenceArgs = {
  input: UpdateAreaOfExcellenceInput;
};


export type MutationUpdateAttachmentArgs = {
  input: UpdateAttachmentInput;
};


export type MutationUpdateCollectionArgs = {
  input: UpdateCollectionInput;
};


export type MutationUpdateCurriculumEntitlementArgs = {
  input: UpdateCurriculumEntitlementInput;
};


export type MutationUpdateCurriculumUnitArgs = {
  input: UpdateCurriculumUnitInput;
};


export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


export type MutationUpdateNetworkArgs = {
  input: UpdateNetworkInput;
};


export type MutationUpdatePlanItemArgs = {
  input: UpdatePlanItemInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateQualityReviewArgs = {
  input: UpdateQualityReviewInput;
};


export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
};


export type MutationUpdateReviewFindingArgs = {
  input: UpdateReviewFindingInput;
};


export type MutationUpdateSchoolArgs = {
  input: UpdateSchoolInput;
};


export type MutationValidateAreaOfExcellenceArgs = {
  input: AreaOfExcellenceRefInput;
};

/** Theme counts across every hub's schools, for national partnership leads and admins; any count drawn from fewer than 3 schools is withheld outside the hub it belongs to. */
export type NationalInsight = {
  __typename?: 'NationalInsight';
  /** The first day counted. */
  from: Scalars['LocalDate']['output'];
  /** The same per hub: by hub name, then in the taxonomy's order; a hub with nothing to count has no rows. */
  hubThemes: Array<HubThemeInsight>;
  /** The phase counted, when one was asked for. */
  phase?: Maybe<Phase>;
  /** The first day of the previous period (as long, ending the day before `from`). */
  previousFrom: Scalars['LocalDate']['output'];
  /** The last day of the previous period: the day before `from`. */
  previousTo: Scalars['LocalDate']['output'];
  /** The fewest schools a count shown to everyone is drawn from (3). */
  suppressionThreshold: Scalars['Int']['output'];
  /** Each theme across the schools of all hubs (a school in two hubs counts once). */
  themes: Array<SuppressedThemeInsight>;
  /** The last day counted. */
  to: Scalars['LocalDate']['output'];
};

/** A group of schools or leaders: a trust, a hub, a teaching school hub, or a network, group or partnership inside or across them. */
export type Network = Node & {
  __typename?: 'Network';
  /** The goals the network has set for its schools, in order. */
  ambitions: Array<SharedAmbition>;
  /** The networks directly inside this one, by name. */
  children: NetworkConnection;
  /** When the network was added. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the network is for and who belongs to it. */
  description: Scalars['String']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** What sort of network this is. */
  kind: NetworkKind;
  /** Whether the network's moderators may publish material directly, without a separate review. */
  moderatorsPublishDirectly: Scalars['Boolean']['output'];
  /** The network's name. */
  name: Scalars['String']['output'];
  /** The network this one sits inside, e.g. the trust of a subject network; null when top-level. */
  parent?: Maybe<Network>;
  /** Networks paired with this one for collaboration (e.g. hub-to-hub), by name. */
  partners: Array<Network>;
  /** Invitations waiting for an answer; null unless you manage the network. */
  pendingInvitations?: Maybe<Array<Invitation>>;
  /** The network's members and their roles; null unless you belong to the network or are an admin. */
  people?: Maybe<MembershipConnection>;
  /** The quality reviews this hub carried out, newest first, of those you may read (its moderators and leads read all; a school's staff their school's). */
  qualityReviews: QualityReviewConnection;
  /** The English region the network serves; null when national. */
  region?: Maybe<Region>;
  /** The network's member schools, by name. */
  schools: SchoolConnection;
  /** Stable, human-readable identifier used in links. */
  slug: Scalars['String']['output'];
  /** The subject a subject network is about, e.g. `History`. */
  subject?: Maybe<Scalars['String']['output']>;
  /** When the network's details last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Whether you may enter this network's quality reviews: it is a hub and you moderate or lead it (or are an admin). */
  viewerCanEnterQualityReviews: Scalars['Boolean']['output'];
  /** Whether you may manage this network's members, roles and invitations (its leads and admins). */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Whether you may see this network's insight (`networkInsight`, `networkSearchDemand`): its members, moderators and leads, and admins. */
  viewerCanSeeInsight: Scalars['Boolean']['output'];
};


/** A group of schools or leaders: a trust, a hub, a teaching school hub, or a network, group or partnership inside or across them. */
export type NetworkChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A group of schools or leaders: a trust, a hub, a teaching school hub, or a network, group or partnership inside or across them. */
export type NetworkPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A group of schools or leaders: a trust, a hub, a teaching school hub, or a network, group or partnership inside or across them. */
export type NetworkQualityReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A group of schools or leaders: a trust, a hub, a teaching school hub, or a network, group or partnership inside or across them. */
export type NetworkSchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of networks. */
export type NetworkConnection = {
  __typename?: 'NetworkConnection';
  /** The networks on this page with their cursors. */
  edges: Array<NetworkEdge>;
  /** The networks on this page. */
  nodes: Array<Network>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many networks there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A network with its cursor. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The network. */
  node: Network;
};

/** Aggregates of a network's schools for planning: counts only, no review text. For the network's members, moderators and leads, and admins. */
export type NetworkInsight = {
  __typename?: 'NetworkInsight';
  /** Each agreed curriculum entitlement the network owns (that the viewer may see), by title. */
  coverage: Array<EntitlementInsight>;
  /** The first day counted. */
  from: Scalars['LocalDate']['output'];
  /** The phase counted, when one was asked for. */
  phase?: Maybe<Phase>;
  /** The first day of the previous period (as long, ending the day before `from`). */
  previousFrom: Scalars['LocalDate']['output'];
  /** The last day of the previous period: the day before `from`. */
  previousTo: Scalars['LocalDate']['output'];
  /** How many of them had a quality review in the period (with the phase asked for); 0 means the counts below say nothing yet. */
  reviewedSchools: Scalars['Int']['output'];
  /** How many schools the network has. */
  schools: Scalars['Int']['output'];
  /** The themes some school of the network is strong in or has to develop, in either period; in the taxonomy's order. */
  themes: Array<ThemeInsight>;
  /** The last day counted. */
  to: Scalars['LocalDate']['output'];
};

/** What sort of group of schools or leaders a network is. */
export type NetworkKind =
  /** A local group of schools inside a national partnership, led by a hub manager and senior partners. */
  | 'HUB'
  /** Leaders gathered around a shared interest; forms and evolves freely. */
  | 'INTEREST_GROUP'
  /** Senior leaders working together on one element of school improvement. */
  | 'LEADERSHIP_GROUP'
  /** A national partnership of hubs working to a shared framework. */
  | 'PARTNERSHIP'
  /** Middle leaders of one subject, usually across a trust's schools. */
  | 'SUBJECT_NETWORK'
  /** A government-designated teaching school hub delivering professional development to its area. */
  | 'TEACHING_SCHOOL_HUB'
  /** A multi-academy trust: runs a family of schools and organises them into networks. */
  | 'TRUST';

/** Matches for action planning: for each theme the network's schools have to develop, the schools strong in it, nearest first, with their Areas of Excellence, contacts, events and resources. */
export type NetworkMatches = {
  __typename?: 'NetworkMatches';
  /** The first day counted. */
  from: Scalars['LocalDate']['output'];
  /** The phase counted, when one was asked for. */
  phase?: Maybe<Phase>;
  /** Each theme at least one of the network's schools has to develop, in the taxonomy's order. */
  themes: Array<ThemeMatches>;
  /** The last day counted. */
  to: Scalars['LocalDate']['output'];
};

/** Two networks to pair as partners, or to unpair. The order does not matter. */
export type NetworkPairInput = {
  /** Slug of one network. */
  networkSlug: Scalars['String']['input'];
  /** Slug of the other network. */
  partnerSlug: Scalars['String']['input'];
};

/** The result of `pairNetworks` or `unpairNetworks`. */
export type NetworkPairPayload = {
  __typename?: 'NetworkPairPayload';
  /** The network named by `networkSlug`. */
  network: Network;
  /** The network named by `partnerSlug`. */
  partner: Network;
};

/** The result of leaving a network or removing a member. */
export type NetworkPayload = {
  __typename?: 'NetworkPayload';
  /** The network as it is now. */
  network: Network;
};

/** A network, by slug. */
export type NetworkRefInput = {
  /** The network's slug. */
  networkSlug: Scalars['String']['input'];
};

/** A network's quality reviews summed up for a period: the themes found strong and to develop, most frequent first, how each moved since the previous period, and representative findings quoted for those who may read them. Compiled from the reviews' own data. */
export type NetworkReviewSummary = {
  __typename?: 'NetworkReviewSummary';
  /** Themes found as areas for development, in the same order. */
  developments: Array<ReviewSummaryTheme>;
  /** The first day counted. */
  from: Scalars['LocalDate']['output'];
  /** The phase counted, when one was asked for. */
  phase?: Maybe<Phase>;
  /** The first day of the previous period (as long, ending the day before `from`). */
  previousFrom: Scalars['LocalDate']['output'];
  /** `reviews` in the previous period. */
  previousReviews: Scalars['Int']['output'];
  /** The last day of the previous period: the day before `from`. */
  previousTo: Scalars['LocalDate']['output'];
  /** Reviews of the network's schools in the period (with a finding of the phase asked). */
  reviews: Scalars['Int']['output'];
  /** Themes found as strengths in either period: most schools first, then most findings, then in the taxonomy's order (so themes gone since the previous period come last). */
  strengths: Array<ReviewSummaryTheme>;
  /** The last day counted. */
  to: Scalars['LocalDate']['output'];
};

/** A person's role in a network; each role includes the permissions of the ones before it. */
export type NetworkRole =
  /** Also drafts material and submits it for review. */
  | 'CONTRIBUTOR'
  /** Also manages the network's membership and roles. */
  | 'LEAD'
  /** Sees the network's network-only material. */
  | 'MEMBER'
  /** Also reviews, publishes and curates the network's material. */
  | 'MODERATOR';

/** An object with a globally unique ID, fetchable with `node(id:)`. */
export type Node = {
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
};

/** How a list of schools or networks is ordered. */
export type OrganisationOrder =
  /** By name, A to Z. */
  | 'NAME'
  /** Most recently added first. */
  | 'NEWEST';

/** Cursor-based paging information (Relay connection specification). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` to fetch the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a page precedes this one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Phase of education a school serves or material is for. */
export type Phase =
  /** All-through */
  | 'ALL_THROUGH'
  /** Alternative provision */
  | 'ALTERNATIVE_PROVISION'
  /** Nursery */
  | 'NURSERY'
  /** Post-16 */
  | 'POST_16'
  /** Primary */
  | 'PRIMARY'
  /** Secondary */
  | 'SECONDARY'
  /** Special */
  | 'SPECIAL';

/** A phase of education with its label, for pickers and filters. */
export type PhaseOption = {
  __typename?: 'PhaseOption';
  /** How to show the value to people, e.g. 'All-through'. */
  label: Scalars['String']['output'];
  /** The value to send back in inputs and filters. */
  value: Phase;
};

/** An item of a network's action plan: what to do about one of its areas for development, who owns it and by when. Seen only by the network's moderators and leads, and admins. */
export type PlanItem = Node & {
  __typename?: 'PlanItem';
  /** The matched school's Area of Excellence to learn from, when one was chosen. */
  areaOfExcellence?: Maybe<AreaOfExcellence>;
  /** When it was added. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who added it (null once their account is gone). */
  createdBy?: Maybe<User>;
  /** When it is due, if a date was set. */
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The network whose plan it is. */
  network: Network;
  /** What is to be done, briefly (at most 500 characters). */
  note: Scalars['String']['output'];
  /** Who owns it, as the network names them (at most 120 characters). */
  owner?: Maybe<Scalars['String']['output']>;
  /** The school to learn from, when one was matched. */
  school?: Maybe<School>;
  /** The theme (an area for development) it addresses. */
  theme: Theme;
  /** When it last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The result of `createPlanItem` or `updatePlanItem`. */
export type PlanItemPayload = {
  __typename?: 'PlanItemPayload';
  /** The plan item as it is now. */
  planItem: PlanItem;
};

/** Names one plan item. */
export type PlanItemRefInput = {
  /** The plan item's ID. */
  id: Scalars['ID']['input'];
};

/** A strength of a review put forward as an Area of Excellence. Its school, themes, review kind and date come from the review. */
export type ProposeAreaOfExcellenceFromFindingInput = {
  /** The contact's user ID; you, when left out. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** The evidence, in Markdown; a line naming the review it came from is added at its end. */
  evidence: Scalars['String']['input'];
  /** The ID of the finding (a strength). */
  findingId: Scalars['ID']['input'];
  /** The review's overall estimate, if it gave one. */
  overallEstimate?: InputMaybe<Scalars['String']['input']>;
  /** The phase of the strength; the finding's phase, or else the school's, when left out. */
  phase?: InputMaybe<Phase>;
  /** Lower-case words joined by hyphens, e.g. `camden-primary-early-reading`. */
  slug: Scalars['String']['input'];
  /** One or two sentences on the strength (10 to 300 characters). */
  summary: Scalars['String']['input'];
  /** What the school is strong at, e.g. 'Early reading and phonics'. */
  title: Scalars['String']['input'];
};

/** A proposed Area of Excellence: a school's strength, recognised through a review. */
export type ProposeAreaOfExcellenceInput = {
  /** Slugs of the shared ambitions the practice serves; the `ambitions` query lists them. */
  ambitionSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The contact's user ID; you, when left out. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** The evidence, in Markdown (at most 100 KB). */
  evidence: Scalars['String']['input'];
  /** The review's overall estimate, if it gave one. */
  overallEstimate?: InputMaybe<Scalars['String']['input']>;
  /** The phase of education the strength is in. */
  phase: Phase;
  /** The date of that review. */
  reviewDate: Scalars['LocalDate']['input'];
  /** The URN of the school that is strong at this. */
  schoolUrn: Scalars['String']['input'];
  /** Lower-case words joined by hyphens, e.g. `camden-primary-early-reading`. */
  slug: Scalars['String']['input'];
  /** The kind of review the strength was recognised through. */
  sourceReview: ReviewKind;
  /** One or two sentences (at most 300 characters). */
  summary: Scalars['String']['input'];
  /** Slugs of the themes it is about (at least one); the `themes` query lists them. */
  themeSlugs: Array<Scalars['String']['input']>;
  /** What the school is strong at, e.g. 'Early reading and phonics'. */
  title: Scalars['String']['input'];
};

/** The result of `proposeAreaOfExcellenceFromFinding`. */
export type ProposeFromFindingPayload = {
  __typename?: 'ProposeFromFindingPayload';
  /** The Area of Excellence proposed (private until a hub validates it). */
  areaOfExcellence: AreaOfExcellence;
  /** The strength it was proposed from, now linked to it. */
  finding: ReviewFinding;
};

/** The result of `publishResource`. */
export type PublishResourcePayload = {
  __typename?: 'PublishResourcePayload';
  /** The resource as it is now. */
  resource: Resource;
};

/** A quality review (QAR or MLQAR) of one school by one of its hubs, with what it found strong and what to develop. Seen only by the school's staff, the hub's moderators and leads, and admins. */
export type QualityReview = Node & {
  __typename?: 'QualityReview';
  /** When it was entered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the review found, in the order entered. */
  findings: Array<ReviewFinding>;
  /** The hub (or teaching school hub) that carried out the review. */
  hub: Network;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The kind of review. */
  kind: QualityReviewKind;
  /** The day the review took place (never in the future). */
  reviewDate: Scalars['LocalDate']['output'];
  /** The school reviewed. */
  school: School;
  /** When it or its findings last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Whether you may change or delete it and its findings (the hub's moderators and leads; admins). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of quality reviews. */
export type QualityReviewConnection = {
  __typename?: 'QualityReviewConnection';
  /** The quality reviews on this page with their cursors. */
  edges: Array<QualityReviewEdge>;
  /** The quality reviews on this page. */
  nodes: Array<QualityReview>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many quality reviews there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A qualityreview with its cursor. */
export type QualityReviewEdge = {
  __typename?: 'QualityReviewEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The qualityreview. */
  node: QualityReview;
};

/** What a CSV import found, and whether it imported anything. */
export type QualityReviewImportResult = {
  __typename?: 'QualityReviewImportResult';
  /** Whether this was only a check. */
  dryRun: Scalars['Boolean']['output'];
  /** How many findings the rows hold (imported, or that would be). */
  findingCount: Scalars['Int']['output'];
  /** Whether the rows were imported: only when not a dry run and no row has a problem. */
  imported: Scalars['Boolean']['output'];
  /** Every problem found, by line then column; empty when all is well. */
  problems: Array<ReviewImportProblem>;
  /** How many reviews the rows make (imported, or that would be). */
  reviewCount: Scalars['Int']['output'];
};

/** The kind of quality review a hub carried out. */
export type QualityReviewKind =
  /** A Middle Leaders Quality Assurance Review, led by and for middle leaders. */
  | 'MLQAR'
  /** A Quality Assurance Review of the school's leadership, curriculum and teaching. */
  | 'QAR';

/** The result of a mutation that changes a quality review or its findings. */
export type QualityReviewPayload = {
  __typename?: 'QualityReviewPayload';
  /** The finding added or changed, for `addReviewFinding` and `updateReviewFinding`; null otherwise. */
  finding?: Maybe<ReviewFinding>;
  /** The review as it is now. */
  qualityReview: QualityReview;
};

/** Names one quality review. */
export type QualityReviewRefInput = {
  /** The review's ID. */
  id: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** A shared ambition by its slug, or null when there is none. */
  ambition?: Maybe<SharedAmbition>;
  /** Shared ambitions in each network's order: one network's, or every network's grouped by network name. */
  ambitions: Array<SharedAmbition>;
  /** An Area of Excellence by its slug, or null when there is none you may see. */
  areaOfExcellence?: Maybe<AreaOfExcellence>;
  /** Areas of Excellence you may see (validated ones are public; proposals only to their proposer, contact and hub moderators). */
  areasOfExcellence: AreaOfExcellenceConnection;
  /** A collection by its slug, or null when there is none you may see. */
  collection?: Maybe<Collection>;
  /** The collections you may see, narrowed by a filter. */
  collections: CollectionConnection;
  /** What changed between two versions of an entitlement: units added, removed and changed (matched by `unitKey`, so renamed units still match). */
  compareEntitlementVersions: EntitlementComparison;
  /** The fields that differ from one revision to another; null unless the viewer may edit the resource. */
  compareResourceRevisions?: Maybe<Array<ResourceFieldChange>>;
  /** One version of an entitlement series. Without `version`: the agreed version if you may see it, else the latest version you may see. Null when there is none you may see. */
  curriculumEntitlement?: Maybe<CurriculumEntitlement>;
  /** Entitlement versions you may see, newest first unless asked otherwise, optionally narrowed by a filter. */
  curriculumEntitlements: CurriculumEntitlementConnection;
  /** For a subject network: which version of each of its agreed entitlements every school teaches (the schools of its parent trust if it has one, else its own schools). */
  entitlementCoverage: Array<EntitlementCoverageRow>;
  /** An event by its slug, or null when there is none you may see. */
  event?: Maybe<Event>;
  /** Events you may see, soonest first unless asked otherwise. */
  events: EventConnection;
  /** The invitation behind an emailed link, for whoever holds the link; null when the token is unknown, used, withdrawn or expired. */
  invitationByToken?: Maybe<Invitation>;
  /** The local authorities that have schools on the hub, alphabetically: values for `SchoolFilter.localAuthority`. */
  localAuthorities: Array<Scalars['String']['output']>;
  /** Theme counts across every hub's schools and per hub, for admins and leads of a national partnership; counts drawn from 1 or 2 schools are withheld outside the hub they belong to. */
  nationalInsight: NationalInsight;
  /** A network by its slug, or null when there is none. */
  network?: Maybe<Network>;
  /** A network's schools counted by review theme over a period (with the previous period of equal length beside it): counts only, no review text. For the network's members, moderators and leads, and admins. */
  networkInsight: NetworkInsight;
  /** Matches for action planning: for each of a network's areas for development in the period, the schools strong in it (the network's own, then partner networks', then national), with what you may see of their Areas of Excellence, contacts, upcoming events and resources. For the network's members, moderators and leads, and admins. */
  networkMatches: NetworkMatches;
  /** A network's action plan, soonest due first (undated last), then oldest first; at most 200 items. For the network's moderators and leads, and admins. */
  networkPlan: Array<PlanItem>;
  /** A network's quality reviews summed up for a period (and phase): the most frequent strength and development themes with counts of schools and findings, what changed since the previous period of equal length, and findings quoted with their school and review date to those who may read those reviews. For the network's members, moderators and leads, and admins. */
  networkReviewSummary: NetworkReviewSummary;
  /** What a network's members searched for over a period: the most searched queries, those that found nothing and those whose results nobody opened. For the network's people (its leads and moderators plan with it) and admins. */
  networkSearchDemand: SearchDemand;
  /** Networks, by name unless asked otherwise, optionally of one kind, inside one network, in one region or matching a name. */
  networks: NetworkConnection;
  /** Fetches any object by its global ID. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by their global IDs, in the order asked; null in place of any ID that names nothing you may see. */
  nodes: Array<Maybe<Node>>;
  /** What anonymous visitors searched for over a period (the public view of search demand). For moderators and leads of any network, and admins. */
  publicSearchDemand: SearchDemand;
  /** Markdown rendered to HTML exactly as a resource body is (`Resource.bodyHtml`), sanitised: for an editor's preview. */
  renderMarkdown: Scalars['String']['output'];
  /** A resource by its slug, or null when there is none the viewer may see. An old slug finds the resource too; its `slug` is then the current one, to redirect to. */
  resource?: Maybe<Resource>;
  /** One saved version of a resource; null unless the viewer may edit the resource. */
  resourceRevision?: Maybe<ResourceRevision>;
  /** The resources the viewer may see, narrowed by a filter. */
  resources: ResourceConnection;
  /** A school by its URN or its slug (give exactly one), or null when there is none. */
  school?: Maybe<School>;
  /** Schools, by name unless asked otherwise, optionally filtered. */
  schools: SchoolConnection;
  /** One search across resources, Areas of Excellence, curriculum entitlements, events, schools and networks, with typo tolerance and the sector's synonyms. Hits, totals and facet counts cover only what the viewer may see. */
  search: SearchConnection;
  /** The search index's lag behind the database. */
  searchStatus: SearchStatus;
  /** Titles matching what someone is typing, among published material the viewer may see. */
  searchSuggestions: Array<SearchSuggestion>;
  /** A block of one kind's public pages for a sitemap file: only what the public may see, whoever asks, oldest first. */
  sitemap: SitemapPage;
  /** A subject by its slug, or null when there is none. */
  subject?: Maybe<Subject>;
  /** Every subject, in the usual curriculum order. */
  subjects: Array<Subject>;
  /** The fixed vocabularies (phases, key stages, year groups, regions) with labels for user interfaces. */
  taxonomy: Taxonomy;
  /** A theme by its slug, or null when there is none. */
  theme?: Maybe<Theme>;
  /** Every school-improvement theme, in display order. */
  themes: Array<Theme>;
  /** You, when signed in; null for the public. */
  viewer?: Maybe<Viewer>;
};


export type QueryAmbitionArgs = {
  slug: Scalars['String']['input'];
};


export type QueryAmbitionsArgs = {
  networkSlug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAreaOfExcellenceArgs = {
  slug: Scalars['String']['input'];
};


export type QueryAreasOfExcellenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AreaOfExcellenceFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: AreaOfExcellenceOrder;
};


export type QueryCollectionArgs = {
  slug: Scalars['String']['input'];
};


export type QueryCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectionFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: CollectionOrder;
};


export type QueryCompareEntitlementVersionsArgs = {
  from: Scalars['Int']['input'];
  slug: Scalars['String']['input'];
  to: Scalars['Int']['input'];
};


export type QueryCompareResourceRevisionsArgs = {
  from: Scalars['Int']['input'];
  slug: Scalars['String']['input'];
  to: Scalars['Int']['input'];
};


export type QueryCurriculumEntitlementArgs = {
  slug: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCurriculumEntitlementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CurriculumEntitlementFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: CurriculumEntitlementOrder;
};


export type QueryEntitlementCoverageArgs = {
  networkSlug: Scalars['String']['input'];
};


export type QueryEventArgs = {
  slug: Scalars['String']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: EventOrder;
};


export type QueryInvitationByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QueryNationalInsightArgs = {
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  phase?: InputMaybe<Phase>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryNetworkArgs = {
  slug: Scalars['String']['input'];
};


export type QueryNetworkInsightArgs = {
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  network: Scalars['String']['input'];
  phase?: InputMaybe<Phase>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryNetworkMatchesArgs = {
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  network: Scalars['String']['input'];
  phase?: InputMaybe<Phase>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryNetworkPlanArgs = {
  network: Scalars['String']['input'];
};


export type QueryNetworkReviewSummaryArgs = {
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  network: Scalars['String']['input'];
  phase?: InputMaybe<Phase>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryNetworkSearchDemandArgs = {
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  network: Scalars['String']['input'];
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryNetworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<NetworkKind>;
  orderBy?: OrganisationOrder;
  parentSlug?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Region>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPublicSearchDemandArgs = {
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryRenderMarkdownArgs = {
  markdown: Scalars['String']['input'];
};


export type QueryResourceArgs = {
  slug: Scalars['String']['input'];
};


export type QueryResourceRevisionArgs = {
  number: Scalars['Int']['input'];
  resourceSlug: Scalars['String']['input'];
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: ResourceOrder;
};


export type QuerySchoolArgs = {
  slug?: InputMaybe<Scalars['String']['input']>;
  urn?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SchoolFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: OrganisationOrder;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: Scalars['Int']['input'];
  includeUnpublished?: Scalars['Boolean']['input'];
  kinds?: InputMaybe<Array<SearchKind>>;
  orderBy?: SearchOrder;
  query?: Scalars['String']['input'];
  recordDemand?: Scalars['Boolean']['input'];
};


export type QuerySearchSuggestionsArgs = {
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<SearchKind>>;
  prefix: Scalars['String']['input'];
};


export type QuerySitemapArgs = {
  kind: SitemapKind;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QuerySubjectArgs = {
  slug: Scalars['String']['input'];
};


export type QueryThemeArgs = {
  slug: Scalars['String']['input'];
};

/** Records which version of an entitlement a school teaches. */
export type RecordEntitlementAdoptionInput = {
  /** The day the school began teaching it, as YYYY-MM-DD. */
  adoptedOn: Scalars['String']['input'];
  /** How the school adapts the entitlement to its context. */
  localNotes?: InputMaybe<Scalars['String']['input']>;
  /** The school's six-digit URN. */
  schoolUrn: Scalars['String']['input'];
  /** The entitlement series slug. */
  slug: Scalars['String']['input'];
  /** The agreed (or superseded) version the school teaches. */
  version: Scalars['Int']['input'];
};

/** One of the nine English regions. */
export type Region =
  /** East Midlands */
  | 'EAST_MIDLANDS'
  /** East of England */
  | 'EAST_OF_ENGLAND'
  /** London */
  | 'LONDON'
  /** North East */
  | 'NORTH_EAST'
  /** North West */
  | 'NORTH_WEST'
  /** South East */
  | 'SOUTH_EAST'
  /** South West */
  | 'SOUTH_WEST'
  /** West Midlands */
  | 'WEST_MIDLANDS'
  /** Yorkshire and the Humber */
  | 'YORKSHIRE_AND_THE_HUMBER';

/** A region of England with its label, for pickers and filters. */
export type RegionOption = {
  __typename?: 'RegionOption';
  /** How to show the value to people, e.g. 'North East'. */
  label: Scalars['String']['output'];
  /** The value to send back in inputs and filters. */
  value: Region;
};

/** Where a registration for an event stands. */
export type RegistrationStatus =
  /** Cancelled by the person; the place went to the next on the waiting list. */
  | 'CANCELLED'
  /** Has a place. */
  | 'CONFIRMED'
  /** Waiting for a place; places go to the waiting list in order. */
  | 'WAITLISTED';

/** The resource the attachment was removed from. */
export type RemoveAttachmentPayload = {
  __typename?: 'RemoveAttachmentPayload';
  /** The resource, with its remaining attachments. */
  resource: Resource;
};

/** The result of `removePlanItem`. */
export type RemovePlanItemPayload = {
  __typename?: 'RemovePlanItemPayload';
  /** The ID of the plan item removed. */
  removedId: Scalars['ID']['output'];
};

/** A school to take out of a network. */
export type RemoveSchoolFromNetworkInput = {
  /** The network's slug. */
  networkSlug: Scalars['String']['input'];
  /** The URN of the school to remove. */
  urn: Scalars['String']['input'];
};

/** The result of `removeSchoolFromNetwork`. */
export type RemoveSchoolFromNetworkPayload = {
  __typename?: 'RemoveSchoolFromNetworkPayload';
  /** The network the school was removed from. */
  network: Network;
  /** The school that left the network. */
  school: School;
};

/** A file you are about to attach to a resource. */
export type RequestAttachmentUploadInput = {
  /** The file's name, kept for downloads (1 to 255 characters, no slashes or control characters). */
  filename: Scalars['String']['input'];
  /** The resource's slug (an old slug works too). */
  resourceSlug: Scalars['String']['input'];
  /** What the file is, in words (1 to 200 characters). */
  title: Scalars['String']['input'];
};

/** Where to send a file's bytes: PUT them to `uploadUrl` once, before `expiresAt`. */
export type RequestAttachmentUploadPayload = {
  __typename?: 'RequestAttachmentUploadPayload';
  /** When the address stops working. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The largest file accepted, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** A signed, single-use address. PUT the raw bytes to it; the answer (201) is JSON holding the new attachment's `id`. */
  uploadUrl: Scalars['String']['output'];
};

/** A request to be introduced to the contact of an Area of Excellence. */
export type RequestIntroductionInput = {
  /** What you would like to learn or arrange, for the contact to read (20 to 2000 characters). */
  message: Scalars['String']['input'];
  /** The Area of Excellence's slug. */
  slug: Scalars['String']['input'];
};

/** Asks for an email with a link that sets a new password. */
export type RequestPasswordResetInput = {
  /** The email address of the account. */
  email: Scalars['String']['input'];
};

/** A password reset was asked for. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** The address the email went to. Its link sets a new password (`resetPassword`). The answer is the same when the address has no account (its owner is told so by email instead). */
  email: Scalars['String']['output'];
};

/** A moderator's request for changes to a resource in review. */
export type RequestResourceChangesInput = {
  /** What the authors should change; shown to them with the draft. */
  comment: Scalars['String']['input'];
  /** The resource's slug. */
  slug: Scalars['String']['input'];
};

/** The result of `requestResourceChanges`. */
export type RequestResourceChangesPayload = {
  __typename?: 'RequestResourceChangesPayload';
  /** The resource as it is now. */
  resource: Resource;
};

/** A new password, with the token from a password reset link. */
export type ResetPasswordInput = {
  /** At least 12 characters; not a common password. */
  newPassword: Scalars['String']['input'];
  /** The token from the link in the password reset email. */
  token: Scalars['String']['input'];
  /** Which program is signing in, e.g. the browser. */
  userAgent?: InputMaybe<Scalars['String']['input']>;
};

/** A piece of best practice shared through the hub: a guide, toolkit, case study and so on. */
export type Resource = Node & {
  __typename?: 'Resource';
  /** The shared ambitions the resource serves. */
  ambitions: Array<SharedAmbition>;
  /** The Areas of Excellence you may see that list this resource, by title. */
  areasOfExcellence: Array<AreaOfExcellence>;
  /** The files attached to the resource, in their order. */
  attachments: Array<Attachment>;
  /** The people who wrote the resource. */
  authors: Array<User>;
  /** The resource itself, as Markdown. `bodyHtml` gives it as safe HTML. */
  body: Scalars['String']['output'];
  /** The body rendered from Markdown to HTML that is safe to show. */
  bodyHtml: Scalars['String']['output'];
  /** The collections containing this resource that you may see, by title. */
  collections: Array<Collection>;
  /** When the resource was first saved. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The curriculum units that link to this resource, in entitlement versions you may see (newest version first). */
  curriculumUnits: Array<CurriculumUnit>;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Key stages the resource is for. */
  keyStages: Array<KeyStage>;
  /** The licence the resource is published under. */
  licence: Licence;
  /** The licence's name, e.g. 'Creative Commons Attribution 4.0 International'. */
  licenceLabel: Scalars['String']['output'];
  /** The licence's canonical address; null for all rights reserved. */
  licenceUrl?: Maybe<Scalars['String']['output']>;
  /** Links to material elsewhere on the web. */
  links: Array<ResourceLink>;
  /** The network that owns and moderates the resource; null only for material older than networks. */
  owningNetwork?: Maybe<Network>;
  /** Phases of education the resource is for. */
  phases: Array<Phase>;
  /** When the resource was first published. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Other resources worth reading alongside, of those the viewer may see. */
  relatedResources: Array<Resource>;
  /** A moderator's note on what to change; shown only to those who may edit the resource. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  /** Saved versions, newest first; null unless the viewer may edit the resource. */
  revisions?: Maybe<ResourceRevisionConnection>;
  /** The school the resource comes from, if any. */
  school?: Maybe<School>;
  /** Further networks whose members see it when visibility is NETWORK. */
  sharedWith: Array<Network>;
  /** Stable, human-readable identifier used in links. Always the current slug: when it differs from the slug a page was asked for, that was an old address and the page should redirect here. */
  slug: Scalars['String']['output'];
  /** Where the resource is in review. */
  status: ResourceStatus;
  /** The subjects the resource is about. */
  subjects: Array<Subject>;
  /** One or two sentences on what the resource offers (at most 300 characters). */
  summary: Scalars['String']['output'];
  /** Free tags, normalised to lower case. */
  tags: Array<Scalars['String']['output']>;
  /** The school-improvement themes the resource serves. */
  themes: Array<Theme>;
  /** The first attachment that has a thumbnail, to picture the resource on cards; null when none has. */
  thumbnail?: Maybe<Attachment>;
  /** The resource's title. */
  title: Scalars['String']['output'];
  /** What sort of material this is. */
  type: ResourceType;
  /** When the resource was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Whether the viewer may change the resource. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Who may see the resource once it is published. */
  visibility: Visibility;
  /** Year groups the resource is for. */
  yearGroups: Array<YearGroup>;
};


/** A piece of best practice shared through the hub: a guide, toolkit, case study and so on. */
export type ResourceRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of resources. */
export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  /** The resources on this page with their cursors. */
  edges: Array<ResourceEdge>;
  /** The resources on this page. */
  nodes: Array<Resource>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many resources there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A resource with its cursor. */
export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The resource. */
  node: Resource;
};

/** One field that differs between two revisions, with both values as JSON. */
export type ResourceFieldChange = {
  __typename?: 'ResourceFieldChange';
  /** The value in the later revision, JSON-encoded. */
  after: Scalars['String']['output'];
  /** The value in the earlier revision, JSON-encoded. */
  before: Scalars['String']['output'];
  /** The field's name, e.g. `title` or `subjectSlugs`. */
  field: Scalars['String']['output'];
};

/** Narrows a list of resources; every field given must match. */
export type ResourceFilter = {
  /** Only resources serving the shared ambition with this slug. */
  ambitionSlug?: InputMaybe<Scalars['String']['input']>;
  /** True: only resources you are an author of (none for the public). */
  authoredByMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only resources for this key stage. */
  keyStage?: InputMaybe<KeyStage>;
  /** Only resources published under this licence. */
  licence?: InputMaybe<Licence>;
  /** True: only resources owned by networks you moderate (every network for admins); with `status: IN_REVIEW`, your review queue. */
  moderatedByMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only resources owned by the network with this slug. */
  networkSlug?: InputMaybe<Scalars['String']['input']>;
  /** Only resources for this phase. */
  phase?: InputMaybe<Phase>;
  /** Only resources from the school with this URN. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
  /** Only resources in this status (of those you see). */
  status?: InputMaybe<ResourceStatus>;
  /** Only resources about the subject with this slug. */
  subjectSlug?: InputMaybe<Scalars['String']['input']>;
  /** Only resources serving the theme with this slug. */
  themeSlug?: InputMaybe<Scalars['String']['input']>;
  /** Only resources of this type. */
  type?: InputMaybe<ResourceType>;
  /** Only resources with this visibility. */
  visibility?: InputMaybe<Visibility>;
};

/** A link from a resource to material elsewhere on the web. */
export type ResourceLink = {
  __typename?: 'ResourceLink';
  /** What the link leads to. */
  title: Scalars['String']['output'];
  /** An http or https address. */
  url: Scalars['String']['output'];
};

/** A link to material elsewhere on the web. */
export type ResourceLinkInput = {
  /** What the link leads to. */
  title: Scalars['String']['input'];
  /** An http or https address. */
  url: Scalars['String']['input'];
};

/** How a list of resources is ordered. */
export type ResourceOrder =
  /** Most recently created first. */
  | 'NEWEST'
  /** By title, A to Z. */
  | 'TITLE'
  /** Most recently changed first. */
  | 'UPDATED';

/** Names a resource by its slug. */
export type ResourceRefInput = {
  /** The resource's slug. */
  slug: Scalars['String']['input'];
};

/** A saved version of a resource: who saved it, when, why, and what it said. */
export type ResourceRevision = {
  __typename?: 'ResourceRevision';
  /** Who saved this version; null for imported material. */
  author?: Maybe<User>;
  /** Whether the editor saved it in the background. Its author's next save rewrites it rather than adding a version, until they save by hand, someone else saves, it is submitted for review, or it is 30 minutes old. */
  autosave: Scalars['Boolean']['output'];
  /** When the version was first saved. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** What the person said about the change. */
  message?: Maybe<Scalars['String']['output']>;
  /** 1 for the first version, counting up by one. */
  number: Scalars['Int']['output'];
  /** The resource's editable fields as this version saved them. */
  snapshot: Scalars['JSONObject']['output'];
  /** When the version was last saved: later than `createdAt` when autosaves were folded into it. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of revisions. */
export type ResourceRevisionConnection = {
  __typename?: 'ResourceRevisionConnection';
  /** The revisions on this page with their cursors. */
  edges: Array<ResourceRevisionEdge>;
  /** The revisions on this page. */
  nodes: Array<ResourceRevision>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many revisions there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A resourcerevision with its cursor. */
export type ResourceRevisionEdge = {
  __typename?: 'ResourceRevisionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The resourcerevision. */
  node: ResourceRevision;
};

/** Where a resource is in review. */
export type ResourceStatus =
  /** Withdrawn: kept for its authors and moderators, hidden from everyone else. */
  | 'ARCHIVED'
  /** Being written; seen only by its authors and the network's moderators. */
  | 'DRAFT'
  /** Submitted by its authors, waiting for a moderator. */
  | 'IN_REVIEW'
  /** Live: seen by everyone its visibility allows. */
  | 'PUBLISHED';

/** What sort of material a resource is. */
export type ResourceType =
  /** Assessment */
  | 'ASSESSMENT'
  /** Case study */
  | 'CASE_STUDY'
  /** Curriculum map */
  | 'CURRICULUM_MAP'
  /** Event pack */
  | 'EVENT_PACK'
  /** Guide */
  | 'GUIDE'
  /** Lesson sequence */
  | 'LESSON_SEQUENCE'
  /** Policy */
  | 'POLICY'
  /** Research summary */
  | 'RESEARCH_SUMMARY'
  /** Scheme of work */
  | 'SCHEME_OF_WORK'
  /** Slide deck */
  | 'SLIDE_DECK'
  /** Template */
  | 'TEMPLATE'
  /** Toolkit */
  | 'TOOLKIT'
  /** Video */
  | 'VIDEO';

/** Which earlier version of a resource to bring back. */
export type RestoreResourceRevisionInput = {
  /** A note on the restore, kept in the revision history. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The revision number to restore. */
  number: Scalars['Int']['input'];
  /** The resource's slug. */
  slug: Scalars['String']['input'];
};

/** The result of `restoreResourceRevision`. */
export type RestoreResourceRevisionPayload = {
  __typename?: 'RestoreResourceRevisionPayload';
  /** The resource as it is now. */
  resource: Resource;
};

/** One finding of a quality review: a strength ('what went well') or an area for development ('even better if'), tagged with themes. */
export type ReviewFinding = Node & {
  __typename?: 'ReviewFinding';
  /** The Area of Excellence this strength was put forward as, if any you may see. */
  areaOfExcellence?: Maybe<AreaOfExcellence>;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The key stage the finding is about, when it is about one. */
  keyStage?: Maybe<KeyStage>;
  /** A strength or an area for development. */
  kind: FindingKind;
  /** The phase the finding is about, when it is about one. */
  phase?: Maybe<Phase>;
  /** The review it belongs to. */
  review: QualityReview;
  /** The subject it is about, if any. */
  subject?: Maybe<Subject>;
  /** What the review said, briefly (at most 1000 characters). */
  text: Scalars['String']['output'];
  /** The themes it is about (at least one). */
  themes: Array<Theme>;
};

/** One finding of a review: a strength or an area for development. */
export type ReviewFindingInput = {
  /** The key stage it is about, when it is about one. */
  keyStage?: InputMaybe<KeyStage>;
  /** A strength ('what went well') or an area for development ('even better if'). */
  kind: FindingKind;
  /** The phase it is about, when it is about one. */
  phase?: InputMaybe<Phase>;
  /** The slug of the subject it is about; the `subjects` query lists them. */
  subjectSlug?: InputMaybe<Scalars['String']['input']>;
  /** What the review said, briefly (3 to 1000 characters). */
  text: Scalars['String']['input'];
  /** Slugs of the themes it is about (at least one); the `themes` query lists them. */
  themeSlugs: Array<Scalars['String']['input']>;
};

/** Names one finding of a review. */
export type ReviewFindingRefInput = {
  /** The finding's ID. */
  id: Scalars['ID']['input'];
};

/** One thing wrong with a CSV import, at a line and column. */
export type ReviewImportProblem = {
  __typename?: 'ReviewImportProblem';
  /** The column's header name, e.g. `review_date`; empty when the whole line is at fault. */
  column: Scalars['String']['output'];
  /** The line of the file, counting the header as line 1. */
  line: Scalars['Int']['output'];
  /** What is wrong, in words a person can act on. */
  message: Scalars['String']['output'];
};

/** The kind of peer review an Area of Excellence was recognised through. */
export type ReviewKind =
  /** A Middle Leaders Quality Assurance Review. */
  | 'MLQAR'
  /** Another kind of review. */
  | 'OTHER'
  /** A Quality Assurance Review. */
  | 'QAR';

/** One finding of a review quoted in a review summary, with the school and the day of its review. Quoted only to people who may read that review. */
export type ReviewQuote = {
  __typename?: 'ReviewQuote';
  /** The day of the review. */
  reviewDate: Scalars['LocalDate']['output'];
  /** The kind of review. */
  reviewKind: QualityReviewKind;
  /** The school reviewed. */
  school: School;
  /** What the review said. */
  text: Scalars['String']['output'];
};

/** One theme as a network's reviews found it, as strengths or as areas for development: how many schools and findings, then and now, and a few findings quoted. */
export type ReviewSummaryTheme = {
  __typename?: 'ReviewSummaryTheme';
  /** How the theme moved against the previous period. */
  change: ThemeChange;
  /** Findings of this kind on the theme in the period. */
  findings: Scalars['Int']['output'];
  /** `findings` in the previous period. */
  previousFindings: Scalars['Int']['output'];
  /** `schools` in the previous period. */
  previousSchools: Scalars['Int']['output'];
  /** Up to three of the period's findings on the theme, most recent review first (then by finding), from the reviews the viewer may read: their school's staff, the reviewing hub's moderators and leads, and admins. Empty for everyone else, who see the counts only. */
  quotes: Array<ReviewQuote>;
  /** Different schools with a finding of this kind on the theme in the period. */
  schools: Scalars['Int']['output'];
  /** The theme. */
  theme: Theme;
};

/** The result of revoking a personal API token. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The token, now unusable. */
  apiToken: ApiToken;
};

/** Which item to revoke. */
export type RevokeInput = {
  /** The item's ID. */
  id: Scalars['ID']['input'];
};

/** The result of revoking a session. */
export type RevokeSessionPayload = {
  __typename?: 'RevokeSessionPayload';
  /** The session, now ended. */
  session: Session;
};

/** A school in England, identified by its six-digit URN (unique reference number). */
export type School = Node & {
  __typename?: 'School';
  /** When the school was added. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The local authority the school is in, e.g. `Camden`. */
  localAuthority: Scalars['String']['output'];
  /** The school's name. */
  name: Scalars['String']['output'];
  /** The networks the school belongs to, by name. */
  networks: Array<Network>;
  /** The phase of education the school serves. */
  phase: Phase;
  /** Postcode in upper case with one space, e.g. `NW1 2DB`. */
  postcode?: Maybe<Scalars['String']['output']>;
  /** The school's quality reviews, newest first: empty unless you are its staff, a moderator or lead of the reviewing hub, or an admin. */
  qualityReviews: QualityReviewConnection;
  /** The English region the school is in. */
  region: Region;
  /** Stable, human-readable identifier used in links. */
  slug: Scalars['String']['output'];
  /** When the school's details last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The school's unique reference number: exactly six digits, e.g. `100000`. */
  urn: Scalars['String']['output'];
};


/** A school in England, identified by its six-digit URN (unique reference number). */
export type SchoolQualityReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of schools. */
export type SchoolConnection = {
  __typename?: 'SchoolConnection';
  /** The schools on this page with their cursors. */
  edges: Array<SchoolEdge>;
  /** The schools on this page. */
  nodes: Array<School>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many schools there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A school with its cursor. */
export type SchoolEdge = {
  __typename?: 'SchoolEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The school. */
  node: School;
};

/** Which schools to list; every condition given must hold. */
export type SchoolFilter = {
  /** Only schools in this local authority (its whole name, ignoring case); `localAuthorities` lists them. */
  localAuthority?: InputMaybe<Scalars['String']['input']>;
  /** Only schools in the network with this slug. */
  networkSlug?: InputMaybe<Scalars['String']['input']>;
  /** Only schools of this phase. */
  phase?: InputMaybe<Phase>;
  /** Text found in the school's name, URN or local authority, ignoring case. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Only schools in this region. */
  region?: InputMaybe<Region>;
};

/** A page of search hits, with the facets and totals of the whole search. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The search hits on this page with their cursors. */
  edges: Array<SearchHitEdge>;
  /** Facet counts over every hit, not only this page. */
  facets: SearchFacets;
  /** The search hits on this page. */
  nodes: Array<SearchHit>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How long Meilisearch took, in milliseconds. */
  processingTimeMs: Scalars['Int']['output'];
  /** An opaque reference to this search for `recordSearchResultOpened`, when someone opens one of its results; null when the search was not recorded. */
  searchRef?: Maybe<Scalars['String']['output']>;
  /** How many search hits there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** What people searched for: a network's members, or (the public view) anonymous visitors. Aggregates only: nothing names a searcher, and a query is listed only once enough different sessions searched it. */
export type SearchDemand = {
  __typename?: 'SearchDemand';
  /** The first day counted (UTC, from midnight). */
  from: Scalars['DateTimeISO']['output'];
  /** How many of those searches had a result opened. */
  openedSearches: Scalars['Int']['output'];
  /** Every search counted, those whose query was withheld (an email address or phone number in it) and those below the threshold among them. */
  searches: Scalars['Int']['output'];
  /** Different sessions a query needs before any list shows it (3). */
  sessionThreshold: Scalars['Int']['output'];
  /** The last day counted (UTC, to midnight after it). */
  to: Scalars['DateTimeISO']['output'];
  /** The most searched queries, most searches first. */
  topQueries: Array<DemandedQuery>;
  /** Queries that found something but whose results nobody opened, most searches first: what the library answers badly. */
  unopenedQueries: Array<DemandedQuery>;
  /** Queries that found nothing at least once, most such searches first: what the library lacks. */
  zeroResultQueries: Array<DemandedQuery>;
  /** How many of those searches found nothing. */
  zeroResultSearches: Scalars['Int']['output'];
};

/** How the hits divide by each facet, most frequent value first (at most 100 values a facet). Counted under the same query, filter and visibility as the hits, so they never reveal what the viewer may not see. */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  /** By shared ambition (values are ambition slugs, labels their titles; resources and Areas of Excellence). */
  ambitions: Array<FacetValue>;
  /** By whether an event is still to come (values `true` and `false`; events, their schools and networks). */
  hasUpcomingEvents: Array<FacetValue>;
  /** By key stage. */
  keyStages: Array<FacetValue>;
  /** By kind (values are `SearchKind`s). */
  kinds: Array<FacetValue>;
  /** By licence. */
  licences: Array<FacetValue>;
  /** By network (values are network slugs). */
  networks: Array<FacetValue>;
  /** By phase. */
  phases: Array<FacetValue>;
  /** By region. */
  regions: Array<FacetValue>;
  /** By subject (values are subject slugs). */
  subjects: Array<FacetValue>;
  /** By theme (values are theme slugs). */
  themes: Array<FacetValue>;
  /** By resource type, event kind or network kind. */
  types: Array<FacetValue>;
  /** By year group. */
  yearGroups: Array<FacetValue>;
};

/** Narrows a search. Values within one field are alternatives (any may match); fields are combined (all must match). A hit lacking a field (a school has no licence) does not match a filter on it. */
export type SearchFilter = {
  /** Shared ambition slugs, e.g. `phonics-2028`: the resources and Areas of Excellence that serve them. */
  ambitions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only hits dated at or after this (the date NEWEST orders by). */
  dateFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only hits dated at or before this. */
  dateTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** true: only events still to come, and Areas of Excellence, schools and networks with a public event still to come; false: only those without. */
  hasUpcomingEvents?: InputMaybe<Scalars['Boolean']['input']>;
  /** Key stages. */
  keyStages?: InputMaybe<Array<KeyStage>>;
  /** Licences (resources only). */
  licences?: InputMaybe<Array<Licence>>;
  /** Network slugs: material a network owns, its events, its schools and their Areas of Excellence, and the network itself. */
  networks?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Phases of education. */
  phases?: InputMaybe<Array<Phase>>;
  /** English regions. */
  regions?: InputMaybe<Array<Region>>;
  /** Subject slugs, e.g. `mathematics`. */
  subjects?: InputMaybe<Array<Scalars['String']['input']>>;
  /** School-improvement theme slugs, e.g. `oracy`. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Resource types, event kinds or network kinds. */
  types?: InputMaybe<Array<SearchType>>;
  /** Year groups. */
  yearGroups?: InputMaybe<Array<YearGroup>>;
};

/** One thing search found. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** What kind of thing it is. */
  kind: SearchKind;
  /** The thing itself. */
  node: SearchResult;
  /** How well it matched, from 0 to 1 (RELEVANCE order only). */
  score?: Maybe<Scalars['Float']['output']>;
  /** A short passage around the best match in its summary or text (the start of its summary without one). */
  snippet: HighlightedText;
  /** Its title (or name), with the matches marked. */
  title: HighlightedText;
};

/** A searchhit with its cursor. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The searchhit. */
  node: SearchHit;
};

/** A kind of thing search finds. */
export type SearchKind =
  /** Area of Excellence */
  | 'AREA_OF_EXCELLENCE'
  /** Collection */
  | 'COLLECTION'
  /** Curriculum entitlement */
  | 'CURRICULUM_ENTITLEMENT'
  /** Event */
  | 'EVENT'
  /** Network */
  | 'NETWORK'
  /** Resource */
  | 'RESOURCE'
  /** School */
  | 'SCHOOL';

/** How search hits are ordered. */
export type SearchOrder =
  /** Most recent first: publication for resources, review for Areas of Excellence, start for events. */
  | 'NEWEST'
  /** Best match first. */
  | 'RELEVANCE'
  /** By title, A to Z. */
  | 'TITLE';

/** Anything search finds. */
export type SearchResult = AreaOfExcellence | Collection | CurriculumEntitlement | Event | Network | Resource | School;

/** How up to date search is. */
export type SearchStatus = {
  __typename?: 'SearchStatus';
  /** Age in seconds of the oldest change waiting to be indexed (0 when none). */
  oldestPendingSeconds: Scalars['Int']['output'];
  /** Changes saved but not yet searchable. */
  pending: Scalars['Int']['output'];
  /** Changes whose indexing failed at least once and is being retried. */
  retrying: Scalars['Int']['output'];
};

/** A suggestion while someone types: a title that starts with or contains what they typed. */
export type SearchSuggestion = {
  __typename?: 'SearchSuggestion';
  /** What kind of thing it is. */
  kind: SearchKind;
  /** The thing itself, to link to. */
  node: SearchResult;
  /** Its title, with the typed words marked. */
  title: HighlightedText;
};

/** What sort of thing a hit is within its kind: a resource's type, an event's kind or a network's kind. */
export type SearchType =
  /** Area of Excellence event */
  | 'AOE_EVENT'
  /** Assessment */
  | 'ASSESSMENT'
  /** Case study */
  | 'CASE_STUDY'
  /** Conference */
  | 'CONFERENCE'
  /** Curriculum map */
  | 'CURRICULUM_MAP'
  /** Event pack */
  | 'EVENT_PACK'
  /** Guide */
  | 'GUIDE'
  /** Hub */
  | 'HUB'
  /** Interest group */
  | 'INTEREST_GROUP'
  /** Leadership development day */
  | 'LEADERSHIP_DEVELOPMENT_DAY'
  /** Leadership group */
  | 'LEADERSHIP_GROUP'
  /** Lesson sequence */
  | 'LESSON_SEQUENCE'
  /** Network meeting */
  | 'NETWORK_MEETING'
  /** Partnership */
  | 'PARTNERSHIP'
  /** Policy */
  | 'POLICY'
  /** Research summary */
  | 'RESEARCH_SUMMARY'
  /** Residential */
  | 'RESIDENTIAL'
  /** Scheme of work */
  | 'SCHEME_OF_WORK'
  /** School visit */
  | 'SCHOOL_VISIT'
  /** Slide deck */
  | 'SLIDE_DECK'
  /** Subject network */
  | 'SUBJECT_NETWORK'
  /** Teaching school hub */
  | 'TEACHING_SCHOOL_HUB'
  /** Teach Meet */
  | 'TEACH_MEET'
  /** Template */
  | 'TEMPLATE'
  /** Toolkit */
  | 'TOOLKIT'
  /** Trust */
  | 'TRUST'
  /** Video */
  | 'VIDEO';

/** A place where you are signed in. */
export type Session = {
  __typename?: 'Session';
  /** When you signed in. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Whether this is the session making the request. */
  current: Scalars['Boolean']['output'];
  /** When this session ends even if it keeps being used. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Identifier, for revoking this session. */
  id: Scalars['ID']['output'];
  /** When this session was last used. */
  lastSeenAt: Scalars['DateTimeISO']['output'];
  /** The browser or program that signed in, as it described itself. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A goal a network sets for all its schools, e.g. '90% of pupils pass the phonics screening check by 2028'. Material is tagged with the ambitions it serves. */
export type SharedAmbition = Node & {
  __typename?: 'SharedAmbition';
  /** When the ambition was set. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the ambition means and how it is measured (plain text). */
  description: Scalars['String']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The network that set the ambition. */
  network: Network;
  /** Place among the network's ambitions, from 1. */
  position: Scalars['Int']['output'];
  /** Stable identifier used in links, filters and inputs, e.g. `phonics-2028`. It never changes. */
  slug: Scalars['String']['output'];
  /** The share of pupils the ambition aims for, as a whole percentage (e.g. 90); null when it has none. */
  targetPercentage?: Maybe<Scalars['Int']['output']>;
  /** The year by which the network means to reach it, e.g. 2028. */
  targetYear: Scalars['Int']['output'];
  /** The ambition in a few words, e.g. 'Phonics screening check: 90% by 2028'. */
  title: Scalars['String']['output'];
  /** When the ambition last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Credentials to sign in with. */
export type SignInInput = {
  /** The email address of the account. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
  /** The browser or program signing in, shown in the sessions list. */
  userAgent?: InputMaybe<Scalars['String']['input']>;
};

/** The result of signing up or in. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** The new session. */
  session: Session;
  /** The session's bearer token: send it as `Authorization: Bearer <token>`. Shown once; store it safely. */
  token: Scalars['String']['output'];
  /** The signed-in person. */
  user: User;
};

/** The result of signing out. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** True once the session has ended. */
  signedOut: Scalars['Boolean']['output'];
};

/** Details for a new account. */
export type SignUpInput = {
  /** Your email address; you sign in with it. Shown to no one but you and admins. */
  email: Scalars['String']['input'];
  /** Job title, e.g. 'Head of geography'. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** Your name as you want it shown. */
  name: Scalars['String']['input'];
  /** At least 12 characters; not a common password. */
  password: Scalars['String']['input'];
  /** A page of the website to return to once the address is confirmed, e.g. an invitation's page. */
  returnPath?: InputMaybe<Scalars['String']['input']>;
  /** URN of the school you work in, if any. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
};

/** The result of signing up: a confirmation email is on its way. */
export type SignUpPayload = {
  __typename?: 'SignUpPayload';
  /** The address the email went to. Open its link to create the account and sign in. The answer is the same when the address already has an account (its owner is told by email instead). */
  email: Scalars['String']['output'];
};

/** One public page for a sitemap. */
export type SitemapEntry = {
  __typename?: 'SitemapEntry';
  /** The page's key: a slug, or a URN for schools. */
  key: Scalars['String']['output'];
  /** When the item last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A kind of public page that a sitemap lists. */
export type SitemapKind =
  /** Validated Areas of Excellence, by slug. */
  | 'AREAS_OF_EXCELLENCE'
  /** Public collections, by slug. */
  | 'COLLECTIONS'
  /** Curriculum entitlements with an agreed version, by series slug. */
  | 'CURRICULUM_ENTITLEMENTS'
  /** Public events, by slug. */
  | 'EVENTS'
  /** Networks, by slug. */
  | 'NETWORKS'
  /** Published public resources, by slug. */
  | 'RESOURCES'
  /** Schools, by URN. */
  | 'SCHOOLS';

/** A block of one kind's public pages, oldest first, so files stay stable as items are added. */
export type SitemapPage = {
  __typename?: 'SitemapPage';
  /** The pages in this block. */
  entries: Array<SitemapEntry>;
  /** How many public pages of this kind there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A curriculum subject, e.g. Mathematics, or a non-subject area such as early years. */
export type Subject = Node & {
  __typename?: 'Subject';
  /** Other names people search with, e.g. 'maths' and 'numeracy' for Mathematics. */
  aliases: Array<Scalars['String']['output']>;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The subject's name as shown to people, e.g. 'Mathematics'. */
  name: Scalars['String']['output'];
  /** Stable identifier used in links and filters, e.g. `mathematics`. */
  slug: Scalars['String']['output'];
};

/** The result of `submitResourceForReview`. */
export type SubmitResourceForReviewPayload = {
  __typename?: 'SubmitResourceForReviewPayload';
  /** The resource as it is now. */
  resource: Resource;
};

/** One theme's counts of schools in the national view, each null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
export type SuppressedThemeInsight = {
  __typename?: 'SuppressedThemeInsight';
  /** Schools with it to develop in the period; null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
  developmentSchools?: Maybe<Scalars['Int']['output']>;
  /** `developmentSchools` for the previous period; null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
  previousDevelopmentSchools?: Maybe<Scalars['Int']['output']>;
  /** `strengthSchools` for the previous period; null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
  previousStrengthSchools?: Maybe<Scalars['Int']['output']>;
  /** Schools strong in the theme in the period; null when drawn from fewer than 3 schools and not shown to the viewer (see `suppressed`). */
  strengthSchools?: Maybe<Scalars['Int']['output']>;
  /** Whether any count of the row is withheld ("fewer than 3"). */
  suppressed: Scalars['Boolean']['output'];
  /** The theme. */
  theme: Theme;
};

/** The fixed vocabularies of England's school system, in display order, with labels for user interfaces. */
export type Taxonomy = {
  __typename?: 'Taxonomy';
  /** Every network's shared ambitions, grouped by network name and in each network's order. */
  ambitions: Array<SharedAmbition>;
  /** Key stages, from EYFS to Key Stage 5. */
  keyStages: Array<KeyStageOption>;
  /** Phases of education. */
  phases: Array<PhaseOption>;
  /** The nine regions of England. */
  regions: Array<RegionOption>;
  /** Year groups, from Reception to Year 13. */
  yearGroups: Array<YearGroupOption>;
};

/** The school term a unit is taught in. */
export type Term =
  /** Autumn term (September to December). */
  | 'AUTUMN'
  /** Spring term (January to Easter). */
  | 'SPRING'
  /** Summer term (Easter to July). */
  | 'SUMMER';

/** A stretch of text that matched the query. */
export type TextRange = {
  __typename?: 'TextRange';
  /** How long the match is, in UTF-16 code units. */
  length: Scalars['Int']['output'];
  /** Where the match starts in `text`, in UTF-16 code units (JavaScript string index). */
  start: Scalars['Int']['output'];
};

/** A school-improvement theme from a controlled list, e.g. 'Early reading and phonics'. */
export type Theme = Node & {
  __typename?: 'Theme';
  /** One sentence on what the theme covers. */
  description: Scalars['String']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The theme's name as shown to people. */
  name: Scalars['String']['output'];
  /** Stable identifier used in links and filters, e.g. `oracy`. */
  slug: Scalars['String']['output'];
};

/** How a theme's count in a network's reviews moved against the previous period of equal length. */
export type ThemeChange =
  /** Found at fewer schools than before (or at as many, in fewer findings). */
  | 'DOWN'
  /** Found in the previous period and not in this one. */
  | 'GONE'
  /** Found in the period and not in the previous one. */
  | 'NEW'
  /** Found at as many schools, in as many findings, as before. */
  | 'SAME'
  /** Found at more schools than before (or at as many, in more findings). */
  | 'UP';

/** One school-improvement theme across a network's schools: how many are strong in it and how many have it to develop, in the period asked for and in the period of equal length just before, so a client can show the change. */
export type ThemeInsight = {
  __typename?: 'ThemeInsight';
  /** Different schools of the network with the theme as an area for development in a review of the period. */
  developmentSchools: Scalars['Int']['output'];
  /** `developmentSchools` for the previous period. */
  previousDevelopmentSchools: Scalars['Int']['output'];
  /** `strengthSchools` for the previous period. */
  previousStrengthSchools: Scalars['Int']['output'];
  /** Different schools of the network with the theme as a review strength in the period, or a validated Area of Excellence on it that was in force at some time in the period. */
  strengthSchools: Scalars['Int']['output'];
  /** The theme. */
  theme: Theme;
};

/** One of the network's areas for development, and where it can learn. */
export type ThemeMatches = {
  __typename?: 'ThemeMatches';
  /** How many of the network's schools have it as an area for development in a review of the period. */
  developmentSchools: Scalars['Int']['output'];
  /** The library's resources on the theme that you may see, most recently published first (at most 5). */
  resources: Array<Resource>;
  /** The theme. */
  theme: Theme;
  /** The strong schools, in tiers: the network's own, then partner networks', then national. A tier with no strong school is left out. */
  tiers: Array<MatchTierSchools>;
};

/** Changes to a shared ambition; fields left out stay as they are. Its slug never changes. */
export type UpdateAmbitionInput = {
  /** A new description; null or empty removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new place among the network's ambitions, from 1. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The ambition's slug. */
  slug: Scalars['String']['input'];
  /** A new target percentage, 1 to 100; null removes it. */
  targetPercentage?: InputMaybe<Scalars['Int']['input']>;
  /** A new target year. */
  targetYear?: InputMaybe<Scalars['Int']['input']>;
  /** A new title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an Area of Excellence. Fields left out stay as they are. */
export type UpdateAreaOfExcellenceInput = {
  /** Replaces the shared ambitions (slugs); [] removes them all. */
  ambitionSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new contact's user ID. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** New evidence, in Markdown. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** A new overall estimate; null removes it. */
  overallEstimate?: InputMaybe<Scalars['String']['input']>;
  /** A new phase. */
  phase?: InputMaybe<Phase>;
  /** A new review date. */
  reviewDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The slug of the Area of Excellence to change. */
  slug: Scalars['String']['input'];
  /** A new review kind. */
  sourceReview?: InputMaybe<ReviewKind>;
  /** A new summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the themes (slugs). */
  themeSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an attachment; fields left out stay as they are. */
export type UpdateAttachmentInput = {
  /** The attachment's ID. */
  id: Scalars['ID']['input'];
  /** A new place in the resource's list, from 1. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** A new title (1 to 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The attachment as changed. */
export type UpdateAttachmentPayload = {
  __typename?: 'UpdateAttachmentPayload';
  /** The attachment. */
  attachment: Attachment;
};

/** Changes to a collection; fields left out stay as they are. */
export type UpdateCollectionInput = {
  /** A new description, as Markdown; null or empty removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The collection's slug. */
  slug: Scalars['String']['input'];
  /** A new title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it. */
  visibility?: InputMaybe<Visibility>;
};

/** Changes to a draft entitlement's own details. Fields left out stay as they are. */
export type UpdateCurriculumEntitlementInput = {
  /** The draft entitlement's ID. */
  entitlementId: Scalars['ID']['input'];
  /** The new rationale, as Markdown (at most 100 KB). */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The new title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it once agreed. */
  visibility?: InputMaybe<Visibility>;
};

/** Changes to a unit of a draft entitlement. Fields left out stay as they are. */
export type UpdateCurriculumUnitInput = {
  /** The knowledge statements, replacing the old list. */
  knowledge?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Slugs of the resources that teach the unit, replacing the old list. */
  linkedResourceSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The skills statements, replacing the old list. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The new summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The new term. */
  term?: InputMaybe<Term>;
  /** The new title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The unit's ID. */
  unitId: Scalars['ID']['input'];
  /** The new year group. */
  yearGroup?: InputMaybe<YearGroup>;
};

/** Changes to an event. Fields left out stay as they are; null clears an optional field. */
export type UpdateEventInput = {
  /** A new number of places; null makes it unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** A new description, in Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new end. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What sort of event it is. */
  kind?: InputMaybe<EventKind>;
  /** A new mode. */
  mode?: InputMaybe<EventMode>;
  /** A new link to join; null removes it. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Whether people may register. */
  registrationOpen?: InputMaybe<Scalars['Boolean']['input']>;
  /** The slug of the event to change. */
  slug: Scalars['String']['input'];
  /** A new start. */
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** A new IANA time zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** A new title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A new venue; null removes it. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** Who may see it. */
  visibility?: InputMaybe<Visibility>;
};

/** Changes to a network. Fields left out stay as they are; null clears an optional field. Changing the kind or parent is for admins. */
export type UpdateNetworkInput = {
  /** What the network is for and who belongs to it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What sort of network this is (admins only). */
  kind?: InputMaybe<NetworkKind>;
  /** Whether moderators may publish directly, without a separate review. */
  moderatorsPublishDirectly?: InputMaybe<Scalars['Boolean']['input']>;
  /** The network's new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the network this one moves inside; null makes it top-level (admins only). */
  parentSlug?: InputMaybe<Scalars['String']['input']>;
  /** The English region the network serves; null for none. */
  region?: InputMaybe<Region>;
  /** The slug of the network to change. */
  slug: Scalars['String']['input'];
  /** The subject of a subject network; null removes it. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateNetwork`. */
export type UpdateNetworkPayload = {
  __typename?: 'UpdateNetworkPayload';
  /** The network as it is now. */
  network: Network;
};

/** Changes to a plan item. Fields left out stay as they are; null clears owner or due date. */
export type UpdatePlanItemInput = {
  /** When it is due: no more than a year before today (in England). */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The plan item's ID. */
  id: Scalars['ID']['input'];
  /** What is to be done (1 to 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who owns it (at most 120 characters). */
  owner?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to your own profile; omitted fields stay as they are. */
export type UpdateProfileInput = {
  /** A few sentences about your work. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** Your name as you want it shown. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** URN of the school you work in; an empty string clears it. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a review's kind or date. Fields left out stay as they are. */
export type UpdateQualityReviewInput = {
  /** The review's ID. */
  id: Scalars['ID']['input'];
  /** A new kind. */
  kind?: InputMaybe<QualityReviewKind>;
  /** A new date; not in the future. */
  reviewDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Changes to a resource; fields left out stay as they are. */
export type UpdateResourceInput = {
  /** Slugs of the shared ambitions it serves; the `ambitions` query lists them. */
  ambitionSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** True for an editor's background save. Drafts only. The version it makes is rewritten by the same person's next save (see `ResourceRevision.autosave`), so autosaves do not add a version each. */
  autosave?: InputMaybe<Scalars['Boolean']['input']>;
  /** The resource itself, as Markdown (at most 200 KB). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Key stages it is for. */
  keyStages?: InputMaybe<Array<KeyStage>>;
  /** The licence; PUBLIC resources need an open one. */
  licence?: InputMaybe<Licence>;
  /** Links to material elsewhere (http or https). */
  links?: InputMaybe<Array<ResourceLinkInput>>;
  /** A note on this version, kept in the revision history. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** A new slug; the old one keeps working as a redirect. */
  newSlug?: InputMaybe<Scalars['String']['input']>;
  /** Phases of education it is for. */
  phases?: InputMaybe<Array<Phase>>;
  /** Slugs of other resources worth reading alongside this one. */
  relatedResourceSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** URN of the school the resource comes from; null for none. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
  /** Slugs of further networks whose members may see the resource when its visibility is NETWORK. */
  sharedWithNetworkSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The resource's current slug (or an old one). */
  slug: Scalars['String']['input'];
  /** Slugs of the subjects the resource is about. */
  subjectSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new summary, at most 300 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Free tags; stored in lower case without repeats. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Slugs of the school-improvement themes it serves. */
  themeSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** What sort of material it is. */
  type?: InputMaybe<ResourceType>;
  /** Who may see it once published. */
  visibility?: InputMaybe<Visibility>;
  /** Year groups it is for. */
  yearGroups?: InputMaybe<Array<YearGroup>>;
};

/** The result of `updateResource`. */
export type UpdateResourcePayload = {
  __typename?: 'UpdateResourcePayload';
  /** The resource as it is now. */
  resource: Resource;
};

/** Changes to a finding. Fields left out stay as they are; null clears phase, key stage or subject. */
export type UpdateReviewFindingInput = {
  /** The finding's ID. */
  id: Scalars['ID']['input'];
  /** A new key stage; null clears it. */
  keyStage?: InputMaybe<KeyStage>;
  /** A new kind. */
  kind?: InputMaybe<FindingKind>;
  /** A new phase; null clears it. */
  phase?: InputMaybe<Phase>;
  /** A new subject slug; null clears it. */
  subjectSlug?: InputMaybe<Scalars['String']['input']>;
  /** New text. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the themes (slugs; at least one). */
  themeSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a school. Fields left out stay as they are. */
export type UpdateSchoolInput = {
  /** The local authority the school is in. */
  localAuthority?: InputMaybe<Scalars['String']['input']>;
  /** The school's new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The phase of education the school serves. */
  phase?: InputMaybe<Phase>;
  /** UK postcode; null removes it. */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** The English region the school is in. */
  region?: InputMaybe<Region>;
  /** A new slug; old links stop working. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** The URN of the school to change (URNs themselves never change). */
  urn: Scalars['String']['input'];
};

/** The result of `updateSchool`. */
export type UpdateSchoolPayload = {
  __typename?: 'UpdateSchoolPayload';
  /** The school as it is now. */
  school: School;
};

/** A person with an account: an author, a network member, a contact. */
export type User = Node & {
  __typename?: 'User';
  /** A few sentences about the person's work. */
  bio?: Maybe<Scalars['String']['output']>;
  /** When the account was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Email address: visible only to the person and to admins, null for everyone else. */
  email?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether the person administers the whole site. */
  isAdmin: Scalars['Boolean']['output'];
  /** Job title, e.g. 'Head of history' or 'Hub manager'. */
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** The person's name as they want it shown. */
  name: Scalars['String']['output'];
  /** The school the person works in, if they gave one. */
  school?: Maybe<School>;
};

/** The result of a change to your account. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** Your account as it is now. */
  user: User;
};

/** You: the signed-in person making the request, with what only you may see. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Your personal API tokens that have not been revoked. */
  apiTokens: Array<ApiToken>;
  /** Whether you may see the national view across hubs (`nationalInsight`): admins and leads of a national partnership. */
  canSeeNationalInsight: Scalars['Boolean']['output'];
  /** Your email address. */
  email: Scalars['String']['output'];
  /** Invitations to networks waiting for your answer. */
  invitations: Array<Invitation>;
  /** Whether you administer the whole site. */
  isAdmin: Scalars['Boolean']['output'];
  /** The networks you belong to, with your role in each. */
  memberships: Array<Membership>;
  /** Where you are signed in, most recently used first. */
  sessions: Array<Session>;
  /** Your public profile. */
  user: User;
};

/** Who may see a piece of material once it is published. */
export type Visibility =
  /** Members of the owning network and of any network it is shared with. */
  | 'NETWORK'
  /** The authors and the owning network's moderators. */
  | 'PRIVATE'
  /** Anyone, without an account: the open library. */
  | 'PUBLIC';

/** Year group, from Reception to Year 13. */
export type YearGroup =
  /** Reception */
  | 'RECEPTION'
  /** Year 1 */
  | 'Y1'
  /** Year 2 */
  | 'Y2'
  /** Year 3 */
  | 'Y3'
  /** Year 4 */
  | 'Y4'
  /** Year 5 */
  | 'Y5'
  /** Year 6 */
  | 'Y6'
  /** Year 7 */
  | 'Y7'
  /** Year 8 */
  | 'Y8'
  /** Year 9 */
  | 'Y9'
  /** Year 10 */
  | 'Y10'
  /** Year 11 */
  | 'Y11'
  /** Year 12 */
  | 'Y12'
  /** Year 13 */
  | 'Y13';

/** A year group with its label and the key stage it belongs to. */
export type YearGroupOption = {
  __typename?: 'YearGroupOption';
  /** The key stage this year group belongs to. */
  keyStage: KeyStage;
  /** How to show the value to people, e.g. 'Year 7'. */
  label: Scalars['String']['output'];
  /** The value to send back in inputs and filters. */
  value: YearGroup;
};

export type CurrentViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', email: string, isAdmin: boolean, user: { __typename?: 'User', id: string, name: string } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', token: string } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'SignUpPayload', email: string } };

export type ConfirmSignUpMutationVariables = Exact<{
  input: ConfirmSignUpInput;
}>;


export type ConfirmSignUpMutation = { __typename?: 'Mutation', confirmSignUp: { __typename?: 'SignInPayload', token: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename?: 'RequestPasswordResetPayload', email: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'SignInPayload', token: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: { __typename?: 'SignOutPayload', signedOut: boolean } };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', email: string, user: { __typename?: 'User', name: string }, sessions: Array<{ __typename?: 'Session', id: string, createdAt: string, lastSeenAt: string, expiresAt: string, userAgent?: string | null, current: boolean }>, apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, prefix: string, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null }> } | null };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string } } };

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeInput;
}>;


export type RevokeSessionMutation = { __typename?: 'Mutation', revokeSession: { __typename?: 'RevokeSessionPayload', session: { __typename?: 'Session', id: string } } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', token: string, apiToken: { __typename?: 'ApiToken', id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeInput;
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'RevokeApiTokenPayload', apiToken: { __typename?: 'ApiToken', id: string } } };

export type NetworkMatchesQueryVariables = Exact<{
  network: Scalars['String']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  phase?: InputMaybe<Phase>;
}>;


export type NetworkMatchesQuery = { __typename?: 'Query', networkMatches: { __typename?: 'NetworkMatches', from: any, to: any, phase?: Phase | null, themes: Array<{ __typename?: 'ThemeMatches', developmentSchools: number, theme: { __typename?: 'Theme', slug: string, name: string }, tiers: Array<{ __typename?: 'MatchTierSchools', tier: MatchTier, totalSchools: number, schools: Array<{ __typename?: 'MatchedSchool', reviewStrength: boolean, school: { __typename?: 'School', urn: string, name: string }, areasOfExcellence: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, contactEmail?: string | null, contact: { __typename?: 'User', name: string } }>, upcomingEvents: Array<{ __typename?: 'Event', slug: string, title: string, startsAt: string }> }> }>, resources: Array<{ __typename?: 'Resource', slug: string, title: string }> }> } };

export type NetworkPlanQueryVariables = Exact<{
  network: Scalars['String']['input'];
}>;


export type NetworkPlanQuery = { __typename?: 'Query', networkPlan: Array<{ __typename?: 'PlanItem', id: string, note: string, owner?: string | null, dueOn?: any | null, createdAt: string, theme: { __typename?: 'Theme', slug: string, name: string }, school?: { __typename?: 'School', urn: string, name: string } | null, areaOfExcellence?: { __typename?: 'AreaOfExcellence', slug: string, title: string } | null, createdBy?: { __typename?: 'User', name: string } | null }> };

export type PlanItemFieldsFragment = { __typename?: 'PlanItem', id: string, note: string, owner?: string | null, dueOn?: any | null, createdAt: string, theme: { __typename?: 'Theme', slug: string, name: string }, school?: { __typename?: 'School', urn: string, name: string } | null, areaOfExcellence?: { __typename?: 'AreaOfExcellence', slug: string, title: string } | null, createdBy?: { __typename?: 'User', name: string } | null };

export type CreatePlanItemMutationVariables = Exact<{
  input: CreatePlanItemInput;
}>;


export type CreatePlanItemMutation = { __typename?: 'Mutation', createPlanItem: { __typename?: 'PlanItemPayload', planItem: { __typename?: 'PlanItem', id: string } } };

export type UpdatePlanItemMutationVariables = Exact<{
  input: UpdatePlanItemInput;
}>;


export type UpdatePlanItemMutation = { __typename?: 'Mutation', updatePlanItem: { __typename?: 'PlanItemPayload', planItem: { __typename?: 'PlanItem', id: string } } };

export type RemovePlanItemMutationVariables = Exact<{
  input: PlanItemRefInput;
}>;


export type RemovePlanItemMutation = { __typename?: 'Mutation', removePlanItem: { __typename?: 'RemovePlanItemPayload', removedId: string } };

export type AreaOfExcellenceBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type AreaOfExcellenceBySlugQuery = { __typename?: 'Query', areaOfExcellence?: { __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, evidence: string, phase: Phase, status: AoeStatus, sourceReview: ReviewKind, reviewDate: any, overallEstimate?: string | null, validatedAt?: string | null, expiresAt?: string | null, updatedAt: string, viewerCanValidate: boolean, viewerCanAddEvents: boolean, contactEmail?: string | null, contactJobTitle?: string | null, ambitions: Array<{ __typename?: 'SharedAmbition', slug: string, title: string }>, contact: { __typename?: 'User', name: string }, school: { __typename?: 'School', urn: string, name: string, region: Region, localAuthority: string }, themes: Array<{ __typename?: 'Theme', slug: string, name: string }>, linkedResources: Array<{ __typename?: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null }>, events: Array<{ __typename?: 'Event', slug: string, title: string, kind: EventKind, mode: EventMode, startsAt: string, endsAt: string, timeZone: string, venue?: string | null, hostSchool?: { __typename?: 'School', urn: string, name: string } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null }> } | null };

export type AreasOfExcellenceQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AreaOfExcellenceFilter>;
}>;


export type AreasOfExcellenceQuery = { __typename?: 'Query', areasOfExcellence: { __typename?: 'AreaOfExcellenceConnection', totalCount: number, nodes: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, phase: Phase, reviewDate: any, school: { __typename?: 'School', urn: string, name: string, region: Region }, themes: Array<{ __typename?: 'Theme', slug: string, name: string }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, networks: { __typename?: 'NetworkConnection', nodes: Array<{ __typename?: 'Network', slug: string, name: string }> } };

export type AreaOfExcellenceCardFragment = { __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, phase: Phase, reviewDate: any, school: { __typename?: 'School', urn: string, name: string, region: Region }, themes: Array<{ __typename?: 'Theme', slug: string, name: string }> };

export type CollectionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectionFilter>;
}>;


export type CollectionsQuery = { __typename?: 'Query', collections: { __typename?: 'CollectionConnection', totalCount: number, nodes: Array<{ __typename?: 'Collection', slug: string, title: string, description: string, updatedAt: string, owner?: { __typename?: 'User', name: string } | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CollectionBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CollectionBySlugQuery = { __typename?: 'Query', collection?: { __typename?: 'Collection', slug: string, title: string, description: string, descriptionHtml: string, createdAt: string, updatedAt: string, owner?: { __typename?: 'User', name: string } | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number, nodes: Array<{ __typename?: 'CollectionItem', position: number, resource: { __typename?: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type CollectionCardFragment = { __typename?: 'Collection', slug: string, title: string, description: string, updatedAt: string, owner?: { __typename?: 'User', name: string } | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number } };

export type AmbitionChipFragment = { __typename?: 'SharedAmbition', slug: string, title: string };

export type CompareEntitlementVersionsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type CompareEntitlementVersionsQuery = { __typename?: 'Query', curriculumEntitlement?: { __typename?: 'CurriculumEntitlement', slug: string, title: string, versions: Array<{ __typename?: 'CurriculumEntitlement', version: number, status: EntitlementStatus }> } | null, compareEntitlementVersions: { __typename?: 'EntitlementComparison', from: number, to: number, unitsAdded: Array<string>, unitsRemoved: Array<string>, unitsChanged: Array<{ __typename?: 'CurriculumUnitChange', title: string, fieldsChanged: Array<string>, knowledgeAdded: Array<string>, knowledgeRemoved: Array<string>, skillsAdded: Array<string>, skillsRemoved: Array<string> }> } };

export type CurriculumEntitlementBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CurriculumEntitlementBySlugQuery = { __typename?: 'Query', curriculumEntitlement?: { __typename?: 'CurriculumEntitlement', rationale: string, updatedAt: string, slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, agreedBy?: { __typename?: 'User', name: string } | null, units: Array<{ __typename?: 'CurriculumUnit', unitKey: string, title: string, summary: string, yearGroup: YearGroup, term: Term, position: number, knowledge: Array<string>, skills: Array<string>, linkedResources: Array<{ __typename?: 'Resource', slug: string, title: string }> }>, versions: Array<{ __typename?: 'CurriculumEntitlement', version: number, status: EntitlementStatus, agreedAt?: string | null, createdAt: string }>, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } } | null };

export type CurriculumEntitlementsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CurriculumEntitlementFilter>;
}>;


export type CurriculumEntitlementsQuery = { __typename?: 'Query', curriculumEntitlements: { __typename?: 'CurriculumEntitlementConnection', totalCount: number, nodes: Array<{ __typename?: 'CurriculumEntitlement', slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type EntitlementCardFragment = { __typename?: 'CurriculumEntitlement', slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } };

export type SchoolDirectoryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SchoolFilter>;
}>;


export type SchoolDirectoryQuery = { __typename?: 'Query', localAuthorities: Array<string>, schools: { __typename?: 'SchoolConnection', totalCount: number, nodes: Array<{ __typename?: 'School', urn: string, name: string, phase: Phase, region: Region, localAuthority: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type NetworkDirectoryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<NetworkKind>;
  region?: InputMaybe<Region>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type NetworkDirectoryQuery = { __typename?: 'Query', networks: { __typename?: 'NetworkConnection', totalCount: number, nodes: Array<{ __typename?: 'Network', slug: string, name: string, description: string, networkKind: NetworkKind, networkRegion?: Region | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type EntitlementCoverageQueryVariables = Exact<{
  networkSlug: Scalars['String']['input'];
}>;


export type EntitlementCoverageQuery = { __typename?: 'Query', network?: { __typename?: 'Network', slug: string, name: string } | null, entitlementCoverage: Array<{ __typename?: 'EntitlementCoverageRow', slug: string, title: string, latestAgreedVersion: number, adoptedVersion?: number | null, coverage: AdoptionCoverage, school: { __typename?: 'School', urn: string, name: string } }> };

export type EventBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type EventBySlugQuery = { __typename?: 'Query', event?: { __typename?: 'Event', description: string, onlineUrl?: string | null, capacity?: number | null, placesLeft?: number | null, registrationOpen: boolean, updatedAt: string, viewerCanManage: boolean, slug: string, title: string, kind: EventKind, mode: EventMode, startsAt: string, endsAt: string, timeZone: string, venue?: string | null, registration?: { __typename?: 'EventRegistration', status: RegistrationStatus, position?: number | null } | null, areaOfExcellence?: { __typename?: 'AreaOfExcellence', slug: string, title: string } | null, hostSchool?: { __typename?: 'School', urn: string, name: string, postcode?: string | null } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null } | null };

export type EventsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
}>;


export type EventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, nodes: Array<{ __typename?: 'Event', slug: string, title: string, kind: EventKind, mode: EventMode, startsAt: string, endsAt: string, timeZone: string, venue?: string | null, hostSchool?: { __typename?: 'School', urn: string, name: string } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type EventCardFragment = { __typename?: 'Event', slug: string, title: string, kind: EventKind, mode: EventMode, startsAt: string, endsAt: string, timeZone: string, venue?: string | null, hostSchool?: { __typename?: 'School', urn: string, name: string } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null };

export type FilterVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterVocabularyQuery = { __typename?: 'Query', subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, themes: Array<{ __typename?: 'Theme', slug: string, name: string, description: string }>, taxonomy: { __typename?: 'Taxonomy', phases: Array<{ __typename?: 'PhaseOption', value: Phase, label: string }>, keyStages: Array<{ __typename?: 'KeyStageOption', value: KeyStage, label: string }>, regions: Array<{ __typename?: 'RegionOption', value: Region, label: string }>, yearGroups: Array<{ __typename?: 'YearGroupOption', value: YearGroup, label: string, keyStage: KeyStage }>, ambitions: Array<{ __typename?: 'SharedAmbition', slug: string, title: string, network: { __typename?: 'Network', name: string } }> } };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null }> }, collections: { __typename?: 'CollectionConnection', totalCount: number, nodes: Array<{ __typename?: 'Collection', slug: string, title: string, description: string, updatedAt: string, owner?: { __typename?: 'User', name: string } | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number } }> }, areasOfExcellence: { __typename?: 'AreaOfExcellenceConnection', totalCount: number, nodes: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, phase: Phase, reviewDate: any, events: Array<{ __typename?: 'Event', slug: string, title: string, startsAt: string }>, school: { __typename?: 'School', urn: string, name: string, region: Region }, themes: Array<{ __typename?: 'Theme', slug: string, name: string }> }> } };

export type LibraryResourcesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
}>;


export type LibraryResourcesQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ResourceCardFragment = { __typename?: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null };

export type MyCollectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCollectionsQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', memberships: Array<{ __typename?: 'Membership', role: NetworkRole, network: { __typename?: 'Network', slug: string, name: string } }> } | null, collections: { __typename?: 'CollectionConnection', nodes: Array<{ __typename?: 'Collection', slug: string, title: string, visibility: Visibility, updatedAt: string, owningNetwork?: { __typename?: 'Network', name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number } }> } };

export type CuratedCollectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CuratedCollectionsQuery = { __typename?: 'Query', collections: { __typename?: 'CollectionConnection', nodes: Array<{ __typename?: 'Collection', slug: string, title: string }> } };

export type CollectionForEditingQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CollectionForEditingQuery = { __typename?: 'Query', collection?: { __typename?: 'Collection', slug: string, title: string, description: string, visibility: Visibility, viewerCanEdit: boolean, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number, nodes: Array<{ __typename?: 'CollectionItem', position: number, resource: { __typename?: 'Resource', slug: string, title: string, summary: string } }> } } | null };

export type CreateCollectionMutationVariables = Exact<{
  input: CreateCollectionInput;
}>;


export type CreateCollectionMutation = { __typename?: 'Mutation', createCollection: { __typename?: 'CollectionPayload', collection: { __typename?: 'Collection', slug: string } } };

export type UpdateCollectionMutationVariables = Exact<{
  input: UpdateCollectionInput;
}>;


export type UpdateCollectionMutation = { __typename?: 'Mutation', updateCollection: { __typename?: 'CollectionPayload', collection: { __typename?: 'Collection', slug: string } } };

export type AddResourceToCollectionMutationVariables = Exact<{
  input: AddResourceToCollectionInput;
}>;


export type AddResourceToCollectionMutation = { __typename?: 'Mutation', addResourceToCollection: { __typename?: 'CollectionPayload', collection: { __typename?: 'Collection', slug: string, title: string } } };

export type RemoveResourceFromCollectionMutationVariables = Exact<{
  input: CollectionResourceInput;
}>;


export type RemoveResourceFromCollectionMutation = { __typename?: 'Mutation', removeResourceFromCollection: { __typename?: 'CollectionPayload', collection: { __typename?: 'Collection', slug: string } } };

export type MoveResourceInCollectionMutationVariables = Exact<{
  input: MoveResourceInCollectionInput;
}>;


export type MoveResourceInCollectionMutation = { __typename?: 'Mutation', moveResourceInCollection: { __typename?: 'CollectionPayload', collection: { __typename?: 'Collection', slug: string } } };

export type MemberCurriculumQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberCurriculumQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', memberships: Array<{ __typename?: 'Membership', role: NetworkRole, network: { __typename?: 'Network', slug: string, name: string, kind: NetworkKind } }> } | null, drafts: { __typename?: 'CurriculumEntitlementConnection', nodes: Array<{ __typename?: 'CurriculumEntitlement', updatedAt: string, slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } }> }, agreed: { __typename?: 'CurriculumEntitlementConnection', nodes: Array<{ __typename?: 'CurriculumEntitlement', viewerCanStartDraft: boolean, slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } }> } };

export type EntitlementForEditingQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type EntitlementForEditingQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', user: { __typename?: 'User', school?: { __typename?: 'School', urn: string, name: string } | null } } | null, curriculumEntitlement?: { __typename?: 'CurriculumEntitlement', id: string, rationale: string, visibility: Visibility, viewerCanEdit: boolean, viewerCanAgree: boolean, viewerCanStartDraft: boolean, slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, units: Array<{ __typename?: 'CurriculumUnit', id: string, title: string, yearGroup: YearGroup, term: Term, summary: string, knowledge: Array<string>, skills: Array<string> }>, versions: Array<{ __typename?: 'CurriculumEntitlement', version: number, status: EntitlementStatus }>, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } } | null };

export type CreateCurriculumEntitlementMutationVariables = Exact<{
  input: CreateCurriculumEntitlementInput;
}>;


export type CreateCurriculumEntitlementMutation = { __typename?: 'Mutation', createCurriculumEntitlement: { __typename?: 'CurriculumEntitlementPayload', entitlement: { __typename?: 'CurriculumEntitlement', slug: string, version: number } } };

export type StartEntitlementDraftMutationVariables = Exact<{
  input: EntitlementSeriesInput;
}>;


export type StartEntitlementDraftMutation = { __typename?: 'Mutation', createEntitlementDraftFromAgreed: { __typename?: 'CurriculumEntitlementPayload', entitlement: { __typename?: 'CurriculumEntitlement', slug: string, version: number } } };

export type UpdateCurriculumEntitlementMutationVariables = Exact<{
  input: UpdateCurriculumEntitlementInput;
}>;


export type UpdateCurriculumEntitlementMutation = { __typename?: 'Mutation', updateCurriculumEntitlement: { __typename?: 'CurriculumEntitlementPayload', entitlement: { __typename?: 'CurriculumEntitlement', slug: string, version: number } } };

export type AddCurriculumUnitMutationVariables = Exact<{
  input: AddCurriculumUnitInput;
}>;


export type AddCurriculumUnitMutation = { __typename?: 'Mutation', addCurriculumUnit: { __typename?: 'CurriculumEntitlementPayload', unit?: { __typename?: 'CurriculumUnit', id: string } | null } };

export type UpdateCurriculumUnitMutationVariables = Exact<{
  input: UpdateCurriculumUnitInput;
}>;


export type UpdateCurriculumUnitMutation = { __typename?: 'Mutation', updateCurriculumUnit: { __typename?: 'CurriculumEntitlementPayload', unit?: { __typename?: 'CurriculumUnit', id: string } | null } };

export type MoveCurriculumUnitMutationVariables = Exact<{
  input: MoveCurriculumUnitInput;
}>;


export type MoveCurriculumUnitMutation = { __typename?: 'Mutation', moveCurriculumUnit: { __typename?: 'CurriculumEntitlementPayload', unit?: { __typename?: 'CurriculumUnit', id: string, position: number } | null } };

export type RemoveCurriculumUnitMutationVariables = Exact<{
  input: CurriculumUnitRefInput;
}>;


export type RemoveCurriculumUnitMutation = { __typename?: 'Mutation', removeCurriculumUnit: { __typename?: 'CurriculumEntitlementPayload', entitlement: { __typename?: 'CurriculumEntitlement', version: number } } };

export type AgreeEntitlementMutationVariables = Exact<{
  input: EntitlementVersionInput;
}>;


export type AgreeEntitlementMutation = { __typename?: 'Mutation', agreeEntitlement: { __typename?: 'CurriculumEntitlementPayload', entitlement: { __typename?: 'CurriculumEntitlement', slug: string, version: number } } };

export type RecordEntitlementAdoptionMutationVariables = Exact<{
  input: RecordEntitlementAdoptionInput;
}>;


export type RecordEntitlementAdoptionMutation = { __typename?: 'Mutation', recordEntitlementAdoption: { __typename?: 'EntitlementAdoptionPayload', adoption: { __typename?: 'EntitlementAdoption', school: { __typename?: 'School', urn: string, name: string } } } };

export type RegisterForEventMutationVariables = Exact<{
  input: EventRefInput;
}>;


export type RegisterForEventMutation = { __typename?: 'Mutation', registerForEvent: { __typename?: 'EventRegistrationPayload', registration: { __typename?: 'EventRegistration', status: RegistrationStatus, position?: number | null } } };

export type CancelEventRegistrationMutationVariables = Exact<{
  input: EventRefInput;
}>;


export type CancelEventRegistrationMutation = { __typename?: 'Mutation', cancelEventRegistration: { __typename?: 'EventRegistrationPayload', registration: { __typename?: 'EventRegistration', status: RegistrationStatus } } };

export type EventAttendeesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type EventAttendeesQuery = { __typename?: 'Query', event?: { __typename?: 'Event', slug: string, title: string, startsAt: string, endsAt: string, capacity?: number | null, placesLeft?: number | null, viewerCanManage: boolean, attendees?: Array<{ __typename?: 'EventRegistration', status: RegistrationStatus, position?: number | null, createdAt: string, person: { __typename?: 'User', id: string, name: string, jobTitle?: string | null, school?: { __typename?: 'School', name: string } | null } }> | null } | null };

export type EventForEditingQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type EventForEditingQuery = { __typename?: 'Query', event?: { __typename?: 'Event', slug: string, title: string, kind: EventKind, description: string, startsAt: string, endsAt: string, timeZone: string, mode: EventMode, venue?: string | null, onlineUrl?: string | null, capacity?: number | null, visibility: Visibility, registrationOpen: boolean, viewerCanManage: boolean, hostSchool?: { __typename?: 'School', urn: string, name: string } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null, areaOfExcellence?: { __typename?: 'AreaOfExcellence', slug: string, title: string } | null } | null };

export type EventFormChoicesQueryVariables = Exact<{
  aoeSlug: Scalars['String']['input'];
  withAoe: Scalars['Boolean']['input'];
}>;


export type EventFormChoicesQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', isAdmin: boolean, memberships: Array<{ __typename?: 'Membership', role: NetworkRole, network: { __typename?: 'Network', slug: string, name: string } }> } | null, areaOfExcellence?: { __typename?: 'AreaOfExcellence', slug: string, title: string, viewerCanAddEvents: boolean, school: { __typename?: 'School', urn: string, name: string } } | null };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventPayload', event: { __typename?: 'Event', slug: string } } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'EventPayload', event: { __typename?: 'Event', slug: string } } };

export type ProposalChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalChoicesQuery = { __typename?: 'Query', ambitions: Array<{ __typename?: 'SharedAmbition', slug: string, title: string }> };

export type ProposeAreaOfExcellenceMutationVariables = Exact<{
  input: ProposeAreaOfExcellenceInput;
}>;


export type ProposeAreaOfExcellenceMutation = { __typename?: 'Mutation', proposeAreaOfExcellence: { __typename?: 'AreaOfExcellencePayload', areaOfExcellence: { __typename?: 'AreaOfExcellence', slug: string } } };

export type ExcellenceReviewItemFragment = { __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, status: AoeStatus, sourceReview: ReviewKind, reviewDate: any, expiresAt?: string | null, createdAt: string, school: { __typename?: 'School', urn: string, name: string }, contact: { __typename?: 'User', name: string } };

export type ExcellenceReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ExcellenceReviewQueueQuery = { __typename?: 'Query', proposed: { __typename?: 'AreaOfExcellenceConnection', nodes: Array<{ __typename?: 'AreaOfExcellence', evidence: string, slug: string, title: string, summary: string, status: AoeStatus, sourceReview: ReviewKind, reviewDate: any, expiresAt?: string | null, createdAt: string, school: { __typename?: 'School', urn: string, name: string }, contact: { __typename?: 'User', name: string } }> }, expired: { __typename?: 'AreaOfExcellenceConnection', nodes: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, status: AoeStatus, sourceReview: ReviewKind, reviewDate: any, expiresAt?: string | null, createdAt: string, school: { __typename?: 'School', urn: string, name: string }, contact: { __typename?: 'User', name: string } }> }, validated: { __typename?: 'AreaOfExcellenceConnection', nodes: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, status: AoeStatus, sourceReview: ReviewKind, reviewDate: any, expiresAt?: string | null, createdAt: string, school: { __typename?: 'School', urn: string, name: string }, contact: { __typename?: 'User', name: string } }> } };

export type ValidateAreaOfExcellenceMutationVariables = Exact<{
  input: AreaOfExcellenceRefInput;
}>;


export type ValidateAreaOfExcellenceMutation = { __typename?: 'Mutation', validateAreaOfExcellence: { __typename?: 'AreaOfExcellencePayload', areaOfExcellence: { __typename?: 'AreaOfExcellence', slug: string, status: AoeStatus } } };

export type RenewAreaOfExcellenceMutationVariables = Exact<{
  input: AreaOfExcellenceRefInput;
}>;


export type RenewAreaOfExcellenceMutation = { __typename?: 'Mutation', renewAreaOfExcellence: { __typename?: 'AreaOfExcellencePayload', areaOfExcellence: { __typename?: 'AreaOfExcellence', slug: string, expiresAt?: string | null } } };

export type MemberResourceItemFragment = { __typename?: 'Resource', id: string, slug: string, title: string, status: ResourceStatus, visibility: Visibility, updatedAt: string, reviewComment?: string | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', isAdmin: boolean, canSeeNationalInsight: boolean, user: { __typename?: 'User', name: string }, memberships: Array<{ __typename?: 'Membership', id: string, role: NetworkRole, network: { __typename?: 'Network', slug: string, name: string, viewerCanEnterQualityReviews: boolean, viewerCanSeeInsight: boolean } }>, invitations: Array<{ __typename?: 'Invitation', id: string, role: NetworkRole, expiresAt: string, network: { __typename?: 'Network', slug: string, name: string }, invitedBy: { __typename?: 'User', name: string } }> } | null, drafts: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', id: string, slug: string, title: string, status: ResourceStatus, visibility: Visibility, updatedAt: string, reviewComment?: string | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null }> }, inReview: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', id: string, slug: string, title: string, status: ResourceStatus, visibility: Visibility, updatedAt: string, reviewComment?: string | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null }> }, published: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', id: string, slug: string, title: string, status: ResourceStatus, visibility: Visibility, updatedAt: string, reviewComment?: string | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null }> }, myAreas: { __typename?: 'AreaOfExcellenceConnection', nodes: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, status: AoeStatus, school: { __typename?: 'School', name: string } }> }, registeredEvents: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', slug: string, title: string, startsAt: string, endsAt: string, registration?: { __typename?: 'EventRegistration', status: RegistrationStatus, position?: number | null } | null }> }, hostedEvents: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', slug: string, title: string, startsAt: string, endsAt: string }> }, curriculumDrafts: { __typename?: 'CurriculumEntitlementConnection', totalCount: number }, myCollections: { __typename?: 'CollectionConnection', totalCount: number } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', summary: string, bodyHtml: string, licenceLabel: string, id: string, slug: string, title: string, status: ResourceStatus, visibility: Visibility, updatedAt: string, reviewComment?: string | null, authors: Array<{ __typename?: 'User', name: string }>, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null }> } };

export type EditorChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorChoicesQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', memberships: Array<{ __typename?: 'Membership', role: NetworkRole, network: { __typename?: 'Network', slug: string, name: string } }> } | null };

export type SharedAmbitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedAmbitionsQuery = { __typename?: 'Query', ambitions: Array<{ __typename?: 'SharedAmbition', slug: string, title: string }> };

export type ResourceForEditingQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ResourceForEditingQuery = { __typename?: 'Query', resource?: { __typename?: 'Resource', id: string, slug: string, title: string, summary: string, body: string, type: ResourceType, status: ResourceStatus, licence: Licence, visibility: Visibility, viewerCanEdit: boolean, reviewComment?: string | null, phases: Array<Phase>, keyStages: Array<KeyStage>, yearGroups: Array<YearGroup>, tags: Array<string>, links: Array<{ __typename?: 'ResourceLink', title: string, url: string }>, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, school?: { __typename?: 'School', urn: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string }>, themes: Array<{ __typename?: 'Theme', slug: string }>, ambitions: Array<{ __typename?: 'SharedAmbition', slug: string }>, sharedWith: Array<{ __typename?: 'Network', slug: string }>, relatedResources: Array<{ __typename?: 'Resource', slug: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, title: string, filename: string, position: number, fileType: FileType, typeLabel: string, size: number, downloadPath: string, thumbnailPath?: string | null, extractionStatus: ExtractionStatus, extractionError?: string | null }>, revisions?: { __typename?: 'ResourceRevisionConnection', totalCount: number, nodes: Array<{ __typename?: 'ResourceRevision', number: number, autosave: boolean, createdAt: string, updatedAt: string, message?: string | null, author?: { __typename?: 'User', name: string } | null }> } | null } | null };

export type EditorAttachmentFragment = { __typename?: 'Attachment', id: string, title: string, filename: string, position: number, fileType: FileType, typeLabel: string, size: number, downloadPath: string, thumbnailPath?: string | null, extractionStatus: ExtractionStatus, extractionError?: string | null };

export type RequestAttachmentUploadMutationVariables = Exact<{
  input: RequestAttachmentUploadInput;
}>;


export type RequestAttachmentUploadMutation = { __typename?: 'Mutation', requestAttachmentUpload: { __typename?: 'RequestAttachmentUploadPayload', uploadUrl: string, maxBytes: number } };

export type UpdateAttachmentMutationVariables = Exact<{
  input: UpdateAttachmentInput;
}>;


export type UpdateAttachmentMutation = { __typename?: 'Mutation', updateAttachment: { __typename?: 'UpdateAttachmentPayload', attachment: { __typename?: 'Attachment', id: string } } };

export type RemoveAttachmentMutationVariables = Exact<{
  input: AttachmentRefInput;
}>;


export type RemoveAttachmentMutation = { __typename?: 'Mutation', removeAttachment: { __typename?: 'RemoveAttachmentPayload', resource: { __typename?: 'Resource', slug: string } } };

export type RevisionItemFragment = { __typename?: 'ResourceRevision', number: number, autosave: boolean, createdAt: string, updatedAt: string, message?: string | null, author?: { __typename?: 'User', name: string } | null };

export type RevisionBesideQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  number: Scalars['Int']['input'];
}>;


export type RevisionBesideQuery = { __typename?: 'Query', resource?: { __typename?: 'Resource', slug: string, title: string, viewerCanEdit: boolean, revisions?: { __typename?: 'ResourceRevisionConnection', nodes: Array<{ __typename?: 'ResourceRevision', number: number }> } | null } | null, resourceRevision?: { __typename?: 'ResourceRevision', number: number, autosave: boolean, createdAt: string, updatedAt: string, message?: string | null, author?: { __typename?: 'User', name: string } | null } | null };

export type CompareResourceRevisionsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type CompareResourceRevisionsQuery = { __typename?: 'Query', compareResourceRevisions?: Array<{ __typename?: 'ResourceFieldChange', field: string, before: string, after: string }> | null };

export type RestoreResourceRevisionMutationVariables = Exact<{
  input: RestoreResourceRevisionInput;
}>;


export type RestoreResourceRevisionMutation = { __typename?: 'Mutation', restoreResourceRevision: { __typename?: 'RestoreResourceRevisionPayload', resource: { __typename?: 'Resource', slug: string } } };

export type CreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type CreateResourceMutation = { __typename?: 'Mutation', createResource: { __typename?: 'CreateResourcePayload', resource: { __typename?: 'Resource', slug: string, updatedAt: string } } };

export type UpdateResourceMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type UpdateResourceMutation = { __typename?: 'Mutation', updateResource: { __typename?: 'UpdateResourcePayload', resource: { __typename?: 'Resource', slug: string, updatedAt: string } } };

export type SubmitResourceForReviewMutationVariables = Exact<{
  input: ResourceRefInput;
}>;


export type SubmitResourceForReviewMutation = { __typename?: 'Mutation', submitResourceForReview: { __typename?: 'SubmitResourceForReviewPayload', resource: { __typename?: 'Resource', slug: string, status: ResourceStatus } } };

export type PublishResourceMutationVariables = Exact<{
  input: ResourceRefInput;
}>;


export type PublishResourceMutation = { __typename?: 'Mutation', publishResource: { __typename?: 'PublishResourcePayload', resource: { __typename?: 'Resource', slug: string, status: ResourceStatus } } };

export type RequestResourceChangesMutationVariables = Exact<{
  input: RequestResourceChangesInput;
}>;


export type RequestResourceChangesMutation = { __typename?: 'Mutation', requestResourceChanges: { __typename?: 'RequestResourceChangesPayload', resource: { __typename?: 'Resource', slug: string, status: ResourceStatus } } };

export type RenderMarkdownQueryVariables = Exact<{
  markdown: Scalars['String']['input'];
}>;


export type RenderMarkdownQuery = { __typename?: 'Query', renderMarkdown: string };

export type ReviewHubsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewHubsQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', memberships: Array<{ __typename?: 'Membership', network: { __typename?: 'Network', slug: string, name: string, viewerCanEnterQualityReviews: boolean } }> } | null };

export type HubReviewsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HubReviewsQuery = { __typename?: 'Query', network?: { __typename?: 'Network', slug: string, name: string, viewerCanEnterQualityReviews: boolean, qualityReviews: { __typename?: 'QualityReviewConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'QualityReview', id: string, kind: QualityReviewKind, reviewDate: any, school: { __typename?: 'School', urn: string, name: string } }> } } | null };

export type ReviewForEditingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewForEditingQuery = { __typename?: 'Query', node?: { __typename: 'AreaOfExcellence' } | { __typename: 'Attachment' } | { __typename: 'Collection' } | { __typename: 'CurriculumEntitlement' } | { __typename: 'CurriculumUnit' } | { __typename: 'EntitlementAdoption' } | { __typename: 'Event' } | { __typename: 'Network' } | { __typename: 'PlanItem' } | { __typename: 'QualityReview', id: string, kind: QualityReviewKind, reviewDate: any, viewerCanEdit: boolean, school: { __typename?: 'School', urn: string, name: string }, hub: { __typename?: 'Network', slug: string, name: string }, findings: Array<{ __typename?: 'ReviewFinding', id: string, kind: FindingKind, text: string, phase?: Phase | null, keyStage?: KeyStage | null, subject?: { __typename?: 'Subject', name: string } | null, themes: Array<{ __typename?: 'Theme', slug: string, name: string }> }> } | { __typename: 'Resource' } | { __typename: 'ReviewFinding' } | { __typename: 'School' } | { __typename: 'SharedAmbition' } | { __typename: 'Subject' } | { __typename: 'Theme' } | { __typename: 'User' } | null };

export type CreateQualityReviewMutationVariables = Exact<{
  input: CreateQualityReviewInput;
}>;


export type CreateQualityReviewMutation = { __typename?: 'Mutation', createQualityReview: { __typename?: 'QualityReviewPayload', qualityReview: { __typename?: 'QualityReview', id: string } } };

export type AddReviewFindingMutationVariables = Exact<{
  input: AddReviewFindingInput;
}>;


export type AddReviewFindingMutation = { __typename?: 'Mutation', addReviewFinding: { __typename?: 'QualityReviewPayload', qualityReview: { __typename?: 'QualityReview', id: string } } };

export type RemoveReviewFindingMutationVariables = Exact<{
  input: ReviewFindingRefInput;
}>;


export type RemoveReviewFindingMutation = { __typename?: 'Mutation', removeReviewFinding: { __typename?: 'QualityReviewPayload', qualityReview: { __typename?: 'QualityReview', id: string } } };

export type ImportQualityReviewsMutationVariables = Exact<{
  input: ImportQualityReviewsInput;
}>;


export type ImportQualityReviewsMutation = { __typename?: 'Mutation', importQualityReviews: { __typename?: 'QualityReviewImportResult', dryRun: boolean, imported: boolean, reviewCount: number, findingCount: number, problems: Array<{ __typename?: 'ReviewImportProblem', line: number, column: string, message: string }> } };

export type NationalInsightQueryVariables = Exact<{
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  phase?: InputMaybe<Phase>;
}>;


export type NationalInsightQuery = { __typename?: 'Query', nationalInsight: { __typename?: 'NationalInsight', from: any, to: any, previousFrom: any, previousTo: any, phase?: Phase | null, suppressionThreshold: number, themes: Array<{ __typename?: 'SuppressedThemeInsight', strengthSchools?: number | null, developmentSchools?: number | null, previousStrengthSchools?: number | null, previousDevelopmentSchools?: number | null, suppressed: boolean, theme: { __typename?: 'Theme', slug: string, name: string } }>, hubThemes: Array<{ __typename?: 'HubThemeInsight', strengthSchools?: number | null, developmentSchools?: number | null, previousStrengthSchools?: number | null, previousDevelopmentSchools?: number | null, suppressed: boolean, hub: { __typename?: 'Network', slug: string, name: string }, theme: { __typename?: 'Theme', slug: string, name: string } }> } };

export type PublicSearchDemandQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type PublicSearchDemandQuery = { __typename?: 'Query', publicSearchDemand: { __typename?: 'SearchDemand', searches: number, zeroResultSearches: number, openedSearches: number, sessionThreshold: number, topQueries: Array<{ __typename?: 'DemandedQuery', query: string, searches: number, sessions: number, zeroResultSearches: number, openedSearches: number }>, zeroResultQueries: Array<{ __typename?: 'DemandedQuery', query: string, searches: number, sessions: number, zeroResultSearches: number, openedSearches: number }>, unopenedQueries: Array<{ __typename?: 'DemandedQuery', query: string, searches: number, sessions: number, zeroResultSearches: number, openedSearches: number }> } };

export type NetworkBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type NetworkBySlugQuery = { __typename?: 'Query', network?: { __typename?: 'Network', slug: string, name: string, kind: NetworkKind, description: string, region?: Region | null, updatedAt: string, parent?: { __typename?: 'Network', slug: string, name: string } | null, ambitions: Array<{ __typename?: 'SharedAmbition', description: string, targetYear: number, targetPercentage?: number | null, slug: string, title: string }>, partners: Array<{ __typename?: 'Network', slug: string, name: string }>, schools: { __typename?: 'SchoolConnection', totalCount: number, nodes: Array<{ __typename?: 'School', urn: string, name: string, phase: Phase }> } } | null, resources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null }> }, areasOfExcellence: { __typename?: 'AreaOfExcellenceConnection', totalCount: number, nodes: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, phase: Phase, reviewDate: any, school: { __typename?: 'School', urn: string, name: string, region: Region }, themes: Array<{ __typename?: 'Theme', slug: string, name: string }> }> }, events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', slug: string, title: string, kind: EventKind, mode: EventMode, startsAt: string, endsAt: string, timeZone: string, venue?: string | null, hostSchool?: { __typename?: 'School', urn: string, name: string } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null }> }, collections: { __typename?: 'CollectionConnection', nodes: Array<{ __typename?: 'Collection', slug: string, title: string, description: string, updatedAt: string, owner?: { __typename?: 'User', name: string } | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number } }> }, curriculumEntitlements: { __typename?: 'CurriculumEntitlementConnection', nodes: Array<{ __typename?: 'CurriculumEntitlement', slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } }> } };

export type NetworkInsightQueryVariables = Exact<{
  network: Scalars['String']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  phase?: InputMaybe<Phase>;
}>;


export type NetworkInsightQuery = { __typename?: 'Query', networkInsight: { __typename?: 'NetworkInsight', from: any, to: any, previousFrom: any, previousTo: any, phase?: Phase | null, schools: number, reviewedSchools: number, themes: Array<{ __typename?: 'ThemeInsight', strengthSchools: number, developmentSchools: number, previousStrengthSchools: number, previousDevelopmentSchools: number, theme: { __typename?: 'Theme', slug: string, name: string } }>, coverage: Array<{ __typename?: 'EntitlementInsight', entitlement: { __typename?: 'CurriculumEntitlement', slug: string, title: string, version: number }, agreedSchools: Array<{ __typename?: 'School', name: string }>, olderVersionSchools: Array<{ __typename?: 'School', name: string }>, notTeachingSchools: Array<{ __typename?: 'School', name: string }> }> }, network?: { __typename?: 'Network', slug: string, name: string } | null };

export type NetworkSearchDemandQueryVariables = Exact<{
  network: Scalars['String']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type NetworkSearchDemandQuery = { __typename?: 'Query', networkSearchDemand: { __typename?: 'SearchDemand', searches: number, zeroResultSearches: number, openedSearches: number, sessionThreshold: number, topQueries: Array<{ __typename?: 'DemandedQuery', query: string, searches: number, sessions: number, zeroResultSearches: number, openedSearches: number }>, zeroResultQueries: Array<{ __typename?: 'DemandedQuery', query: string, searches: number, sessions: number, zeroResultSearches: number, openedSearches: number }>, unopenedQueries: Array<{ __typename?: 'DemandedQuery', query: string, searches: number, sessions: number, zeroResultSearches: number, openedSearches: number }> } };

export type DemandedQueryFiguresFragment = { __typename?: 'DemandedQuery', query: string, searches: number, sessions: number, zeroResultSearches: number, openedSearches: number };

export type ManageNetworkQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ManageNetworkQuery = { __typename?: 'Query', network?: { __typename?: 'Network', id: string, slug: string, name: string, viewerCanManage: boolean, people?: { __typename?: 'MembershipConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Membership', id: string, role: NetworkRole, createdAt: string, user: { __typename?: 'User', id: string, name: string, jobTitle?: string | null } }> } | null, pendingInvitations?: Array<{ __typename?: 'Invitation', id: string, email: string, role: NetworkRole, expiresAt: string, invitedBy: { __typename?: 'User', name: string } }> | null } | null };

export type InviteToNetworkMutationVariables = Exact<{
  input: InviteToNetworkInput;
}>;


export type InviteToNetworkMutation = { __typename?: 'Mutation', inviteToNetwork: { __typename?: 'InvitationPayload', invitation: { __typename?: 'Invitation', id: string, email: string } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { __typename?: 'Mutation', changeMemberRole: { __typename?: 'MembershipPayload', membership: { __typename?: 'Membership', id: string, role: NetworkRole } } };

export type RemoveMemberMutationVariables = Exact<{
  input: MemberRefInput;
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: { __typename?: 'NetworkPayload', network: { __typename?: 'Network', id: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  input: InvitationRefInput;
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'InvitationPayload', invitation: { __typename?: 'Invitation', id: string } } };

export type InvitationByTokenQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationByTokenQuery = { __typename?: 'Query', invitationByToken?: { __typename?: 'Invitation', id: string, email: string, role: NetworkRole, expiresAt: string, network: { __typename?: 'Network', slug: string, name: string }, invitedBy: { __typename?: 'User', name: string } } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: InvitationAnswerInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'MembershipPayload', membership: { __typename?: 'Membership', role: NetworkRole, network: { __typename?: 'Network', slug: string, name: string } } } };

export type DeclineInvitationMutationVariables = Exact<{
  input: InvitationAnswerInput;
}>;


export type DeclineInvitationMutation = { __typename?: 'Mutation', declineInvitation: { __typename?: 'InvitationPayload', invitation: { __typename?: 'Invitation', network: { __typename?: 'Network', name: string } } } };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { __typename?: 'Mutation', createNetwork: { __typename?: 'CreateNetworkPayload', network: { __typename?: 'Network', slug: string } } };

export type CreateSchoolMutationVariables = Exact<{
  input: CreateSchoolInput;
}>;


export type CreateSchoolMutation = { __typename?: 'Mutation', createSchool: { __typename?: 'CreateSchoolPayload', school: { __typename?: 'School', urn: string } } };

export type NetworkReviewSummaryQueryVariables = Exact<{
  network: Scalars['String']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  phase?: InputMaybe<Phase>;
}>;


export type NetworkReviewSummaryQuery = { __typename?: 'Query', networkReviewSummary: { __typename?: 'NetworkReviewSummary', reviews: number, previousReviews: number, strengths: Array<{ __typename?: 'ReviewSummaryTheme', schools: number, findings: number, previousSchools: number, previousFindings: number, change: ThemeChange, theme: { __typename?: 'Theme', slug: string, name: string }, quotes: Array<{ __typename?: 'ReviewQuote', text: string, reviewDate: any, reviewKind: QualityReviewKind, school: { __typename?: 'School', name: string, urn: string } }> }>, developments: Array<{ __typename?: 'ReviewSummaryTheme', schools: number, findings: number, previousSchools: number, previousFindings: number, change: ThemeChange, theme: { __typename?: 'Theme', slug: string, name: string }, quotes: Array<{ __typename?: 'ReviewQuote', text: string, reviewDate: any, reviewKind: QualityReviewKind, school: { __typename?: 'School', name: string, urn: string } }> }> } };

export type ReviewSummaryThemeFieldsFragment = { __typename?: 'ReviewSummaryTheme', schools: number, findings: number, previousSchools: number, previousFindings: number, change: ThemeChange, theme: { __typename?: 'Theme', slug: string, name: string }, quotes: Array<{ __typename?: 'ReviewQuote', text: string, reviewDate: any, reviewKind: QualityReviewKind, school: { __typename?: 'School', name: string, urn: string } }> };

export type RequestIntroductionMutationVariables = Exact<{
  input: RequestIntroductionInput;
}>;


export type RequestIntroductionMutation = { __typename?: 'Mutation', requestIntroduction: { __typename?: 'IntroductionPayload', areaOfExcellence: { __typename?: 'AreaOfExcellence', slug: string, contact: { __typename?: 'User', name: string } } } };

export type ResourceBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ResourceBySlugQuery = { __typename?: 'Query', resource?: { __typename?: 'Resource', slug: string, title: string, summary: string, bodyHtml: string, type: ResourceType, licence: Licence, licenceLabel: string, licenceUrl?: string | null, createdAt: string, publishedAt?: string | null, updatedAt: string, tags: Array<string>, phases: Array<Phase>, keyStages: Array<KeyStage>, yearGroups: Array<YearGroup>, viewerCanEdit: boolean, ambitions: Array<{ __typename?: 'SharedAmbition', slug: string, title: string }>, collections: Array<{ __typename?: 'Collection', slug: string, title: string }>, areasOfExcellence: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, school: { __typename?: 'School', name: string } }>, curriculumUnits: Array<{ __typename?: 'CurriculumUnit', id: string, title: string, entitlement: { __typename?: 'CurriculumEntitlement', slug: string, title: string, version: number } }>, authors: Array<{ __typename?: 'User', name: string, jobTitle?: string | null }>, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, school?: { __typename?: 'School', urn: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, themes: Array<{ __typename?: 'Theme', slug: string, name: string }>, links: Array<{ __typename?: 'ResourceLink', title: string, url: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, title: string, filename: string, fileType: FileType, typeLabel: string, size: number, downloadPath: string, thumbnailPath?: string | null, extractionStatus: ExtractionStatus, extractionError?: string | null, textPreview?: string | null }>, relatedResources: Array<{ __typename?: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null }> } | null };

export type ResourceFeedQueryVariables = Exact<{
  filter?: InputMaybe<ResourceFilter>;
}>;


export type ResourceFeedQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', nodes: Array<{ __typename?: 'Resource', slug: string, title: string, summary: string, licenceLabel: string, publishedAt?: string | null, updatedAt: string, authors: Array<{ __typename?: 'User', name: string }>, owningNetwork?: { __typename?: 'Network', name: string } | null, subjects: Array<{ __typename?: 'Subject', name: string }> }> } };

export type FeedNetworkQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type FeedNetworkQuery = { __typename?: 'Query', network?: { __typename?: 'Network', name: string } | null };

export type FeedSubjectQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type FeedSubjectQuery = { __typename?: 'Query', subject?: { __typename?: 'Subject', name: string } | null };

export type FeedThemeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type FeedThemeQuery = { __typename?: 'Query', theme?: { __typename?: 'Theme', name: string } | null };

export type ResourceHistoryQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ResourceHistoryQuery = { __typename?: 'Query', resource?: { __typename?: 'Resource', slug: string, title: string, createdAt: string, publishedAt?: string | null, updatedAt: string, revisions?: { __typename?: 'ResourceRevisionConnection', totalCount: number, nodes: Array<{ __typename?: 'ResourceRevision', number: number, createdAt: string, message?: string | null, author?: { __typename?: 'User', name: string } | null }> } | null } | null };

export type SchoolByUrnQueryVariables = Exact<{
  urn: Scalars['String']['input'];
}>;


export type SchoolByUrnQuery = { __typename?: 'Query', school?: { __typename?: 'School', urn: string, slug: string, name: string, phase: Phase, region: Region, localAuthority: string, postcode?: string | null, updatedAt: string, networks: Array<{ __typename?: 'Network', slug: string, name: string, kind: NetworkKind }> } | null, areasOfExcellence: { __typename?: 'AreaOfExcellenceConnection', nodes: Array<{ __typename?: 'AreaOfExcellence', slug: string, title: string, summary: string, phase: Phase, reviewDate: any, school: { __typename?: 'School', urn: string, name: string, region: Region }, themes: Array<{ __typename?: 'Theme', slug: string, name: string }> }> }, events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', slug: string, title: string, kind: EventKind, mode: EventMode, startsAt: string, endsAt: string, timeZone: string, venue?: string | null, hostSchool?: { __typename?: 'School', urn: string, name: string } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null }> }, resources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null }> } };

export type SiteSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  kinds?: InputMaybe<Array<SearchKind> | SearchKind>;
  filter?: InputMaybe<SearchFilter>;
  orderBy: SearchOrder;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SiteSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchConnection', totalCount: number, searchRef?: string | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets: { __typename?: 'SearchFacets', kinds: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, types: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, subjects: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, phases: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, keyStages: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, yearGroups: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, themes: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, regions: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, networks: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, licences: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }>, hasUpcomingEvents: Array<{ __typename?: 'FacetValue', value: string, label: string, count: number }> }, nodes: Array<{ __typename?: 'SearchHit', kind: SearchKind, title: { __typename?: 'HighlightedText', text: string, highlights: Array<{ __typename?: 'TextRange', start: number, length: number }> }, snippet: { __typename?: 'HighlightedText', text: string, highlights: Array<{ __typename?: 'TextRange', start: number, length: number }> }, node: { __typename: 'AreaOfExcellence', slug: string, title: string, summary: string, phase: Phase, reviewDate: any, school: { __typename?: 'School', urn: string, name: string, region: Region }, themes: Array<{ __typename?: 'Theme', slug: string, name: string }> } | { __typename: 'Collection', slug: string, title: string, description: string, updatedAt: string, owner?: { __typename?: 'User', name: string } | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number } } | { __typename: 'CurriculumEntitlement', slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } } | { __typename: 'Event', slug: string, title: string, kind: EventKind, mode: EventMode, startsAt: string, endsAt: string, timeZone: string, venue?: string | null, hostSchool?: { __typename?: 'School', urn: string, name: string } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null } | { __typename: 'Network', slug: string, name: string, description: string, networkKind: NetworkKind, networkRegion?: Region | null } | { __typename: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null } | { __typename: 'School', urn: string, name: string, phase: Phase, region: Region, localAuthority: string } }> } };

export type SiteSearchSuggestionsQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;


export type SiteSearchSuggestionsQuery = { __typename?: 'Query', searchSuggestions: Array<{ __typename?: 'SearchSuggestion', kind: SearchKind, title: { __typename?: 'HighlightedText', text: string, highlights: Array<{ __typename?: 'TextRange', start: number, length: number }> }, node: { __typename: 'AreaOfExcellence', slug: string } | { __typename: 'Collection', slug: string } | { __typename: 'CurriculumEntitlement', slug: string } | { __typename: 'Event', slug: string } | { __typename: 'Network', slug: string } | { __typename: 'Resource', slug: string } | { __typename: 'School', urn: string } }> };

export type FacetFragment = { __typename?: 'FacetValue', value: string, label: string, count: number };

export type HighlightedFragment = { __typename?: 'HighlightedText', text: string, highlights: Array<{ __typename?: 'TextRange', start: number, length: number }> };

type SearchResultCard_AreaOfExcellence_Fragment = { __typename: 'AreaOfExcellence', slug: string, title: string, summary: string, phase: Phase, reviewDate: any, school: { __typename?: 'School', urn: string, name: string, region: Region }, themes: Array<{ __typename?: 'Theme', slug: string, name: string }> };

type SearchResultCard_Collection_Fragment = { __typename: 'Collection', slug: string, title: string, description: string, updatedAt: string, owner?: { __typename?: 'User', name: string } | null, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, items: { __typename?: 'CollectionItemConnection', totalCount: number } };

type SearchResultCard_CurriculumEntitlement_Fragment = { __typename: 'CurriculumEntitlement', slug: string, title: string, version: number, status: EntitlementStatus, keyStage: KeyStage, agreedAt?: string | null, subject: { __typename?: 'Subject', slug: string, name: string }, network: { __typename?: 'Network', slug: string, name: string } };

type SearchResultCard_Event_Fragment = { __typename: 'Event', slug: string, title: string, kind: EventKind, mode: EventMode, startsAt: string, endsAt: string, timeZone: string, venue?: string | null, hostSchool?: { __typename?: 'School', urn: string, name: string } | null, hostNetwork?: { __typename?: 'Network', slug: string, name: string } | null };

type SearchResultCard_Network_Fragment = { __typename: 'Network', slug: string, name: string, description: string, networkKind: NetworkKind, networkRegion?: Region | null };

type SearchResultCard_Resource_Fragment = { __typename: 'Resource', slug: string, title: string, summary: string, type: ResourceType, licence: Licence, licenceLabel: string, publishedAt?: string | null, updatedAt: string, owningNetwork?: { __typename?: 'Network', slug: string, name: string } | null, subjects: Array<{ __typename?: 'Subject', slug: string, name: string }>, thumbnail?: { __typename?: 'Attachment', title: string, fileType: FileType, thumbnailPath?: string | null } | null };

type SearchResultCard_School_Fragment = { __typename: 'School', urn: string, name: string, phase: Phase, region: Region, localAuthority: string };

export type SearchResultCardFragment = SearchResultCard_AreaOfExcellence_Fragment | SearchResultCard_Collection_Fragment | SearchResultCard_CurriculumEntitlement_Fragment | SearchResultCard_Event_Fragment | SearchResultCard_Network_Fragment | SearchResultCard_Resource_Fragment | SearchResultCard_School_Fragment;

type SearchResultLink_AreaOfExcellence_Fragment = { __typename: 'AreaOfExcellence', slug: string };

type SearchResultLink_Collection_Fragment = { __typename: 'Collection', slug: string };

type SearchResultLink_CurriculumEntitlement_Fragment = { __typename: 'CurriculumEntitlement', slug: string };

type SearchResultLink_Event_Fragment = { __typename: 'Event', slug: string };

type SearchResultLink_Network_Fragment = { __typename: 'Network', slug: string };

type SearchResultLink_Resource_Fragment = { __typename: 'Resource', slug: string };

type SearchResultLink_School_Fragment = { __typename: 'School', urn: string };

export type SearchResultLinkFragment = SearchResultLink_AreaOfExcellence_Fragment | SearchResultLink_Collection_Fragment | SearchResultLink_CurriculumEntitlement_Fragment | SearchResultLink_Event_Fragment | SearchResultLink_Network_Fragment | SearchResultLink_Resource_Fragment | SearchResultLink_School_Fragment;

export type SchoolCardFragment = { __typename?: 'School', urn: string, name: string, phase: Phase, region: Region, localAuthority: string };

export type NetworkCardFragment = { __typename?: 'Network', slug: string, name: string, description: string, networkKind: NetworkKind, networkRegion?: Region | null };

export type SiteSearchCountQueryVariables = Exact<{
  query: Scalars['String']['input'];
  kinds?: InputMaybe<Array<SearchKind> | SearchKind>;
  filter?: InputMaybe<SearchFilter>;
}>;


export type SiteSearchCountQuery = { __typename?: 'Query', search: { __typename?: 'SearchConnection', totalCount: number } };

export type RecordSearchResultOpenedMutationVariables = Exact<{
  searchRef: Scalars['String']['input'];
}>;


export type RecordSearchResultOpenedMutation = { __typename?: 'Mutation', recordSearchResultOpened: boolean };

export type SitemapCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SitemapCountsQuery = { __typename?: 'Query', resources: { __typename?: 'SitemapPage', totalCount: number }, excellence: { __typename?: 'SitemapPage', totalCount: number }, events: { __typename?: 'SitemapPage', totalCount: number }, curriculum: { __typename?: 'SitemapPage', totalCount: number }, schools: { __typename?: 'SitemapPage', totalCount: number }, networks: { __typename?: 'SitemapPage', totalCount: number }, collections: { __typename?: 'SitemapPage', totalCount: number } };

export type SitemapBlockQueryVariables = Exact<{
  kind: SitemapKind;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type SitemapBlockQuery = { __typename?: 'Query', sitemap: { __typename?: 'SitemapPage', entries: Array<{ __typename?: 'SitemapEntry', key: string, updatedAt: string }> } };

export const PlanItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PlanItemFieldsFragment, unknown>;
export const AmbitionChipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmbitionChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedAmbition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<AmbitionChipFragment, unknown>;
export const ExcellenceReviewItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellenceReviewItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExcellenceReviewItemFragment, unknown>;
export const MemberResourceItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberResourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberResourceItemFragment, unknown>;
export const EditorAttachmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditorAttachment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}},{"kind":"Field","name":{"kind":"Name","value":"extractionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"extractionError"}}]}}]} as unknown as DocumentNode<EditorAttachmentFragment, unknown>;
export const RevisionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevisionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"autosave"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevisionItemFragment, unknown>;
export const DemandedQueryFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandedQueryFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zeroResultSearches"}},{"kind":"Field","name":{"kind":"Name","value":"openedSearches"}}]}}]} as unknown as DocumentNode<DemandedQueryFiguresFragment, unknown>;
export const ReviewSummaryThemeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSummaryThemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSummaryTheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"previousSchools"}},{"kind":"Field","name":{"kind":"Name","value":"previousFindings"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewKind"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewSummaryThemeFieldsFragment, unknown>;
export const FacetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<FacetFragment, unknown>;
export const HighlightedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Highlighted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HighlightedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]} as unknown as DocumentNode<HighlightedFragment, unknown>;
export const ResourceCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}}]} as unknown as DocumentNode<ResourceCardFragment, unknown>;
export const AreaOfExcellenceCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaOfExcellenceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AreaOfExcellenceCardFragment, unknown>;
export const EntitlementCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitlementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EntitlementCardFragment, unknown>;
export const EventCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EventCardFragment, unknown>;
export const SchoolCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}}]}}]} as unknown as DocumentNode<SchoolCardFragment, unknown>;
export const NetworkCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"networkKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"networkRegion"},"name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<NetworkCardFragment, unknown>;
export const CollectionCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CollectionCardFragment, unknown>;
export const SearchResultCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResultCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaOfExcellenceCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitlementCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaOfExcellenceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitlementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"networkKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"networkRegion"},"name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SearchResultCardFragment, unknown>;
export const SearchResultLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResultLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<SearchResultLinkFragment, unknown>;
export const CurrentViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentViewerQuery, CurrentViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const ConfirmSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmSignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ConfirmSignUpMutation, ConfirmSignUpMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const AccountSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const NetworkMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentSchools"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"totalSchools"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewStrength"}},{"kind":"Field","name":{"kind":"Name","value":"areasOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkMatchesQuery, NetworkMatchesQueryVariables>;
export const NetworkPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NetworkPlanQuery, NetworkPlanQueryVariables>;
export const CreatePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanItemMutation, CreatePlanItemMutationVariables>;
export const UpdatePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlanItemMutation, UpdatePlanItemMutationVariables>;
export const RemovePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}}]}}]}}]} as unknown as DocumentNode<RemovePlanItemMutation, RemovePlanItemMutationVariables>;
export const AreaOfExcellenceBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaOfExcellenceBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"overallEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"validatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanValidate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAddEvents"}},{"kind":"Field","name":{"kind":"Name","value":"ambitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmbitionChip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactJobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmbitionChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedAmbition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AreaOfExcellenceBySlugQuery, AreaOfExcellenceBySlugQueryVariables>;
export const AreasOfExcellenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreasOfExcellence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellenceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areasOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaOfExcellenceCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaOfExcellenceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AreasOfExcellenceQuery, AreasOfExcellenceQueryVariables>;
export const CollectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CollectionsQuery, CollectionsQueryVariables>;
export const CollectionBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}}]} as unknown as DocumentNode<CollectionBySlugQuery, CollectionBySlugQueryVariables>;
export const CompareEntitlementVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareEntitlementVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curriculumEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compareEntitlementVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unitsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"unitsRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"unitsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeAdded"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"skillsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"skillsRemoved"}}]}}]}}]}}]} as unknown as DocumentNode<CompareEntitlementVersionsQuery, CompareEntitlementVersionsQueryVariables>;
export const CurriculumEntitlementBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurriculumEntitlementBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curriculumEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitlementCard"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitKey"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"knowledge"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"linkedResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitlementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurriculumEntitlementBySlugQuery, CurriculumEntitlementBySlugQueryVariables>;
export const CurriculumEntitlementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurriculumEntitlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curriculumEntitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitlementCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitlementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurriculumEntitlementsQuery, CurriculumEntitlementsQueryVariables>;
export const SchoolDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}}]}}]} as unknown as DocumentNode<SchoolDirectoryQuery, SchoolDirectoryQueryVariables>;
export const NetworkDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"networkKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"networkRegion"},"name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<NetworkDirectoryQuery, NetworkDirectoryQueryVariables>;
export const EntitlementCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntitlementCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkSlug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlementCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkSlug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"latestAgreedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EntitlementCoverageQuery, EntitlementCoverageQueryVariables>;
export const EventBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EventBySlugQuery, EventBySlugQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const FilterVocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmbitionChip"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmbitionChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedAmbition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<FilterVocabularyQuery, FilterVocabularyQueryVariables>;
export const HomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"visibility"},"value":{"kind":"EnumValue","value":"PUBLIC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areasOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VALIDATED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaOfExcellenceCard"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaOfExcellenceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const LibraryResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}}]} as unknown as DocumentNode<LibraryResourcesQuery, LibraryResourcesQueryVariables>;
export const MyCollectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCollections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"curatedByMe"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCollectionsQuery, MyCollectionsQueryVariables>;
export const CuratedCollectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CuratedCollections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"curatedByMe"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CuratedCollectionsQuery, CuratedCollectionsQueryVariables>;
export const CollectionForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectionForEditingQuery, CollectionForEditingQueryVariables>;
export const CreateCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCollectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCollectionMutation, CreateCollectionMutationVariables>;
export const UpdateCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCollectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCollectionMutation, UpdateCollectionMutationVariables>;
export const AddResourceToCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddResourceToCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddResourceToCollectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addResourceToCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AddResourceToCollectionMutation, AddResourceToCollectionMutationVariables>;
export const RemoveResourceFromCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveResourceFromCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeResourceFromCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveResourceFromCollectionMutation, RemoveResourceFromCollectionMutationVariables>;
export const MoveResourceInCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveResourceInCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveResourceInCollectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveResourceInCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<MoveResourceInCollectionMutation, MoveResourceInCollectionMutationVariables>;
export const MemberCurriculumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCurriculum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"curriculumEntitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"contributedByMe"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitlementCard"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"agreed"},"name":{"kind":"Name","value":"curriculumEntitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"AGREED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"contributedByMe"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitlementCard"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanStartDraft"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitlementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberCurriculumQuery, MemberCurriculumQueryVariables>;
export const EntitlementForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntitlementForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"curriculumEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitlementCard"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAgree"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanStartDraft"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"knowledge"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitlementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EntitlementForEditingQuery, EntitlementForEditingQueryVariables>;
export const CreateCurriculumEntitlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCurriculumEntitlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCurriculumEntitlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCurriculumEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCurriculumEntitlementMutation, CreateCurriculumEntitlementMutationVariables>;
export const StartEntitlementDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEntitlementDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntitlementSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntitlementDraftFromAgreed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<StartEntitlementDraftMutation, StartEntitlementDraftMutationVariables>;
export const UpdateCurriculumEntitlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCurriculumEntitlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCurriculumEntitlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCurriculumEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCurriculumEntitlementMutation, UpdateCurriculumEntitlementMutationVariables>;
export const AddCurriculumUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCurriculumUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCurriculumUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCurriculumUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddCurriculumUnitMutation, AddCurriculumUnitMutationVariables>;
export const UpdateCurriculumUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCurriculumUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCurriculumUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCurriculumUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCurriculumUnitMutation, UpdateCurriculumUnitMutationVariables>;
export const MoveCurriculumUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveCurriculumUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveCurriculumUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCurriculumUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<MoveCurriculumUnitMutation, MoveCurriculumUnitMutationVariables>;
export const RemoveCurriculumUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCurriculumUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumUnitRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCurriculumUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCurriculumUnitMutation, RemoveCurriculumUnitMutationVariables>;
export const AgreeEntitlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeEntitlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntitlementVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AgreeEntitlementMutation, AgreeEntitlementMutationVariables>;
export const RecordEntitlementAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEntitlementAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEntitlementAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEntitlementAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordEntitlementAdoptionMutation, RecordEntitlementAdoptionMutationVariables>;
export const RegisterForEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const CancelEventRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEventRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEventRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelEventRegistrationMutation, CancelEventRegistrationMutationVariables>;
export const EventAttendeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventAttendees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventAttendeesQuery, EventAttendeesQueryVariables>;
export const EventForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EventForEditingQuery, EventForEditingQueryVariables>;
export const EventFormChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventFormChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aoeSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAoe"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aoeSlug"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAoe"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAddEvents"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EventFormChoicesQuery, EventFormChoicesQueryVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const ProposalChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ambitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ProposalChoicesQuery, ProposalChoicesQueryVariables>;
export const ProposeAreaOfExcellenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAreaOfExcellence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeAreaOfExcellenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAreaOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeAreaOfExcellenceMutation, ProposeAreaOfExcellenceMutationVariables>;
export const ExcellenceReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExcellenceReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"proposed"},"name":{"kind":"Name","value":"areasOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validatableByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PROPOSED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellenceReviewItem"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"expired"},"name":{"kind":"Name","value":"areasOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validatableByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"EXPIRED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellenceReviewItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"validated"},"name":{"kind":"Name","value":"areasOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"validatableByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VALIDATED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellenceReviewItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellenceReviewItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExcellenceReviewQueueQuery, ExcellenceReviewQueueQueryVariables>;
export const ValidateAreaOfExcellenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateAreaOfExcellence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellenceRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateAreaOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ValidateAreaOfExcellenceMutation, ValidateAreaOfExcellenceMutationVariables>;
export const RenewAreaOfExcellenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewAreaOfExcellence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellenceRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewAreaOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RenewAreaOfExcellenceMutation, RenewAreaOfExcellenceMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"canSeeNationalInsight"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEnterQualityReviews"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSeeInsight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"authoredByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberResourceItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inReview"},"name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"authoredByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberResourceItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"published"},"name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"authoredByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberResourceItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"myAreas"},"name":{"kind":"Name","value":"areasOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"registeredEvents"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"registeredByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hostedEvents"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostedByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"curriculumDrafts"},"name":{"kind":"Name","value":"curriculumEntitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"contributedByMe"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"myCollections"},"name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"curatedByMe"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberResourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"moderatedByMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberResourceItem"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberResourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const EditorChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditorChoicesQuery, EditorChoicesQueryVariables>;
export const SharedAmbitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedAmbitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ambitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SharedAmbitionsQuery, SharedAmbitionsQueryVariables>;
export const ResourceForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"keyStages"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditorAttachment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RevisionItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditorAttachment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}},{"kind":"Field","name":{"kind":"Name","value":"extractionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"extractionError"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevisionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"autosave"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResourceForEditingQuery, ResourceForEditingQueryVariables>;
export const RequestAttachmentUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAttachmentUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAttachmentUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAttachmentUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}}]}}]} as unknown as DocumentNode<RequestAttachmentUploadMutation, RequestAttachmentUploadMutationVariables>;
export const UpdateAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAttachmentMutation, UpdateAttachmentMutationVariables>;
export const RemoveAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachmentRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveAttachmentMutation, RemoveAttachmentMutationVariables>;
export const RevisionBesideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionBeside"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RevisionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevisionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"autosave"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevisionBesideQuery, RevisionBesideQueryVariables>;
export const CompareResourceRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareResourceRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareResourceRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CompareResourceRevisionsQuery, CompareResourceRevisionsQueryVariables>;
export const RestoreResourceRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreResourceRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreResourceRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreResourceRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreResourceRevisionMutation, RestoreResourceRevisionMutationVariables>;
export const CreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateResourceMutation, CreateResourceMutationVariables>;
export const UpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateResourceMutation, UpdateResourceMutationVariables>;
export const SubmitResourceForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitResourceForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitResourceForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitResourceForReviewMutation, SubmitResourceForReviewMutationVariables>;
export const PublishResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublishResourceMutation, PublishResourceMutationVariables>;
export const RequestResourceChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestResourceChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestResourceChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestResourceChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestResourceChangesMutation, RequestResourceChangesMutationVariables>;
export const RenderMarkdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RenderMarkdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"markdown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderMarkdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"markdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"markdown"}}}]}]}}]} as unknown as DocumentNode<RenderMarkdownQuery, RenderMarkdownQueryVariables>;
export const ReviewHubsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewHubs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEnterQualityReviews"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewHubsQuery, ReviewHubsQueryVariables>;
export const HubReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEnterQualityReviews"}},{"kind":"Field","name":{"kind":"Name","value":"qualityReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HubReviewsQuery, HubReviewsQueryVariables>;
export const ReviewForEditingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewForEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hub"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewForEditingQuery, ReviewForEditingQueryVariables>;
export const CreateQualityReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQualityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQualityReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQualityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateQualityReviewMutation, CreateQualityReviewMutationVariables>;
export const AddReviewFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReviewFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddReviewFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReviewFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddReviewFindingMutation, AddReviewFindingMutationVariables>;
export const RemoveReviewFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveReviewFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFindingRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeReviewFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveReviewFindingMutation, RemoveReviewFindingMutationVariables>;
export const ImportQualityReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportQualityReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportQualityReviewsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importQualityReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportQualityReviewsMutation, ImportQualityReviewsMutationVariables>;
export const NationalInsightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalInsight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalInsight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strengthSchools"}},{"kind":"Field","name":{"kind":"Name","value":"developmentSchools"}},{"kind":"Field","name":{"kind":"Name","value":"previousStrengthSchools"}},{"kind":"Field","name":{"kind":"Name","value":"previousDevelopmentSchools"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hubThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hub"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strengthSchools"}},{"kind":"Field","name":{"kind":"Name","value":"developmentSchools"}},{"kind":"Field","name":{"kind":"Name","value":"previousStrengthSchools"}},{"kind":"Field","name":{"kind":"Name","value":"previousDevelopmentSchools"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<NationalInsightQuery, NationalInsightQueryVariables>;
export const PublicSearchDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicSearchDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicSearchDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"zeroResultSearches"}},{"kind":"Field","name":{"kind":"Name","value":"openedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"topQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandedQueryFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zeroResultQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandedQueryFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unopenedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandedQueryFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandedQueryFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zeroResultSearches"}},{"kind":"Field","name":{"kind":"Name","value":"openedSearches"}}]}}]} as unknown as DocumentNode<PublicSearchDemandQuery, PublicSearchDemandQueryVariables>;
export const NetworkBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmbitionChip"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetYear"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercentage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areasOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VALIDATED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaOfExcellenceCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostNetworkSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"visibility"},"value":{"kind":"EnumValue","value":"PUBLIC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"curriculumEntitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"AGREED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitlementCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmbitionChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedAmbition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaOfExcellenceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitlementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NetworkBySlugQuery, NetworkBySlugQueryVariables>;
export const NetworkInsightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkInsight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInsight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedSchools"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strengthSchools"}},{"kind":"Field","name":{"kind":"Name","value":"developmentSchools"}},{"kind":"Field","name":{"kind":"Name","value":"previousStrengthSchools"}},{"kind":"Field","name":{"kind":"Name","value":"previousDevelopmentSchools"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreedSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"olderVersionSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notTeachingSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NetworkInsightQuery, NetworkInsightQueryVariables>;
export const NetworkSearchDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkSearchDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkSearchDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"zeroResultSearches"}},{"kind":"Field","name":{"kind":"Name","value":"openedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"sessionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"topQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandedQueryFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zeroResultQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandedQueryFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unopenedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandedQueryFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandedQueryFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DemandedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"zeroResultSearches"}},{"kind":"Field","name":{"kind":"Name","value":"openedSearches"}}]}}]} as unknown as DocumentNode<NetworkSearchDemandQuery, NetworkSearchDemandQueryVariables>;
export const ManageNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManageNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManageNetworkQuery, ManageNetworkQueryVariables>;
export const InviteToNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<InviteToNetworkMutation, InviteToNetworkMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationByTokenQuery, InvitationByTokenQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const CreateNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const CreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const NetworkReviewSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkReviewSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkReviewSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"}},{"kind":"Field","name":{"kind":"Name","value":"previousReviews"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSummaryThemeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSummaryThemeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSummaryThemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSummaryTheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"previousSchools"}},{"kind":"Field","name":{"kind":"Name","value":"previousFindings"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewKind"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkReviewSummaryQuery, NetworkReviewSummaryQueryVariables>;
export const RequestIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestIntroductionMutation, RequestIntroductionMutationVariables>;
export const ResourceBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"licenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"ambitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AmbitionChip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areasOfExcellence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"curriculumUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"keyStages"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}},{"kind":"Field","name":{"kind":"Name","value":"extractionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"extractionError"}},{"kind":"Field","name":{"kind":"Name","value":"textPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"length"},"value":{"kind":"IntValue","value":"2000"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AmbitionChip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharedAmbition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}}]} as unknown as DocumentNode<ResourceBySlugQuery, ResourceBySlugQueryVariables>;
export const ResourceFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourceFeedQuery, ResourceFeedQueryVariables>;
export const FeedNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FeedNetworkQuery, FeedNetworkQueryVariables>;
export const FeedSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FeedSubjectQuery, FeedSubjectQueryVariables>;
export const FeedThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FeedThemeQuery, FeedThemeQueryVariables>;
export const ResourceHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourceHistoryQuery, ResourceHistoryQueryVariables>;
export const SchoolByUrnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolByUrn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areasOfExcellence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolUrn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VALIDATED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaOfExcellenceCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolUrn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"schoolUrn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaOfExcellenceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}}]} as unknown as DocumentNode<SchoolByUrnQuery, SchoolByUrnQueryVariables>;
export const SiteSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"searchRef"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasUpcomingEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Facet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchResultCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaOfExcellenceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitlementCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"networkKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"networkRegion"},"name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Highlighted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HighlightedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResultCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaOfExcellenceCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitlementCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkCard"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectionCard"}}]}}]}}]} as unknown as DocumentNode<SiteSearchQuery, SiteSearchQueryVariables>;
export const SiteSearchSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSearchSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchResultLink"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Highlighted"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HighlightedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResultLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AreaOfExcellence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<SiteSearchSuggestionsQuery, SiteSearchSuggestionsQueryVariables>;
export const SiteSearchCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSearchCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"recordDemand"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SiteSearchCountQuery, SiteSearchCountQueryVariables>;
export const RecordSearchResultOpenedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSearchResultOpened"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"searchRef"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSearchResultOpened"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"searchRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searchRef"}}}]}]}}]} as unknown as DocumentNode<RecordSearchResultOpenedMutation, RecordSearchResultOpenedMutationVariables>;
export const SitemapCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitemapCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"resources"},"name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RESOURCES"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"excellence"},"name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"AREAS_OF_EXCELLENCE"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"events"},"name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"EVENTS"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"curriculum"},"name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CURRICULUM_ENTITLEMENTS"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"schools"},"name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"SCHOOLS"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"networks"},"name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"NETWORKS"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"collections"},"name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COLLECTIONS"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SitemapCountsQuery, SitemapCountsQueryVariables>;
export const SitemapBlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitemapBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SitemapKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sitemap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SitemapBlockQuery, SitemapBlockQueryVariables>;