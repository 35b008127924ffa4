import { Licence, ResourceType, Visibility, type CreateResourceInput } from "@hub/api";

/** A sample resource; the loader adds the network that owns the samples. */
export type SampleResource = Omit<CreateResourceInput, "owningNetworkSlug">;

/**
 * A first handful of resources so a fresh `npm start` opens onto something
 * real. Written for this project; the fuller sector dataset builds on it.
 */
export const sampleResources: SampleResource[] = [
  {
    slug: "running-an-area-of-excellence-open-morning",
    type: ResourceType.EVENT_PACK,
    licence: Licence.CC_BY_4_0,
    visibility: Visibility.PUBLIC,
    title: "Running an Area of Excellence open morning",
    summary:
      "A step-by-step plan for a school that has been recognised for a strength and wants visiting leaders to see it in action: invitations, a timetable, classroom visits and a follow-up that turns a visit into change.",
  },
  {
    slug: "marketplace-teach-meet-playbook",
    type: ResourceType.GUIDE,
    licence: Licence.CC_BY_4_0,
    visibility: Visibility.PUBLIC,
    title: "The marketplace Teach Meet playbook",
    summary:
      "How one hub hosts a December Teach Meet for over a hundred teachers with two dozen presenters at market stalls, so every visitor chooses their own route and leaves with ideas to try on Monday.",
  },
  {
    slug: "learn-and-lead-hub-meetings",
    type: ResourceType.GUIDE,
    licence: Licence.CC_BY_4_0,
    visibility: Visibility.PUBLIC,
    title: "Learn and Lead: structuring hub meetings around what we learnt",
    summary:
      "A meeting format in which each member school reports back from a review, a reviewer role or a leadership day as 'what went well' and 'even better if', so the hub's agenda is set by evidence.",
  },
  {
    slug: "middle-leaders-peer-review-guide",
    type: ResourceType.GUIDE,
    licence: Licence.CC_BY_4_0,
    visibility: Visibility.PUBLIC,
    title: "A guide to peer review for middle leaders",
    summary:
      "Preparing subject and phase leaders to review each other's areas with care: agreeing the focus, gathering evidence fairly, and writing findings that a colleague can act on.",
  },
  {
    slug: "year-1-phonics-recovery-case-study",
    type: ResourceType.CASE_STUDY,
    licence: Licence.CC_BY_4_0,
    visibility: Visibility.PUBLIC,
    title: "Case study: recovering Year 1 phonics outcomes in one year",
    summary:
      "A primary school's account of how daily keep-up sessions, half-termly assessment and coaching for every adult who teaches reading lifted its phonics screening check results.",
  },
  {
    slug: "ks3-history-curriculum-map",
    type: ResourceType.CURRICULUM_MAP,
    licence: Licence.CC_BY_4_0,
    visibility: Visibility.PUBLIC,
    title: "Key Stage 3 history curriculum map",
    summary:
      "A three-year sequence of enquiries that builds chronological knowledge and the substantive concepts of power, empire and faith, agreed by a trust's history subject network.",
  },
  {
    slug: "send-inclusion-self-review-toolkit",
    type: ResourceType.TOOLKIT,
    licence: Licence.CC_BY_4_0,
    visibility: Visibility.PUBLIC,
    title: "Inclusion of pupils with SEND: a self-review toolkit",
    summary:
      "Prompts, a lesson visit record and an action plan template that help a school see how well pupils with special educational needs and disabilities take part in everyday lessons.",
  },
  {
    slug: "attendance-first-day-response-template",
    type: ResourceType.TEMPLATE,
    licence: Licence.CC_BY_4_0,
    visibility: Visibility.PUBLIC,
    title: "First-day response to absence: a template",
    summary:
      "A short, adaptable procedure for the first morning a pupil is missing, with scripts for the first call home and the points at which pastoral and safeguarding leads step in.",
  },
];
