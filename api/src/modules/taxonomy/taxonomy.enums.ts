import { registerEnumType } from "type-graphql";

/**
 * Fixed vocabularies of England's school system. They are enums rather than
 * rows because code depends on them (filters, validation, search facets);
 * their human labels live beside them.
 */

export enum Phase {
  NURSERY = "NURSERY",
  PRIMARY = "PRIMARY",
  SECONDARY = "SECONDARY",
  ALL_THROUGH = "ALL_THROUGH",
  SPECIAL = "SPECIAL",
  ALTERNATIVE_PROVISION = "ALTERNATIVE_PROVISION",
  POST_16 = "POST_16",
}

export const PHASE_LABELS: Record<Phase, string> = {
  [Phase.NURSERY]: "Nursery",
  [Phase.PRIMARY]: "Primary",
  [Phase.SECONDARY]: "Secondary",
  [Phase.ALL_THROUGH]: "All-through",
  [Phase.SPECIAL]: "Special",
  [Phase.ALTERNATIVE_PROVISION]: "Alternative provision",
  [Phase.POST_16]: "Post-16",
};

/** The nine English regions (ITL1), as used by the Department for Education. */
export enum Region {
  NORTH_EAST = "NORTH_EAST",
  NORTH_WEST = "NORTH_WEST",
  YORKSHIRE_AND_THE_HUMBER = "YORKSHIRE_AND_THE_HUMBER",
  EAST_MIDLANDS = "EAST_MIDLANDS",
  WEST_MIDLANDS = "WEST_MIDLANDS",
  EAST_OF_ENGLAND = "EAST_OF_ENGLAND",
  LONDON = "LONDON",
  SOUTH_EAST = "SOUTH_EAST",
  SOUTH_WEST = "SOUTH_WEST",
}

export const REGION_LABELS: Record<Region, string> = {
  [Region.NORTH_EAST]: "North East",
  [Region.NORTH_WEST]: "North West",
  [Region.YORKSHIRE_AND_THE_HUMBER]: "Yorkshire and the Humber",
  [Region.EAST_MIDLANDS]: "East Midlands",
  [Region.WEST_MIDLANDS]: "West Midlands",
  [Region.EAST_OF_ENGLAND]: "East of England",
  [Region.LONDON]: "London",
  [Region.SOUTH_EAST]: "South East",
  [Region.SOUTH_WEST]: "South West",
};

export enum KeyStage {
  EYFS = "EYFS",
  KS1 = "KS1",
  KS2 = "KS2",
  KS3 = "KS3",
  KS4 = "KS4",
  KS5 = "KS5",
}

export const KEY_STAGE_LABELS: Record<KeyStage, string> = {
  [KeyStage.EYFS]: "Early years foundation stage",
  [KeyStage.KS1]: "Key Stage 1",
  [KeyStage.KS2]: "Key Stage 2",
  [KeyStage.KS3]: "Key Stage 3",
  [KeyStage.KS4]: "Key Stage 4",
  [KeyStage.KS5]: "Key Stage 5",
};

export enum YearGroup {
  RECEPTION = "RECEPTION",
  Y1 = "Y1",
  Y2 = "Y2",
  Y3 = "Y3",
  Y4 = "Y4",
  Y5 = "Y5",
  Y6 = "Y6",
  Y7 = "Y7",
  Y8 = "Y8",
  Y9 = "Y9",
  Y10 = "Y10",
  Y11 = "Y11",
  Y12 = "Y12",
  Y13 = "Y13",
}

export const YEAR_GROUP_LABELS: Record<YearGroup, string> = {
  [YearGroup.RECEPTION]: "Reception",
  [YearGroup.Y1]: "Year 1",
  [YearGroup.Y2]: "Year 2",
  [YearGroup.Y3]: "Year 3",
  [YearGroup.Y4]: "Year 4",
  [YearGroup.Y5]: "Year 5",
  [YearGroup.Y6]: "Year 6",
  [YearGroup.Y7]: "Year 7",
  [YearGroup.Y8]: "Year 8",
  [YearGroup.Y9]: "Year 9",
  [YearGroup.Y10]: "Year 10",
  [YearGroup.Y11]: "Year 11",
  [YearGroup.Y12]: "Year 12",
  [YearGroup.Y13]: "Year 13",
};

/** Which key stage each year group belongs to. */
export const KEY_STAGE_OF_YEAR: Record<YearGroup, KeyStage> = {
  [YearGroup.RECEPTION]: KeyStage.EYFS,
  [YearGroup.Y1]: KeyStage.KS1,
  [YearGroup.Y2]: KeyStage.KS1,
  [YearGroup.Y3]: KeyStage.KS2,
  [YearGroup.Y4]: KeyStage.KS2,
  [YearGroup.Y5]: KeyStage.KS2,
  [YearGroup.Y6]: KeyStage.KS2,
  [YearGroup.Y7]: KeyStage.KS3,
  [YearGroup.Y8]: KeyStage.KS3,
  [YearGroup.Y9]: KeyStage.KS3,
  [YearGroup.Y10]: KeyStage.KS4,
  [YearGroup.Y11]: KeyStage.KS4,
  [YearGroup.Y12]: KeyStage.KS5,
  [YearGroup.Y13]: KeyStage.KS5,
};

/**
 * The stages of the professional development "golden thread" a resource or an event serves: initial
 * teacher training, the early career years, and each National Professional Qualification.
 */
export enum CpdStage {
  ITT = "ITT",
  ECF = "ECF",
  NPQLT = "NPQLT",
  NPQLTD = "NPQLTD",
  NPQLBC = "NPQLBC",
  NPQSL = "NPQSL",
  NPQH = "NPQH",
  NPQEL = "NPQEL",
  NPQSENCO = "NPQSENCO",
  NPQEYL = "NPQEYL",
}

export const CPD_STAGE_LABELS: Record<CpdStage, string> = {
  [CpdStage.ITT]: "Initial teacher training",
  [CpdStage.ECF]: "Early Career Framework / early career teachers",
  [CpdStage.NPQLT]: "NPQ in Leading Teaching",
  [CpdStage.NPQLTD]: "NPQ in Leading Teacher Development",
  [CpdStage.NPQLBC]: "NPQ in Leading Behaviour and Culture",
  [CpdStage.NPQSL]: "NPQ for Senior Leadership",
  [CpdStage.NPQH]: "NPQ for Headship",
  [CpdStage.NPQEL]: "NPQ for Executive Leadership",
  [CpdStage.NPQSENCO]: "NPQ for Special Educational Needs Co-ordinators",
  [CpdStage.NPQEYL]: "NPQ in Early Years Leadership",
};

/** The short names people write, for table headings: "ECF/ECT", "NPQH". */
export const CPD_STAGE_SHORT_LABELS: Record<CpdStage, string> = {
  ...(Object.fromEntries(Object.values(CpdStage).map((stage) => [stage, stage])) as Record<CpdStage, string>),
  [CpdStage.ECF]: "ECF/ECT",
};

/** Stages without repeats, in the golden thread's order (so a save that lists them otherwise changes nothing). */
export const inCpdOrder = (stages: readonly CpdStage[]): CpdStage[] =>
  Object.values(CpdStage).filter((stage) => stages.includes(stage));

/** Registers an enum with GraphQL, each value described by its human label. */
export function registerLabelledEnum<T extends string>(
  values: Record<string, T>,
  name: string,
  description: string,
  labels: Record<T, string>,
): void {
  const valuesConfig = Object.fromEntries(
    Object.values(values).map((value) => [value, { description: labels[value] }]),
  );
  registerEnumType(values, { name, description, valuesConfig });
}

registerLabelledEnum(Phase, "Phase", "Phase of education a school serves or material is for.", PHASE_LABELS);
registerLabelledEnum(Region, "Region", "One of the nine English regions.", REGION_LABELS);
registerLabelledEnum(
  KeyStage,
  "KeyStage",
  "Key stage: EYFS (early years foundation stage), KS1 to KS5.",
  KEY_STAGE_LABELS,
);
registerLabelledEnum(YearGroup, "YearGroup", "Year group, from Reception to Year 13.", YEAR_GROUP_LABELS);
registerLabelledEnum(
  CpdStage,
  "CpdStage",
  "A stage of the professional development golden thread: initial teacher training, the Early Career Framework, or a National Professional Qualification (NPQ).",
  CPD_STAGE_LABELS,
);
