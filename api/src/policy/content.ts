import { registerEnumType } from "type-graphql";

/** Who may see a piece of material once it is published. */
export enum Visibility {
  /** Anyone, without an account: the open library. */
  PUBLIC = "PUBLIC",
  /** Members of the owning network and of any network it is shared with. */
  NETWORK = "NETWORK",
  /** The authors and the owning network's moderators. */
  PRIVATE = "PRIVATE",
}

registerEnumType(Visibility, {
  name: "Visibility",
  description: "Who may see a piece of material once it is published.",
  valuesConfig: {
    PUBLIC: { description: "Anyone, without an account: the open library." },
    NETWORK: { description: "Members of the owning network and of any network it is shared with." },
    PRIVATE: { description: "The authors and the owning network's moderators." },
  },
});

/**
 * What the policy needs to know about any governed material (resources,
 * events, entitlements, collections...). Modules map their entities to this
 * shape; the rules below never look at a module's own fields.
 */
export interface GovernedItem {
  visibility: Visibility;
  /** Whether the item is live (published, validated, agreed...). Unpublished work is never public. */
  published: boolean;
  /** The network that owns the item and moderates it; null for material owned by a person. */
  owningNetworkId: string | null;
  /** Other networks whose members may see NETWORK material (hub-to-hub sharing). */
  sharedNetworkIds?: readonly string[];
  /** People who wrote or own the item. */
  authorIds?: readonly string[];
}
