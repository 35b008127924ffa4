import { registerEnumType } from "type-graphql";

/** Where one version of a curriculum entitlement is in its life. */
export enum EntitlementStatus {
  /** Being written by the subject network; its units may still change. */
  DRAFT = "DRAFT",
  /** Agreed by the network's moderators: what every school is entitled to. Never changes again. */
  AGREED = "AGREED",
  /** Once agreed, since replaced by a later agreed version. */
  SUPERSEDED = "SUPERSEDED",
}

registerEnumType(EntitlementStatus, {
  name: "EntitlementStatus",
  description: "Where one version of a curriculum entitlement is in its life.",
  valuesConfig: {
    DRAFT: { description: "Being written by the subject network; its units may still change." },
    AGREED: { description: "Agreed by the network's moderators; never changes again." },
    SUPERSEDED: { description: "Once agreed, since replaced by a later agreed version." },
  },
});

/** The school term a unit is taught in. */
export enum Term {
  AUTUMN = "AUTUMN",
  SPRING = "SPRING",
  SUMMER = "SUMMER",
}

registerEnumType(Term, {
  name: "Term",
  description: "The school term a unit is taught in.",
  valuesConfig: {
    AUTUMN: { description: "Autumn term (September to December)." },
    SPRING: { description: "Spring term (January to Easter)." },
    SUMMER: { description: "Summer term (Easter to July)." },
  },
});

/** How a school's adoption of an entitlement series compares with the latest agreed version. */
export enum AdoptionCoverage {
  /** The school teaches the latest agreed version. */
  CURRENT = "CURRENT",
  /** The school teaches an earlier agreed version. */
  BEHIND = "BEHIND",
  /** The school has recorded no adoption of the series. */
  NOT_ADOPTED = "NOT_ADOPTED",
}

registerEnumType(AdoptionCoverage, {
  name: "AdoptionCoverage",
  description: "How a school's adoption of an entitlement series compares with the latest agreed version.",
  valuesConfig: {
    CURRENT: { description: "The school teaches the latest agreed version." },
    BEHIND: { description: "The school teaches an earlier agreed version." },
    NOT_ADOPTED: { description: "The school has recorded no adoption of the series." },
  },
});

/** How a list of entitlement versions is ordered. */
export enum CurriculumEntitlementOrder {
  NEWEST = "NEWEST",
  TITLE = "TITLE",
}

registerEnumType(CurriculumEntitlementOrder, {
  name: "CurriculumEntitlementOrder",
  description: "How a list of entitlement versions is ordered.",
  valuesConfig: {
    NEWEST: { description: "Most recently started first." },
    TITLE: { description: "By title, A to Z." },
  },
});
