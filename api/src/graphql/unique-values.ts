/**
 * Every value the database keeps unique that a client chooses, by the name of
 * the key that keeps it, with what the client is told when it is taken. The
 * service checks before it writes and says this; when two requests race past
 * that check, the key refuses the loser and the GraphQL boundary says the
 * same thing from the same entry (`explainDatabaseError` in errors.ts). A key
 * not listed here is never chosen by a client: the race is a CONFLICT.
 */

/** The columns of the key the database refused, with the values it names (from the error's detail). */
export type KeyValues = Record<string, string>;

interface Taken {
  /** The input field that carries the value. */
  field: string;
  message: string | ((values: KeyValues) => string);
}

export interface UniqueValue extends Taken {
  /** Mutations whose input carries the value under another field, or that say it otherwise. */
  in?: Record<string, Partial<Taken>>;
}

export const UNIQUE_VALUES = {
  resource_slug_unique: {
    field: "input.slug",
    message: ({ slug }) => `"${slug}" is already used by another resource`,
    in: { updateResource: { field: "input.newSlug" } },
  },
  school_urn_unique: { field: "input.urn", message: "Another school already has this URN." },
  school_slug_unique: { field: "input.slug", message: "Another school already uses this slug." },
  network_slug_unique: { field: "input.slug", message: "Another network already uses this slug." },
  network_partnership_pkey: { field: "input.partnerSlug", message: "These networks are already partners." },
  membership_user_id_network_id_unique: {
    field: "input.email",
    message: "That person is already a member of this network.",
    in: { acceptInvitation: { field: "input.token", message: "You are already a member of this network." } },
  },
  app_user_email_unique: {
    field: "input.email",
    message: "An account with that email address already exists. Sign in instead.",
    // Only whoever reads the address's mail confirms a sign-up, so saying it has an account reveals nothing.
    in: { confirmSignUp: { field: "input.token", message: "This address already has an account. Sign in instead." } },
  },
  shared_ambition_slug_unique: { field: "input.slug", message: "Another ambition already uses this slug." },
  collection_slug_unique: { field: "input.slug", message: "Another collection already uses this slug." },
  collection_item_collection_id_resource_id_unique: {
    field: "input.resourceSlug",
    message: "That resource is already in this collection.",
  },
  area_of_excellence_slug_unique: {
    field: "input.slug",
    message: "Another Area of Excellence already uses this slug.",
  },
  excellence_event_slug_unique: { field: "input.slug", message: "Another event already uses this slug." },
  curriculum_entitlement_slug_version_unique: {
    field: "input.slug",
    message: ({ slug }) =>
      `The entitlement "${slug}" already exists; start its next version with createEntitlementDraftFromAgreed.`,
    in: {
      createEntitlementDraftFromAgreed: {
        message: ({ slug, version }) => `Version ${version} of "${slug}" is already a draft; edit that one.`,
      },
    },
  },
} satisfies Record<string, UniqueValue>;

export type UniqueKey = keyof typeof UNIQUE_VALUES;

export const isUniqueKey = (name: string): name is UniqueKey => Object.hasOwn(UNIQUE_VALUES, name);

/** The field and message for a taken value, as the given mutation says it. */
export function takenIn(key: UniqueKey, values: KeyValues, operation?: string): { field: string; message: string } {
  const entry: UniqueValue = UNIQUE_VALUES[key];
  const { field, message } = { ...entry, ...(operation ? entry.in?.[operation] : undefined) };
  return { field, message: typeof message === "function" ? message(values) : message };
}
