import { registerEnumType } from "type-graphql";
import { byCreatedAtDesc, byNameAsc, type KeysetOrder } from "../../graphql/pagination.js";

/** How a list of schools or networks is ordered. */
export enum OrganisationOrder {
  NAME = "NAME",
  NEWEST = "NEWEST",
}

registerEnumType(OrganisationOrder, {
  name: "OrganisationOrder",
  description: "How a list of schools or networks is ordered.",
  valuesConfig: {
    NAME: { description: "By name, A to Z." },
    NEWEST: { description: "Most recently added first." },
  },
});

/** The keyset order behind each OrganisationOrder, for any entity with a name and a creation time. */
export function organisationOrder<T extends { name: string; createdAt: Date }>(
  order: OrganisationOrder,
): KeysetOrder<T> {
  return order === OrganisationOrder.NEWEST ? byCreatedAtDesc<T>() : byNameAsc<T>();
}
