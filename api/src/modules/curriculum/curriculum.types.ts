import { Field, Int, ObjectType } from "type-graphql";
import { School } from "../organisations/school.entity.js";
import { AdoptionCoverage } from "./curriculum.enums.js";
import { CurriculumEntitlement } from "./curriculum-entitlement.entity.js";
import { CurriculumUnit } from "./curriculum-unit.entity.js";
import { EntitlementAdoption } from "./entitlement-adoption.entity.js";

@ObjectType({ description: "The result of a change to an entitlement or one of its units." })
export class CurriculumEntitlementPayload {
  @Field(() => CurriculumEntitlement, { description: "The entitlement version as it is now." })
  entitlement!: CurriculumEntitlement;

  @Field(() => CurriculumUnit, { nullable: true, description: "The unit changed, when the change was to one unit." })
  unit!: CurriculumUnit | null;
}

@ObjectType({ description: "The result of recording a school's adoption." })
export class EntitlementAdoptionPayload {
  @Field(() => EntitlementAdoption, { description: "The school's adoption of the series as it is now." })
  adoption!: EntitlementAdoption;
}

@ObjectType({ description: "How one unit differs between two versions." })
export class CurriculumUnitChange {
  @Field(() => String, { description: "The unit's title in the later version." })
  title!: string;

  @Field(() => [String], {
    description: "Which of title, yearGroup, term, summary, knowledge, skills and linkedResources differ.",
  })
  fieldsChanged!: string[];

  @Field(() => [String], { description: "Knowledge statements only in the later version." })
  knowledgeAdded!: string[];

  @Field(() => [String], { description: "Knowledge statements only in the earlier version." })
  knowledgeRemoved!: string[];

  @Field(() => [String], { description: "Skills statements only in the later version." })
  skillsAdded!: string[];

  @Field(() => [String], { description: "Skills statements only in the earlier version." })
  skillsRemoved!: string[];
}

@ObjectType({
  description:
    "What changed between two versions of an entitlement. Units are matched by `unitKey`, so a renamed unit counts as changed, not removed and added.",
})
export class EntitlementComparison {
  @Field(() => Int, { description: "The earlier version." })
  from!: number;

  @Field(() => Int, { description: "The later version." })
  to!: number;

  @Field(() => [String], { description: "Titles of units only in the later version." })
  unitsAdded!: string[];

  @Field(() => [String], { description: "Titles of units only in the earlier version." })
  unitsRemoved!: string[];

  @Field(() => [CurriculumUnitChange], {
    description: "Units in both versions that differ, in the later version's order.",
  })
  unitsChanged!: CurriculumUnitChange[];
}

@ObjectType({ description: "Which version of one entitlement series one school teaches." })
export class EntitlementCoverageRow {
  @Field(() => School, { description: "The school." })
  school!: School;

  @Field(() => String, { description: "The entitlement series slug." })
  slug!: string;

  @Field(() => String, { description: "The series' title, as in its latest agreed version." })
  title!: string;

  @Field(() => Int, { description: "The latest agreed version of the series." })
  latestAgreedVersion!: number;

  @Field(() => Int, { nullable: true, description: "The version the school has adopted; null when none." })
  adoptedVersion!: number | null;

  @Field(() => AdoptionCoverage, { description: "Whether the school is on the latest agreed version." })
  coverage!: AdoptionCoverage;
}
