import {
  CreateEventDocument,
  UpdateEventDocument,
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
import { problemFrom, typed, type FormProblem } from "./forms.server";
import { renewSession, sessionHasEnded } from "./session-renewal.server";

/** Every field the event form has, by its form name (the same as the API's). */
const FIELDS = new Set<string>([
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
  "registrationOpen",
]);

/** What the person typed, exactly, so a failed save shows it again. */
function eventValuesFromForm(form: FormData): EventFormValues {
  const raw = (name: string) => typed(form, name);
  return {
    kind: raw("kind"),
    title: raw("title"),
    slug: raw("slug"),
    description: raw("description"),
    startsAt: raw("startsAt"),
    endsAt: raw("endsAt"),
    timeZone: raw("timeZone"),
    mode: raw("mode"),
    venue: raw("venue"),
    onlineUrl: raw("onlineUrl"),
    hostNetworkSlug: raw("hostNetworkSlug"),
    hostSchoolUrn: raw("hostSchoolUrn"),
    areaOfExcellenceSlug: raw("areaOfExcellenceSlug"),
    capacity: raw("capacity"),
    visibility: raw("visibility"),
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

/** The fields create and update share, read from the form; a problem when a box holds no usable value. */
function sharedInput(values: EventFormValues) {
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
export interface EventFormResult {
  readonly values: EventFormValues;
  readonly problem?: FormProblem;
  /** The session ended: the form asks for the password again and keeps what was typed. */
  readonly sessionEnded?: boolean;
}

/** Creates the event (no `currentSlug`) or saves changes to it, then shows its page. */
export async function saveEvent(request: Request, form: FormData, currentSlug: string | undefined) {
  const values = eventValuesFromForm(form);
  const renewal = await renewSession(request, form);
  const { headers } = renewal;
  const fail = (result: Omit<EventFormResult, "values">, status = 400) =>
    data<EventFormResult>({ values, ...result }, { status, headers });
  if (!renewal.renewed) return fail({ sessionEnded: true, problem: renewal.problem }, 401);
  const { options } = renewal;
  const shared = sharedInput(values);
  if ("problem" in shared) return fail({ problem: shared.problem as FormProblem });
  let slug: string;
  try {
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
      slug = createEvent.event.slug;
    } else {
      const { updateEvent } = await api.request(
        UpdateEventDocument,
        { input: { ...shared.input, slug: currentSlug } },
        options,
      );
      slug = updateEvent.event.slug;
    }
  } catch (error) {
    if (sessionHasEnded(error)) return fail({ sessionEnded: true }, 401);
    return fail({ problem: problemFrom(error, FIELDS) });
  }
  return redirect(eventPath(slug), { headers });
}
