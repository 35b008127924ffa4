import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput, DomainError } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import { authorize, canRequestIntroduction, type Viewer } from "../../policy/index.js";
import { countUnlessLimited, User } from "../accounts/index.js";
import type { MessageSettings } from "../mail/index.js";
import type { AreaOfExcellence } from "./area-of-excellence.entity.js";
import { ExcellenceService } from "./excellence.service.js";
import { RequestIntroductionInput } from "./excellence.inputs.js";

/**
 * How many introductions one person may ask for in the window: one per Area of Excellence (a
 * contact who has not answered yet need not be asked twice) and a few in all, so the form cannot
 * be used to send the hub's mail to contact after contact. Shorter than a day, the age at which
 * the counted rows are forgotten.
 */
export const INTRODUCTION_LIMITS = { perAreaOfExcellence: 1, perRequester: 5, windowMinutes: 12 * 60 } as const;

/** The person asking, as the contact reads about them: name, and job title and school when given. */
function describe(requester: User): string {
  const role = requester.jobTitle ? `, ${requester.jobTitle}` : "";
  const school = requester.school ? ` at ${requester.school.name}` : "";
  return `${requester.name}${role}${school}`;
}

/**
 * Introductions: a signed-in person writes to an Area of Excellence's contact through the hub,
 * which emails the contact with the requester's name, school and address (so the contact can reply
 * straight to them) without showing the contact's own address to the requester.
 */
export class IntroductionService {
  constructor(private readonly em: EntityManager) {}

  async request(
    viewer: Viewer | null,
    input: RequestIntroductionInput,
    messages: MessageSettings,
  ): Promise<AreaOfExcellence> {
    authorize(viewer, canRequestIntroduction(viewer), "ask for an introduction");
    const values = await validateInput(RequestIntroductionInput, input);
    const aoe = await new ExcellenceService(this.em).visible(viewer, values.slug);
    const [requester, contact, school] = await Promise.all([
      this.em.findOneOrFail(User, { uuid: viewer!.userId }, { populate: ["school"] }),
      aoe.contact.loadOrFail(),
      aoe.school.loadOrFail(),
    ]);
    if (contact.uuid === requester.uuid) {
      throw badInput("input.slug", "You are this Area of Excellence's contact: there is no one to introduce you to.");
    }
    await this.count(requester.uuid, aoe.uuid);
    // Sent after the count is committed: simultaneous requests cannot all slip past the limit.
    const link = new URL(`/excellence/${encodeURIComponent(aoe.slug)}`, messages.publicWebUrl).toString();
    await messages.mailer.send({
      to: contact.email,
      replyTo: requester.email,
      subject: `Introduction request: ${aoe.title} at ${school.name}`,
      text: [
        `Hello ${contact.name},`,
        "",
        `${describe(requester)} read about "${aoe.title}" on the School Network Hub and asks for an introduction. Their message:`,
        "",
        values.message.trim(),
        "",
        `Reply to ${requester.name} at ${requester.email} (replying to this email reaches them).`,
        "",
        `The Area of Excellence, where you are named as its contact:`,
        link,
        "",
        `The hub has not shown your email address to ${requester.name}; it is yours to share by replying.`,
      ].join("\n"),
    });
    return aoe;
  }

  /** Counts this request against the limits, or refuses it with RATE_LIMITED. */
  private async count(requesterId: string, aoeId: string): Promise<void> {
    const thisOne = { key: `introduction:${requesterId}:${aoeId}`, max: INTRODUCTION_LIMITS.perAreaOfExcellence };
    const inAll = { key: `introductions-from:${requesterId}`, max: INTRODUCTION_LIMITS.perRequester };
    const refused = await countUnlessLimited(this.em, [thisOne, inAll], INTRODUCTION_LIMITS.windowMinutes);
    const hours = INTRODUCTION_LIMITS.windowMinutes / 60;
    if (refused === thisOne) {
      throw new DomainError(
        "RATE_LIMITED",
        `You have already asked for an introduction here in the last ${hours} hours: the contact has your message. Wait for their reply.`,
      );
    }
    if (refused === inAll) {
      throw new DomainError(
        "RATE_LIMITED",
        `You have asked for ${INTRODUCTION_LIMITS.perRequester} introductions in the last ${hours} hours, the most the hub sends. Try again later.`,
      );
    }
  }
}
