/** What an event card and page need to say how to get a place. */
export interface EventPlaces {
  readonly capacity?: number | null;
  readonly placesLeft?: number | null;
  readonly registrationOpen: boolean;
}

/** Whether the event has a set number of places. */
export const hasPlaceLimit = (event: EventPlaces) => event.capacity !== null && event.capacity !== undefined;

/** Whether every place is taken (registering then joins the waiting list, if registration is open). */
export const isFull = (event: EventPlaces) => hasPlaceLimit(event) && (event.placesLeft ?? 0) === 0;

/**
 * The places an event has, in words: full (and whether its waiting list takes names), how many are
 * left, or no limit; and whether registration has closed.
 */
export function placesSummary(event: EventPlaces): string {
  if (isFull(event)) return event.registrationOpen ? "Full: waiting list open" : "Full: registration closed";
  const places = hasPlaceLimit(event)
    ? `${event.placesLeft ?? 0} of ${event.capacity} places left`
    : "No limit on places";
  return event.registrationOpen ? places : `${places} (registration closed)`;
}
