import type { EventKind, EventMode, Visibility } from "@hub/schema";
import { Form } from "@remix-run/react";

import {
  ChoiceGroup,
  CsrfField,
  FormProblemSummary,
  SelectField,
  TextField,
  errorFrom,
  optionsFrom,
  slugOptions,
} from "../components/forms";
import { eventKindLabels, eventModeLabels } from "../utils/labels";
import type { FormProblem } from "./forms.server";
import { SessionRenewalFields } from "./session-renewal";

/** The event form as typed: every value a string, times as the wall clock in the event's time zone. */
export interface EventFormValues {
  kind: string;
  title: string;
  slug: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  mode: string;
  venue: string;
  onlineUrl: string;
  hostNetworkSlug: string;
  hostSchoolUrn: string;
  areaOfExcellenceSlug: string;
  capacity: string;
  visibility: string;
  registrationOpen: boolean;
}

export const EMPTY_EVENT: EventFormValues = {
  kind: "AOE_EVENT" satisfies EventKind,
  title: "",
  slug: "",
  description: "",
  startsAt: "",
  endsAt: "",
  timeZone: "Europe/London",
  mode: "IN_PERSON" satisfies EventMode,
  venue: "",
  onlineUrl: "",
  hostNetworkSlug: "",
  hostSchoolUrn: "",
  areaOfExcellenceSlug: "",
  capacity: "",
  visibility: "PUBLIC" satisfies Visibility,
  registrationOpen: true,
};

const VISIBILITY_CHOICES: ReadonlyArray<{ value: Visibility; label: string }> = [
  { value: "PUBLIC", label: "Everyone: listed on the public events page" },
  { value: "NETWORK", label: "Members of the host network (or of the host school's networks)" },
  { value: "PRIVATE", label: "Only you and the hosts" },
];

export interface EventFormProps {
  readonly mode: "create" | "edit";
  readonly values: EventFormValues;
  readonly csrfToken: string;
  /** The networks the person may host for (create only). */
  readonly hostNetworks: ReadonlyArray<{ slug: string; name: string }>;
  /** Hosts and Area of Excellence as they stand (edit only: the API does not move an event between hosts). */
  readonly fixedHosts?: { school?: string; network?: string; areaOfExcellence?: string };
  readonly problem?: FormProblem;
  readonly sessionEnded?: boolean;
}

/** Every field of an event, as one plain form that works without JavaScript. */
export function EventForm(props: EventFormProps) {
  const { mode, values, csrfToken, hostNetworks, fixedHosts, problem, sessionEnded } = props;
  const errorFor = (field: string) => errorFrom(problem, field);
  return (
    // Keyed on the values, so a failed post re-renders the form with what was sent rather than stale defaults.
    <Form method="post" className="form-stack" key={JSON.stringify(values)} noValidate>
      <CsrfField token={csrfToken} />
      <FormProblemSummary problem={problem} lead="The event is not saved yet:" />
      {sessionEnded && <SessionRenewalFields action="save" />}
      <TextField
        id="field-title"
        name="title"
        label="Title"
        defaultValue={values.title}
        error={errorFor("title")}
        required
      />
      {mode === "create" ? (
        <TextField
          id="field-slug"
          name="slug"
          label="Address (slug)"
          hint="Lower-case words joined by hyphens, e.g. phonics-open-morning-march. It becomes /events/your-slug."
          defaultValue={values.slug}
          error={errorFor("slug")}
          required
        />
      ) : (
        <p>
          Address: <code>/events/{values.slug}</code>
        </p>
      )}
      <SelectField
        id="field-kind"
        name="kind"
        label="Kind of event"
        defaultValue={values.kind}
        error={errorFor("kind")}
        options={optionsFrom(eventKindLabels)}
      />
      <TextField
        id="field-description"
        name="description"
        label="Description"
        hint="What happens and who it is for. Leave a blank line between paragraphs."
        defaultValue={values.description}
        error={errorFor("description")}
        multiline={8}
        required
      />
      <TextField
        id="field-startsAt"
        name="startsAt"
        label="Starts"
        type="datetime-local"
        hint="Date and time, in the event's time zone."
        defaultValue={values.startsAt}
        error={errorFor("startsAt")}
        required
      />
      <TextField
        id="field-endsAt"
        name="endsAt"
        label="Ends"
        type="datetime-local"
        defaultValue={values.endsAt}
        error={errorFor("endsAt")}
        required
      />
      <TextField
        id="field-timeZone"
        name="timeZone"
        label="Time zone"
        hint="For example Europe/London."
        defaultValue={values.timeZone}
        error={errorFor("timeZone")}
      />
      <ChoiceGroup
        name="mode"
        legend="How people take part"
        choices={optionsFrom(eventModeLabels)}
        chosen={[values.mode]}
        multiple={false}
        error={errorFor("mode")}
      />
      <TextField
        id="field-venue"
        name="venue"
        label="Venue"
        hint="Needed for in-person and hybrid events: the room, the school and its address."
        defaultValue={values.venue}
        error={errorFor("venue")}
      />
      <TextField
        id="field-onlineUrl"
        name="onlineUrl"
        label="Link to join online"
        type="url"
        hint="Needed for online and hybrid events: an https:// address."
        defaultValue={values.onlineUrl}
        error={errorFor("onlineUrl")}
      />
      <TextField
        id="field-capacity"
        name="capacity"
        label="Places"
        type="number"
        min={1}
        hint="How many people can come. Leave it empty for no limit. Once the places are taken, people join a waiting list."
        defaultValue={values.capacity}
        error={errorFor("capacity")}
      />
      <ChoiceGroup
        name="visibility"
        legend="Who may see it"
        choices={VISIBILITY_CHOICES}
        chosen={[values.visibility]}
        multiple={false}
        error={errorFor("visibility")}
      />
      <ChoiceGroup
        name="registrationOpen"
        legend="Registration"
        choices={[{ value: "true", label: "Open: people may register now" }]}
        chosen={values.registrationOpen ? ["true"] : []}
        multiple
        error={errorFor("registrationOpen")}
      />
      {mode === "create" ? (
        <fieldset className="choice-group">
          <legend>Who hosts it</legend>
          <p className="hint">Give a host network, a host school, or both.</p>
          <SelectField
            id="field-hostNetworkSlug"
            name="hostNetworkSlug"
            label="Host network"
            defaultValue={values.hostNetworkSlug}
            error={errorFor("hostNetworkSlug")}
            emptyOption="None"
            options={slugOptions(hostNetworks)}
          />
          <TextField
            id="field-hostSchoolUrn"
            name="hostSchoolUrn"
            label="Host school (URN)"
            hint="The school's six-digit unique reference number."
            defaultValue={values.hostSchoolUrn}
            error={errorFor("hostSchoolUrn")}
          />
          <TextField
            id="field-areaOfExcellenceSlug"
            name="areaOfExcellenceSlug"
            label="Area of Excellence it shows (slug, optional)"
            defaultValue={values.areaOfExcellenceSlug}
            error={errorFor("areaOfExcellenceSlug")}
          />
        </fieldset>
      ) : (
        <dl className="facts">
          {(
            [
              ["Host network", fixedHosts?.network],
              ["Host school", fixedHosts?.school],
              ["Shows the Area of Excellence", fixedHosts?.areaOfExcellence],
            ] as const
          ).map(
            ([term, value]) =>
              value && (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ),
          )}
        </dl>
      )}
      <div>
        <button type="submit">{mode === "create" ? "Add the event" : "Save changes"}</button>
      </div>
    </Form>
  );
}
