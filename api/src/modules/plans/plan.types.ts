import { Field, ID, ObjectType } from "type-graphql";
import { PlanItem } from "./plan-item.entity.js";

@ObjectType({ description: "The result of `createPlanItem` or `updatePlanItem`." })
export class PlanItemPayload {
  @Field(() => PlanItem, { description: "The plan item as it is now." })
  planItem!: PlanItem;
}

@ObjectType({ description: "The result of `removePlanItem`." })
export class RemovePlanItemPayload {
  @Field(() => ID, { description: "The ID of the plan item removed." })
  removedId!: string;
}
