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

export type Query = {
  __typename?: 'Query';
  /** Fetches any object by its global ID. */
  node?: Maybe<Node>;
  /** A resource by its slug, or null when there is none the viewer may see. */
  resource?: Maybe<Resource>;
  /** Resources, newest first. */
  resources: ResourceConnection;
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