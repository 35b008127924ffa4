import { Field, ObjectType } from "type-graphql";
import { Network } from "./network.entity.js";
import { School } from "./school.entity.js";

@ObjectType({ description: "The result of `createSchool`." })
export class CreateSchoolPayload {
  @Field(() => School, { description: "The new school." })
  school!: School;
}

@ObjectType({ description: "The result of `updateSchool`." })
export class UpdateSchoolPayload {
  @Field(() => School, { description: "The school as it is now." })
  school!: School;
}

@ObjectType({ description: "The result of `createNetwork`." })
export class CreateNetworkPayload {
  @Field(() => Network, { description: "The new network." })
  network!: Network;
}

@ObjectType({ description: "The result of `updateNetwork`." })
export class UpdateNetworkPayload {
  @Field(() => Network, { description: "The network as it is now." })
  network!: Network;
}

@ObjectType({ description: "The result of `addSchoolsToNetwork`." })
export class AddSchoolsToNetworkPayload {
  @Field(() => Network, { description: "The network the schools were added to." })
  network!: Network;

  @Field(() => [School], { description: "The schools named in the request, now all members of the network." })
  schools!: School[];
}

@ObjectType({ description: "The result of `removeSchoolFromNetwork`." })
export class RemoveSchoolFromNetworkPayload {
  @Field(() => Network, { description: "The network the school was removed from." })
  network!: Network;

  @Field(() => School, { description: "The school that left the network." })
  school!: School;
}

@ObjectType({ description: "The result of `pairNetworks` or `unpairNetworks`." })
export class NetworkPairPayload {
  @Field(() => Network, { description: "The network named by `networkSlug`." })
  network!: Network;

  @Field(() => Network, { description: "The network named by `partnerSlug`." })
  partner!: Network;
}
