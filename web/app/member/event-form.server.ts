import {
  CreateEventDocument,
  UpdateEventDocument,
  type CreateEventInput,
  type EventForEditingQuery,
  type EventKind,
  type EventMode,
  type Visibility,
} from "@hub/schema";
import { data, redirect } from "@remix-run/node";

import * as api from "../graphql.server";
import { eventPath } from "../paths";
import { fromZonedInput, toZonedInput } from "../utils/zoned-time";
import type { EventFormValues } from "./event-form";
import { typedValues, type FormProblem } from "./forms.server";
import { saveRenewingSession, type UnsavedPost } from "./session-renewal.server";

/** The event form's text fields, by their form names (the same as the API's). */
const TEXT_FIELDS = [
  "kind",
  "title",
  "slug",
  "description",
  "startsAt",
  "endsAt",
  "timeZone",
  "mode",
  "venue",
  "onlineUrl",
  "hostNetworkSlug",
  "hostSchoolUrn",
  "areaOfExcellenceSlug",
  "capacity",
  "visibility",
] as const satisfies ReadonlyArray<Exclude<keyof EventFormValues, "registrationOpen">>;

/** Every field the event form has, for the API's problems to be shown beside. */
const FIELDS = new Set<string>([...TEXT_FIELDS, "registrationOpen"]);

/** What the person typed, exactly, so a failed save shows it again. */
function eventValuesFromForm(form: FormData): EventFormValues {
  return {
    ...typedValues(form, TEXT_FIELDS),
    registrationOpen: form.get("registrationOpen") === "true",
  };
}

/** A saved event as the form shows it. */
export function eventValuesFromEvent(event: NonNullable<EventForEditingQuery["event"]>): EventFormValues {
  return {
    kind: event.kind,
    title: event.title,
    slug: event.slug,
    description: event.description,
    startsAt: toZonedInput(event.startsAt, event.timeZone),
    endsAt: toZonedInput(event.endsAt, event.timeZone),
    timeZone: event.timeZone,
    mode: event.mode,
    venue: event.venue ?? "",
    onlineUrl: event.onlineUrl ?? "",
    hostNetworkSlug: event.hostNetwork?.slug ?? "",
    hostSchoolUrn: event.hostSchool?.urn ?? "",
    areaOfExcellenceSlug: event.areaOfExcellence?.slug ?? "",
    capacity: event.capacity === null || event.capacity === undefined ? "" : String(event.capacity),
    visibility: event.visibility,
    registrationOpen: event.registrationOpen,
  };
}

const DEFAULT_TIME_ZONE = "Europe/London";

/** A zone this server can convert times in; an unknown one is passed on for the API to name as the problem. */
function convertibleZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** What create and update both send (the hosts are chosen only when creating; an event keeps its slug). */
type SharedInput = Omit<CreateEventInput, "slug" | "hostNetworkSlug" | "hostSchoolUrn" | "areaOfExcellenceSlug">;

/** The fields create and update share, read from the form; a problem when a box holds no usable value. */
function sharedInput(values: EventFormValues): { problem: FormProblem } | { input: SharedInput } {
  const timeZone = values.timeZone.trim() || DEFAULT_TIME_ZONE;
  const zone = convertibleZone(timeZone);
  const startsAt = fromZonedInput(values.startsAt, zone);
  if (!startsAt) return { problem: { field: "startsAt", message: "Give the date and time the event starts." } };
  const endsAt = fromZonedInput(values.endsAt, zone);
  if (!endsAt) return { problem: { field: "endsAt", message: "Give the date and time the event ends." } };
  const capacityText = values.capacity.trim();
  if (capacityText !== "" && !/^\d+$/.test(capacityText)) {
    return {
      problem: { field: "capacity", message: "Give a whole number of places, or leave it empty for no limit." },
    };
  }
  return {
    input: {
      kind: values.kind as EventKind,
      title: values.title.trim(),
      description: values.description,
      startsAt,
      endsAt,
      timeZone,
      mode: values.mode as EventMode,
      venue: values.venue.trim() || null,
      onlineUrl: values.onlineUrl.trim() || null,
      capacity: capacityText === "" ? null : Number(capacityText),
      visibility: values.visibility as Visibility,
      registrationOpen: values.registrationOpen,
    },
  };
}

/** What a failed post shows again: everything typed, and why it did not save. */
export interface EventFormResult extends UnsavedPost {
  readonly values: EventFormValues;
}

/**
 * Creates the event (no `currentSlug`) or saves changes to it, then shows its page. A post that also
 * carries sign-in fields renews the session before the boxes are checked here, so a box at fault
 * comes back with the new session already set and no sign-in fields to fill in a second time.
 */
export async function saveEvent(request: Request, form: FormData, currentSlug: string | undefined) {
  const values = eventValuesFromForm(form);
  const result = await saveRenewingSession(
    request,
    form,
    FIELDS,
    async (options): Promise<{ problem: FormProblem } | { slug: string }> => {
      const shared = sharedInput(values);
      if ("problem" in shared) return shared;
      if (currentSlug === undefined) {
        const { createEvent } = await api.request(
          CreateEventDocument,
          {
            input: {
              ...shared.input,
              slug: values.slug.trim(),
              hostNetworkSlug: values.hostNetworkSlug || null,
              hostSchoolUrn: values.hostSchoolUrn.trim() || null,
              areaOfExcellenceSlug: values.areaOfExcellenceSlug.trim() || null,
            },
          },
          options,
        );
        return { slug: createEvent.event.slug };
      }
      const { updateEvent } = await api.request(
        UpdateEventDocument,
        { input: { ...shared.input, slug: currentSlug } },
        options,
      );
      return { slug: updateEvent.event.slug };
    },
  );
  const { headers } = result;
  if (!("saved" in result))
    return data<EventFormResult>({ values, ...result.unsaved }, { status: result.status, headers });
  if ("problem" in result.saved)
    return data<EventFormResult>({ values, problem: result.saved.problem }, { status: 400, headers });
  return redirect(eventPath(result.saved.slug), { headers });
}
