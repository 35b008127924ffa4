import { Field, ObjectType } from "type-graphql";
import {
  CPD_STAGE_LABELS,
  CPD_STAGE_SHORT_LABELS,
  CpdStage,
  KEY_STAGE_LABELS,
  KEY_STAGE_OF_YEAR,
  KeyStage,
  PHASE_LABELS,
  Phase,
  REGION_LABELS,
  Region,
  YEAR_GROUP_LABELS,
  YearGroup,
} from "./taxonomy.enums.js";

@ObjectType({ description: "A phase of education with its label, for pickers and filters." })
export class PhaseOption {
  @Field(() => Phase, { description: "The value to send back in inputs and filters." })
  value!: Phase;

  @Field(() => String, { description: "How to show the value to people, e.g. 'All-through'." })
  label!: string;
}

@ObjectType({ description: "A region of England with its label, for pickers and filters." })
export class RegionOption {
  @Field(() => Region, { description: "The value to send back in inputs and filters." })
  value!: Region;

  @Field(() => String, { description: "How to show the value to people, e.g. 'North East'." })
  label!: string;
}

@ObjectType({ description: "A key stage with its label and the year groups it spans." })
export class KeyStageOption {
  @Field(() => KeyStage, { description: "The value to send back in inputs and filters." })
  value!: KeyStage;

  @Field(() => String, { description: "How to show the value to people, e.g. 'Key Stage 2'." })
  label!: string;

  @Field(() => [YearGroup], { description: "The year groups in this key stage, youngest first." })
  yearGroups!: YearGroup[];
}

@ObjectType({ description: "A year group with its label and the key stage it belongs to." })
export class YearGroupOption {
  @Field(() => YearGroup, { description: "The value to send back in inputs and filters." })
  value!: YearGroup;

  @Field(() => String, { description: "How to show the value to people, e.g. 'Year 7'." })
  label!: string;

  @Field(() => KeyStage, { description: "The key stage this year group belongs to." })
  keyStage!: KeyStage;
}

@ObjectType({ description: "A stage of the professional development golden thread with its labels." })
export class CpdStageOption {
  @Field(() => CpdStage, { description: "The value to send back in inputs." })
  value!: CpdStage;

  @Field(() => String, { description: "How to show the value to people, e.g. 'NPQ for Headship'." })
  label!: string;

  @Field(() => String, { description: "The short name people use, e.g. 'NPQH' or 'ECF/ECT', for headings." })
  shortLabel!: string;
}

@ObjectType({
  description: "The fixed vocabularies of England's school system, in display order, with labels for user interfaces.",
})
export class Taxonomy {
  @Field(() => [PhaseOption], { description: "Phases of education." })
  phases!: PhaseOption[];

  @Field(() => [KeyStageOption], { description: "Key stages, from EYFS to Key Stage 5." })
  keyStages!: KeyStageOption[];

  @Field(() => [YearGroupOption], { description: "Year groups, from Reception to Year 13." })
  yearGroups!: YearGroupOption[];

  @Field(() => [RegionOption], { description: "The nine regions of England." })
  regions!: RegionOption[];

  @Field(() => [CpdStageOption], {
    description: "Stages of professional development, from initial teacher training through the NPQs.",
  })
  cpdStages!: CpdStageOption[];
}

/** Built once from the enums: it depends on code, not data, so every replica answers the same. */
export const TAXONOMY: Taxonomy = {
  phases: Object.values(Phase).map((value) => ({ value, label: PHASE_LABELS[value] })),
  keyStages: Object.values(KeyStage).map((value) => ({
    value,
    label: KEY_STAGE_LABELS[value],
    yearGroups: Object.values(YearGroup).filter((year) => KEY_STAGE_OF_YEAR[year] === value),
  })),
  yearGroups: Object.values(YearGroup).map((value) => ({
    value,
    label: YEAR_GROUP_LABELS[value],
    keyStage: KEY_STAGE_OF_YEAR[value],
  })),
  regions: Object.values(Region).map((value) => ({ value, label: REGION_LABELS[value] })),
  cpdStages: Object.values(CpdStage).map((value) => ({
    value,
    label: CPD_STAGE_LABELS[value],
    shortLabel: CPD_STAGE_SHORT_LABELS[value],
  })),
};
