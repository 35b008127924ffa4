import type {
  AdoptionCoverage,
  EntitlementStatus,
  EventKind,
  EventMode,
  FindingKind,
  Licence,
  NetworkKind,
  NetworkRole,
  QualityReviewKind,
  ResourceStatus,
  ResourceType,
  ReviewKind,
  SearchKind,
  Term,
} from "@hub/schema";

// Labels for the API's enums that the taxonomy query does not describe. Phases, key stages,
// year groups and regions take their labels from the API (see useTaxonomy in root.tsx).

export const resourceTypeLabels: Record<ResourceType, string> = {
  ASSESSMENT: "Assessment",
  CASE_STUDY: "Case study",
  CURRICULUM_MAP: "Curriculum map",
  EVENT_PACK: "Event pack",
  GUIDE: "Guide",
  LESSON_SEQUENCE: "Lesson sequence",
  POLICY: "Policy",
  RESEARCH_SUMMARY: "Research summary",
  SCHEME_OF_WORK: "Scheme of work",
  SLIDE_DECK: "Slide deck",
  TEMPLATE: "Template",
  TOOLKIT: "Toolkit",
  VIDEO: "Video",
};

/** Short names for badges; the full name comes from the API with each resource. */
export const licenceShortLabels: Record<Licence, string> = {
  CC_BY_4_0: "CC BY 4.0",
  CC_BY_SA_4_0: "CC BY-SA 4.0",
  CC_BY_NC_4_0: "CC BY-NC 4.0",
  CC_BY_NC_SA_4_0: "CC BY-NC-SA 4.0",
  OGL_UK_3_0: "OGL v3.0",
  ALL_RIGHTS_RESERVED: "All rights reserved",
};

export const eventKindLabels: Record<EventKind, string> = {
  AOE_EVENT: "Area of Excellence event",
  CONFERENCE: "Conference",
  LEADERSHIP_DEVELOPMENT_DAY: "Leadership development day",
  NETWORK_MEETING: "Network meeting",
  RESIDENTIAL: "Residential",
  SCHOOL_VISIT: "School visit",
  TEACH_MEET: "Teach Meet",
};

export const eventModeLabels: Record<EventMode, string> = {
  HYBRID: "In person and online",
  IN_PERSON: "In person",
  ONLINE: "Online",
};

export const qualityReviewKindLabels: Record<QualityReviewKind, string> = {
  QAR: "Quality Assurance Review (QAR)",
  MLQAR: "Middle Leaders Quality Assurance Review (MLQAR)",
};

/** A review finding's kind, in the words reviews use. */
export const findingKindLabels: Record<FindingKind, string> = {
  STRENGTH: "Strength (what went well)",
  AREA_FOR_DEVELOPMENT: "Area for development (even better if)",
};

export const reviewKindLabels: Record<ReviewKind, string> = {
  QAR: "Quality Assurance Review (QAR)",
  MLQAR: "Middle Leaders Quality Assurance Review (MLQAR)",
  OTHER: "Another review",
};

export const termLabels: Record<Term, string> = { AUTUMN: "Autumn term", SPRING: "Spring term", SUMMER: "Summer term" };

export const entitlementStatusLabels: Record<EntitlementStatus, string> = {
  AGREED: "Agreed",
  DRAFT: "Draft",
  SUPERSEDED: "Superseded",
};

export const coverageLabels: Record<AdoptionCoverage, string> = {
  CURRENT: "Teaches the agreed version",
  BEHIND: "Teaches an earlier version",
  NOT_ADOPTED: "Not recorded yet",
};

export const networkKindLabels: Record<NetworkKind, string> = {
  HUB: "Hub",
  INTEREST_GROUP: "Interest group",
  LEADERSHIP_GROUP: "Network leadership group",
  PARTNERSHIP: "Partnership",
  SUBJECT_NETWORK: "Subject network",
  TEACHING_SCHOOL_HUB: "Teaching school hub",
  TRUST: "Trust",
};

export const resourceStatusLabels: Record<ResourceStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

export const searchKindLabels: Record<SearchKind, string> = {
  AREA_OF_EXCELLENCE: "Area of Excellence",
  COLLECTION: "Collection",
  CURRICULUM_ENTITLEMENT: "Curriculum entitlement",
  EVENT: "Event",
  NETWORK: "Network",
  RESOURCE: "Resource",
  SCHOOL: "School",
};

/** A file size as people read it: "512 bytes", "34 KB", "2.5 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Network roles, each including the ones before it. */
export const networkRoleLabels: Record<NetworkRole, string> = {
  MEMBER: "Member",
  CONTRIBUTOR: "Contributor",
  MODERATOR: "Moderator",
  LEAD: "Lead",
};

/** The search's Events facet, as the API words it too: whether a result has events still to come. */
export const upcomingEventsLabels: Record<"true" | "false", string> = {
  true: "With upcoming events",
  false: "No upcoming events",
};

/**
 * The parts of a curriculum unit that a comparison names as changed (the API's `fieldsChanged`),
 * in words for a sentence: "Changed: year group and summary."
 */
export const unitFieldLabels: Record<string, string> = {
  title: "title",
  yearGroup: "year group",
  term: "term",
  summary: "summary",
  knowledge: "knowledge",
  skills: "skills",
  linkedResources: "linked resources",
};
