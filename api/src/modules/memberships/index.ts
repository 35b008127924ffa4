export { Membership } from "./membership.entity.js";
export { Invitation } from "./invitation.entity.js";
export { MembershipService, INVITATION_LIFETIME_MS } from "./membership.service.js";
export {
  MembershipMutations,
  InvitationQueries,
  NetworkPeopleResolver,
  ViewerMembershipsResolver,
  MembershipConnection,
} from "./membership.resolver.js";
