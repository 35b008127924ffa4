import { Resource } from "../modules/resources/resource.entity.js";
import { ApiToken, LoginFailure, Session, User } from "../modules/accounts/index.js";
import { Subject, Theme } from "../modules/taxonomy/index.js";
import { Network, NetworkPartnership, NetworkSchool, School } from "../modules/organisations/index.js";

import { Invitation, Membership } from "../modules/memberships/index.js";
import { SearchOutbox } from "../modules/search/outbox.entity.js";

/** Every entity, listed explicitly: no folder scanning, so tsc output and Vitest see the same set. */
export const entities = [
  SearchOutbox,
  User,
  Session,
  ApiToken,
  LoginFailure,
  Resource,
  Subject,
  Theme,
  School,
  Network,
  NetworkSchool,
  NetworkPartnership,
  Membership,
  Invitation,
];
