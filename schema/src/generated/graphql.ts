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
};

/** Accept an invitation with the token from its email. */
export type AcceptInvitationInput = {
  /** The token from the invitation link. */
  token: Scalars['String']['input'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation sent to your email address. */
  acceptInvitation: MembershipPayload;
  /** Adds schools to a network by URN (its leads and admins). Nothing is added unless every URN exists. */
  addSchoolsToNetwork: AddSchoolsToNetworkPayload;
  /** Changes a member's role (leads and admins). */
  changeMemberRole: MembershipPayload;
  /** Changes your password and signs out every other session. */
  changePassword: UserPayload;
  /** Creates a personal API token; the secret is shown once. */
  createApiToken: CreateApiTokenPayload;
  /** Adds a network (admins only). */
  createNetwork: CreateNetworkPayload;
  /** Adds a school (admins only). */
  createSchool: CreateSchoolPayload;
  /** Invites someone by email to a network (its leads and admins). The email carries a single-use link. */
  inviteToNetwork: InvitationPayload;
  /** Leaves a network. The last lead cannot leave. */
  leaveNetwork: NetworkPayload;
  /** Pairs two networks as partners, e.g. neighbouring hubs that collaborate (admins only). */
  pairNetworks: NetworkPairPayload;
  /** Removes a member from a network (leads and admins). */
  removeMember: NetworkPayload;
  /** Takes a school out of a network (its leads and admins). */
  removeSchoolFromNetwork: RemoveSchoolFromNetworkPayload;
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
  /** Creates an account and signs in. */
  signUp: SignInPayload;
  /** Ends a pairing of two networks (admins only). */
  unpairNetworks: NetworkPairPayload;
  /** Changes a network's details (its leads and admins; only admins change its kind or parent). */
  updateNetwork: UpdateNetworkPayload;
  /** Updates your name, job title or bio. */
  updateProfile: UserPayload;
  /** Changes a school's details (admins only). */
  updateSchool: UpdateSchoolPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddSchoolsToNetworkArgs = {
  input: AddSchoolsToNetworkInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


export type MutationInviteToNetworkArgs = {
  input: InviteToNetworkInput;
};


export type MutationLeaveNetworkArgs = {
  input: NetworkRefInput;
};


export type MutationPairNetworksArgs = {
  input: NetworkPairInput;
};


export type MutationRemoveMemberArgs = {
  input: MemberRefInput;
};


export type MutationRemoveSchoolFromNetworkArgs = {
  input: RemoveSchoolFromNetworkInput;
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


export type MutationUnpairNetworksArgs = {
  input: NetworkPairInput;
};


export type MutationUpdateNetworkArgs = {
  input: UpdateNetworkInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateSchoolArgs = {
  input: UpdateSchoolInput;
};

/** A group of schools or leaders: a trust, a hub, a teaching school hub, or a network, group or partnership inside or across them. */
export type Network = Node & {
  __typename?: 'Network';
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

export type Query = {
  __typename?: 'Query';
  /** A network by its slug, or null when there is none. */
  network?: Maybe<Network>;
  /** Networks by name, optionally of one kind or inside one network. */
  networks: NetworkConnection;
  /** Fetches any object by its global ID. */
  node?: Maybe<Node>;
  /** A resource by its slug, or null when there is none the viewer may see. */
  resource?: Maybe<Resource>;
  /** Resources, newest first. */
  resources: ResourceConnection;
  /** A school by its URN or its slug (give exactly one), or null when there is none. */
  school?: Maybe<School>;
  /** Schools by name, optionally filtered. */
  schools: SchoolConnection;
  /** The search index's lag behind the database. */
  searchStatus: SearchStatus;
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


export type QueryNetworkArgs = {
  slug: Scalars['String']['input'];
};


export type QueryNetworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<NetworkKind>;
  parentSlug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourceArgs = {
  slug: Scalars['String']['input'];
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QuerySchoolArgs = {
  slug?: InputMaybe<Scalars['String']['input']>;
  urn?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SchoolFilter>;
  first?: Scalars['Int']['input'];
};


export type QuerySubjectArgs = {
  slug: Scalars['String']['input'];
};


export type QueryThemeArgs = {
  slug: Scalars['String']['input'];
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

/** A piece of best practice shared through the hub: a guide, toolkit, case study and so on. */
export type Resource = Node & {
  __typename?: 'Resource';
  /** When the resource was first saved. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Stable, human-readable identifier used in links. */
  slug: Scalars['String']['output'];
  /** One or two sentences on what the resource offers (at most 300 characters). */
  summary: Scalars['String']['output'];
  /** The resource's title. */
  title: Scalars['String']['output'];
  /** When the resource was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
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
  /** The English region the school is in. */
  region: Region;
  /** Stable, human-readable identifier used in links. */
  slug: Scalars['String']['output'];
  /** When the school's details last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The school's unique reference number: exactly six digits, e.g. `100000`. */
  urn: Scalars['String']['output'];
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
  /** Only schools in the network with this slug. */
  networkSlug?: InputMaybe<Scalars['String']['input']>;
  /** Only schools of this phase. */
  phase?: InputMaybe<Phase>;
  /** Text found in the school's name, URN or local authority, ignoring case. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Only schools in this region. */
  region?: InputMaybe<Region>;
};

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
  /** URN of the school you work in, if any. */
  schoolUrn?: InputMaybe<Scalars['String']['input']>;
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

/** The fixed vocabularies of England's school system, in display order, with labels for user interfaces. */
export type Taxonomy = {
  __typename?: 'Taxonomy';
  /** Key stages, from EYFS to Key Stage 5. */
  keyStages: Array<KeyStageOption>;
  /** Phases of education. */
  phases: Array<PhaseOption>;
  /** The nine regions of England. */
  regions: Array<RegionOption>;
  /** Year groups, from Reception to Year 13. */
  yearGroups: Array<YearGroupOption>;
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

export type LibraryResourcesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LibraryResourcesQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'Resource', slug: string, title: string, summary: string, updatedAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ResourceBySlugQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ResourceBySlugQuery = { __typename?: 'Query', resource?: { __typename?: 'Resource', slug: string, title: string, summary: string, createdAt: string, updatedAt: string } | null };


export const LibraryResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LibraryResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LibraryResourcesQuery, LibraryResourcesQueryVariables>;
export const ResourceBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ResourceBySlugQuery, ResourceBySlugQueryVariables>;