import { registerEnumType } from "type-graphql";

/** What sort of material a resource is. */
export enum ResourceType {
  GUIDE = "GUIDE",
  TOOLKIT = "TOOLKIT",
  CASE_STUDY = "CASE_STUDY",
  CURRICULUM_MAP = "CURRICULUM_MAP",
  SCHEME_OF_WORK = "SCHEME_OF_WORK",
  LESSON_SEQUENCE = "LESSON_SEQUENCE",
  ASSESSMENT = "ASSESSMENT",
  POLICY = "POLICY",
  TEMPLATE = "TEMPLATE",
  RESEARCH_SUMMARY = "RESEARCH_SUMMARY",
  SLIDE_DECK = "SLIDE_DECK",
  VIDEO = "VIDEO",
  EVENT_PACK = "EVENT_PACK",
}

export const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = {
  [ResourceType.GUIDE]: "Guide",
  [ResourceType.TOOLKIT]: "Toolkit",
  [ResourceType.CASE_STUDY]: "Case study",
  [ResourceType.CURRICULUM_MAP]: "Curriculum map",
  [ResourceType.SCHEME_OF_WORK]: "Scheme of work",
  [ResourceType.LESSON_SEQUENCE]: "Lesson sequence",
  [ResourceType.ASSESSMENT]: "Assessment",
  [ResourceType.POLICY]: "Policy",
  [ResourceType.TEMPLATE]: "Template",
  [ResourceType.RESEARCH_SUMMARY]: "Research summary",
  [ResourceType.SLIDE_DECK]: "Slide deck",
  [ResourceType.VIDEO]: "Video",
  [ResourceType.EVENT_PACK]: "Event pack",
};

/** The licence a resource is published under. */
export enum Licence {
  CC_BY_4_0 = "CC_BY_4_0",
  CC_BY_SA_4_0 = "CC_BY_SA_4_0",
  CC_BY_NC_4_0 = "CC_BY_NC_4_0",
  CC_BY_NC_SA_4_0 = "CC_BY_NC_SA_4_0",
  OGL_UK_3_0 = "OGL_UK_3_0",
  ALL_RIGHTS_RESERVED = "ALL_RIGHTS_RESERVED",
}

/** Each licence's name and canonical address; all rights reserved has no licence text to link to. */
export const LICENCES: Record<Licence, { label: string; url: string | null; open: boolean }> = {
  [Licence.CC_BY_4_0]: {
    label: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/",
    open: true,
  },
  [Licence.CC_BY_SA_4_0]: {
    label: "Creative Commons Attribution-ShareAlike 4.0 International",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
    open: true,
  },
  [Licence.CC_BY_NC_4_0]: {
    label: "Creative Commons Attribution-NonCommercial 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc/4.0/",
    open: true,
  },
  [Licence.CC_BY_NC_SA_4_0]: {
    label: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    open: true,
  },
  [Licence.OGL_UK_3_0]: {
    label: "Open Government Licence v3.0",
    url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    open: true,
  },
  [Licence.ALL_RIGHTS_RESERVED]: { label: "All rights reserved", url: null, open: false },
};

/** Where a resource is in review: drafted, waiting for a moderator, live, or withdrawn. */
export enum ResourceStatus {
  DRAFT = "DRAFT",
  IN_REVIEW = "IN_REVIEW",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}

/** How a list of resources is ordered. */
export enum ResourceOrder {
  NEWEST = "NEWEST",
  TITLE = "TITLE",
  UPDATED = "UPDATED",
}

registerEnumType(ResourceType, {
  name: "ResourceType",
  description: "What sort of material a resource is.",
  valuesConfig: Object.fromEntries(
    Object.values(ResourceType).map((value) => [value, { description: RESOURCE_TYPE_LABELS[value] }]),
  ),
});

registerEnumType(Licence, {
  name: "Licence",
  description: "The licence a resource is published under. Public resources need an open licence.",
  valuesConfig: Object.fromEntries(
    Object.values(Licence).map((value) => [value, { description: LICENCES[value].label }]),
  ),
});

registerEnumType(ResourceStatus, {
  name: "ResourceStatus",
  description: "Where a resource is in review.",
  valuesConfig: {
    DRAFT: { description: "Being written; seen only by its authors and the network's moderators." },
    IN_REVIEW: { description: "Submitted by its authors, waiting for a moderator." },
    PUBLISHED: { description: "Live: seen by everyone its visibility allows." },
    ARCHIVED: { description: "Withdrawn: kept for its authors and moderators, hidden from everyone else." },
  },
});

registerEnumType(ResourceOrder, {
  name: "ResourceOrder",
  description: "How a list of resources is ordered.",
  valuesConfig: {
    NEWEST: { description: "Most recently created first." },
    TITLE: { description: "By title, A to Z." },
    UPDATED: { description: "Most recently changed first." },
  },
});
