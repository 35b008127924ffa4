export {
  AoeStatus,
  AreaOfExcellenceOrder,
  EventKind,
  EventMode,
  RegistrationStatus,
  ReviewKind,
  EVENT_KIND_LABELS,
} from "./excellence.enums.js";
export { AreaOfExcellence } from "./area-of-excellence.entity.js";
export { ExcellenceEvent } from "./event.entity.js";
export { EventRegistration } from "./event-registration.entity.js";
export { ExcellenceService } from "./excellence.service.js";
export { EventService } from "./event.service.js";
export { eventToIcs } from "./event.ics.js";
export { eventCalendarRouter } from "./excellence.http.js";
export { AreaOfExcellenceResolver, ResourceExcellenceResolver } from "./excellence.resolver.js";
export { EventResolver, EventRegistrationResolver } from "./event.resolver.js";
