import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { NodeResolver } from "./node.resolver.js";
import {
  CurriculumEntitlementResolver,
  CurriculumMutations,
  CurriculumUnitResolver,
  EntitlementAdoptionResolver,
  ResourceCurriculumResolver,
} from "../modules/curriculum/index.js";
import {
  AreaOfExcellenceResolver,
  EventRegistrationResolver,
  EventResolver,
  ResourceExcellenceResolver,
} from "../modules/excellence/index.js";
import {
  InvitationQueries,
  MembershipMutations,
  NetworkPeopleResolver,
  ViewerMembershipsResolver,
} from "../modules/memberships/index.js";
import { TaxonomyResolver } from "../modules/taxonomy/index.js";
import { SearchResolver } from "../modules/search/index.js";
import {
  NetworkInsightAccessResolver,
  NetworkInsightResolver,
  ReviewSummaryResolver,
  SearchDemandResolver,
  ViewerInsightAccessResolver,
} from "../modules/insight/index.js";
import { PlanItemResolver } from "../modules/plans/index.js";
import {
  NetworkAmbitionsResolver,
  SharedAmbitionResolver,
  TaxonomyAmbitionsResolver,
} from "../modules/ambitions/index.js";
import { ResourceResolver, ResourceRevisionResolver } from "../modules/resources/index.js";
import { CollectionResolver, ResourceCollectionsResolver } from "../modules/collections/index.js";
import { NetworkResolver, SchoolResolver } from "../modules/organisations/index.js";
import { AttachmentResolver, ResourceAttachmentsResolver } from "../modules/files/index.js";
import { SitemapResolver } from "../modules/sitemap/index.js";
import {
  ExcellenceReviewResolver,
  NetworkReviewsResolver,
  QualityReviewResolver,
  ReviewFindingResolver,
  SchoolReviewsResolver,
} from "../modules/reviews/index.js";
import { AccountMutations, SessionResolver, UserResolver, ViewerResolver } from "../modules/accounts/index.js";

/** Resolvers of every module. A module's resolver joins the API by being listed here. */
export const resolvers = [
  NodeResolver,
  AreaOfExcellenceResolver,
  ResourceExcellenceResolver,
  EventResolver,
  EventRegistrationResolver,
  ResourceResolver,
  ResourceRevisionResolver,
  CollectionResolver,
  ResourceCollectionsResolver,
  AttachmentResolver,
  ResourceAttachmentsResolver,
  SchoolResolver,
  NetworkResolver,
  UserResolver,
  ViewerResolver,
  SessionResolver,
  AccountMutations,
  TaxonomyResolver,
  SearchResolver,
  SearchDemandResolver,
  NetworkInsightResolver,
  NetworkInsightAccessResolver,
  ViewerInsightAccessResolver,
  ReviewSummaryResolver,
  SharedAmbitionResolver,
  NetworkAmbitionsResolver,
  TaxonomyAmbitionsResolver,
  NetworkPeopleResolver,
  ViewerMembershipsResolver,
  MembershipMutations,
  InvitationQueries,
  CurriculumEntitlementResolver,
  ResourceCurriculumResolver,
  CurriculumUnitResolver,
  EntitlementAdoptionResolver,
  CurriculumMutations,
  SitemapResolver,
  QualityReviewResolver,
  ReviewFindingResolver,
  SchoolReviewsResolver,
  NetworkReviewsResolver,
  ExcellenceReviewResolver,
  PlanItemResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: true },
    emitSchemaFile: false,
  });
}
