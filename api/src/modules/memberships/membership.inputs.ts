import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsOptional } from "class-validator";
import { NetworkRole } from "../../policy/index.js";
import { Chars, MaxChars, IsEmailAddress } from "../../graphql/input-rules.js";

@InputType({ description: "Invite someone to a network by email." })
export class InviteToNetworkInput {
  @Field(() => String, { description: "The network's slug." })
  @Chars(1, 120)
  networkSlug!: string;

  @Field(() => String, { description: "Where to send the invitation." })
  @IsEmailAddress()
  @MaxChars(254)
  email!: string;

  @Field(() => NetworkRole, { description: "The role the person will have." })
  @IsEnum(NetworkRole)
  role!: NetworkRole;
}

@InputType({
  description:
    "An invitation to answer: by the token from its email, or (for an invitation listed in `viewer.invitations`) by its ID. Give one.",
})
export class InvitationAnswerInput {
  @Field(() => String, { nullable: true, description: "The token from the invitation link." })
  @IsOptional()
  @Chars(10, 200)
  token?: string | null;

  @Field(() => ID, { nullable: true, description: "The invitation's ID." })
  @IsOptional()
  @Chars(1, 200)
  id?: string | null;
}

@InputType({ description: "A network, by slug." })
export class NetworkRefInput {
  @Field(() => String, { description: "The network's slug." })
  @Chars(1, 120)
  networkSlug!: string;
}

@InputType({ description: "A member of a network." })
export class MemberRefInput extends NetworkRefInput {
  @Field(() => ID, { description: "The member's user ID." })
  userId!: string;
}

@InputType({ description: "A new role for a member of a network." })
export class ChangeMemberRoleInput extends MemberRefInput {
  @Field(() => NetworkRole, { description: "The new role." })
  @IsEnum(NetworkRole)
  role!: NetworkRole;
}

@InputType({ description: "An invitation, by ID." })
export class InvitationRefInput {
  @Field(() => ID, { description: "The invitation's ID." })
  id!: string;
}
