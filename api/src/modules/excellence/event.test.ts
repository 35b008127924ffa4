import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { startStatementCountingApi } from "../../../test/sql-statements.js";
import { User, viewerOf } from "../accounts/index.js";
import { Network } from "../organisations/index.js";
import { MembershipService } from "../memberships/index.js";
import { NetworkRole } from "../../policy/index.js";
import { eventToIcs, foldLine } from "./event.ics.js";

/** Events through GraphQL and HTTP: creating them, registering (under concurrency), waiting lists and iCalendar. */
let api: TestApi;
let admin: TestUser;
let host: TestUser;
let member: TestUser;
let outsider: TestUser;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

/** An iCalendar text value as written: escaped newlines, commas, semicolons and backslashes undone. */
const unescapeText = (value: string) => value.replace(/\\n/g, "\n").replace(/\\([,;\\])/g, "$1");

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { slug placesLeft } } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { capacity placesLeft } } }`;
const REGISTER = `mutation($input: EventRefInput!) { registerForEvent(input: $input) { registration { status position } } }`;
const CANCEL = `mutation($input: EventRefInput!) { cancelEventRegistration(input: $input) { registration { status } } }`;
const MINE = `query($slug: String!) { event(slug: $slug) { placesLeft registration { status position } } }`;

interface Registration {
  status: string;
  position: number | null;
}

async function asAdmin(query: string, variables: Record<string, unknown>): Promise<void> {
  const result = await api.gql(query, variables, admin.auth);
  expect(result.errors).toBeUndefined();
}

async function addToNetwork(user: TestUser, slug: string, role: NetworkRole): Promise<void> {
  const em = api.orm.em.fork();
  await new MembershipService(em).setRole(
    await em.findOneOrFail(User, { uuid: user.uuid }),
    await em.findOneOrFail(Network, { slug }),
    role,
  );
}

/** A London primary school in the events hub. */
async function addSchoolToEventsHub(urn: string, name: string): Promise<void> {
  await asAdmin(`mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`, {
    input: {
      urn,
      name,
      slug: name.toLowerCase().replaceAll(" ", "-"),
      phase: "PRIMARY",
      region: "LONDON",
      localAuthority: "Camden",
    },
  });
  await asAdmin(
    `mutation($input: AddSchoolsToNetworkInput!) { addSchoolsToNetwork(input: $input) { network { slug } } }`,
    { input: { networkSlug: "events-hub", urns: [urn] } },
  );
}

const inDays = (days: number, hours = 0) => new Date(Date.now() + (days * 24 + hours) * 3600 * 1000).toISOString();

function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: "AOE_EVENT",
    title: "Phonics open morning",
    slug: unique("event"),
    description: "See daily phonics lessons, then talk with the reading lead.",
    startsAt: inDays(10),
    endsAt: inDays(10, 3),
    mode: "IN_PERSON",
    venue: "Main hall, Camden Primary, London",
    hostNetworkSlug: "events-hub",
    ...overrides,
  };
}

async function createEvent(overrides: Record<string, unknown> = {}): Promise<string> {
  const input = eventInput(overrides);
  const result = await api.gql(CREATE, { input }, host.auth);
  expect(result.errors).toBeUndefined();
  return input.slug;
}

async function registrationOf(user: TestUser, slug: string): Promise<Registration | null> {
  const result = await api.gql<{ event: { registration: Registration | null } }>(MINE, { slug }, user.auth);
  return result.data!.event.registration;
}

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signUp({ name: "Site Admin" });
  host = await api.signUp({ name: "Hub Manager" });
  member = await api.signUp({ name: "Hub Member" });
  outsider = await api.signUp({ name: "Someone Else" });
  await api.orm.em.getConnection().execute("update app_user set is_admin = true where id = ?", [admin.uuid]);
  await asAdmin(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`, {
    input: { kind: "HUB", name: "Events Hub", slug: "events-hub", description: "Hosts events." },
  });
  await addSchoolToEventsHub("200001", "Camden Primary");
  await addToNetwork(host, "events-hub", NetworkRole.MODERATOR);
  await addToNetwork(member, "events-hub", NetworkRole.MEMBER);
});

describe("creating events", () => {
  it("refuses bad input, naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: inDays(9) }, "input.endsAt"],
      [{ mode: "ONLINE", venue: null }, "input.onlineUrl"],
      [{ mode: "ONLINE", onlineUrl: "ftp://example.org/meeting" }, "input.onlineUrl"],
      [{ mode: "IN_PERSON", venue: null }, "input.venue"],
      [{ timeZone: "Europe/Atlantis" }, "input.timeZone"],
      [{ capacity: 0 }, "input.capacity"],
      [{ hostNetworkSlug: null }, "input.hostNetworkSlug"],
      [{ hostSchoolUrn: "999999" }, "input.hostSchoolUrn"],
    ];
    for (const [overrides, field] of cases) {
      const result = await api.gql(CREATE, { input: eventInput(overrides) }, host.auth);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("is for the hosts' moderators and admins", async () => {
    const anonymous = await api.gql(CREATE, { input: eventInput() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const byMember = await api.gql(CREATE, { input: eventInput() }, member.auth);
    expect(byMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bySchoolNetworkModerator = await api.gql(
      CREATE,
      {
        input: eventInput({
          hostNetworkSlug: null,
          hostSchoolUrn: "200001",
          mode: "ONLINE",
          venue: null,
          onlineUrl: "https://meet.example.org/x",
        }),
      },
      host.auth,
    );
    expect(bySchoolNetworkModerator.errors).toBeUndefined();
    const byAdmin = await api.gql(CREATE, { input: eventInput({ timeZone: "Europe/Paris" }) }, admin.auth);
    expect(byAdmin.errors).toBeUndefined();
  });
});

describe("registering", () => {
  it("never exceeds capacity under concurrent registrations, and promotes the waiting list in order", async () => {
    const slug = await createEvent({ capacity: 5 });
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, index) => api.signUp({ name: `Teacher ${index}` })),
    );
    const results = await Promise.all(
      people.map((person) =>
        api.gql<{ registerForEvent: { registration: Registration } }>(REGISTER, { input: { slug } }, person.auth),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const registrations = results.map((result) => result.data!.registerForEvent.registration);
    expect(registrations.filter((r) => r.status === "CONFIRMED")).toHaveLength(5);
    const waiting = registrations.filter((r) => r.status === "WAITLISTED");
    expect(waiting.map((r) => r.position).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const placesLeft = await api.gql<{ event: { placesLeft: number } }>(MINE, { slug }, people[0]!.auth);
    expect(placesLeft.data!.event.placesLeft).toBe(0);

    const byPosition = (position: number) =>
      people[registrations.findIndex((r) => r.status === "WAITLISTED" && r.position === position)]!;
    const [first, second, third] = [byPosition(1), byPosition(2), byPosition(3)];
    const confirmed = people.filter((_, index) => registrations[index]!.status === "CONFIRMED");

    const cancelled = await api.gql(CANCEL, { input: { slug } }, confirmed[0]!.auth);
    expect(cancelled.data).toEqual({ cancelEventRegistration: { registration: { status: "CANCELLED" } } });
    expect(await registrationOf(first, slug)).toEqual({ status: "CONFIRMED", position: null });
    expect(await registrationOf(second, slug)).toEqual({ status: "WAITLISTED", position: 1 });

    // Someone leaving the waiting list moves those behind them up.
    await api.gql(CANCEL, { input: { slug } }, second.auth);
    expect(await registrationOf(third, slug)).toEqual({ status: "WAITLISTED", position: 1 });
    await api.gql(CANCEL, { input: { slug } }, confirmed[1]!.auth);
    expect(await registrationOf(third, slug)).toEqual({ status: "CONFIRMED", position: null });

    // Registering again after cancelling joins the back of the queue.
    const back = await api.gql<{ registerForEvent: { registration: Registration } }>(
      REGISTER,
      { input: { slug } },
      confirmed[0]!.auth,
    );
    expect(back.data!.registerForEvent.registration).toEqual({ status: "WAITLISTED", position: 5 });
    const total = await api.orm.em
      .getConnection()
      .execute<{ count: string }[]>(
        "select count(*) from event_registration r join excellence_event e on e.id = r.event_id where e.slug = ? and r.status = 'CONFIRMED'",
        [slug],
      );
    expect(Number(total[0]!.count)).toBe(5);
  });

  it("refuses capacity below the confirmed places, and fills new places from the waiting list", async () => {
    const slug = await createEvent({ capacity: 2 });
    const people = [member, outsider, admin, host];
    for (const person of people) await api.gql(REGISTER, { input: { slug } }, person.auth);
    const tooSmall = await api.gql(UPDATE, { input: { slug, capacity: 1 } }, host.auth);
    expect(tooSmall.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.capacity" });
    const endsEarly = await api.gql(UPDATE, { input: { slug, endsAt: inDays(1) } }, host.auth);
    expect(endsEarly.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.endsAt" });
    const refused = await api.gql(UPDATE, { input: { slug, capacity: 3 } }, member.auth);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bigger = await api.gql(UPDATE, { input: { slug, capacity: 3 } }, host.auth);
    expect(bigger.data).toEqual({ updateEvent: { event: { capacity: 3, placesLeft: 0 } } });
    expect(await registrationOf(admin, slug)).toEqual({ status: "CONFIRMED", position: null });
    expect(await registrationOf(host, slug)).toEqual({ status: "WAITLISTED", position: 1 });
  });

  it("shows attendees to the hosts only, and refuses registration once closed", async () => {
    const slug = await createEvent();
    await api.gql(REGISTER, { input: { slug } }, member.auth);
    const ATTENDEES = `query($slug: String!) { event(slug: $slug) { attendees { status person { name } } } }`;
    const forHost = await api.gql(ATTENDEES, { slug }, host.auth);
    expect(forHost.data).toEqual({ event: { attendees: [{ status: "CONFIRMED", person: { name: "Hub Member" } }] } });
    const forMember = await api.gql(ATTENDEES, { slug }, member.auth);
    expect(forMember.data).toEqual({ event: { attendees: null } });
    await api.gql(UPDATE, { input: { slug, registrationOpen: false } }, host.auth);
    const closed = await api.gql(REGISTER, { input: { slug } }, outsider.auth);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
  });
});

describe("listing", () => {
  it("lists an Area of Excellence's events and filters events by host, school and time, page by page", async () => {
    const themes = await api.gql<{ themes: { slug: string }[] }>(`{ themes { slug } }`);
    const aoeSlug = unique("aoe");
    const proposed = await api.gql(
      `mutation($input: ProposeAreaOfExcellenceInput!) { proposeAreaOfExcellence(input: $input) { areaOfExcellence { slug } } }`,
      {
        input: {
          schoolUrn: "200001",
          title: "Inclusion of pupils with SEND",
          slug: aoeSlug,
          themeSlugs: [themes.data!.themes[0]!.slug],
          phase: "PRIMARY",
          summary: "Pupils with SEND learn alongside their peers with well-planned adaptations.",
          evidence: "Evidence from the review.",
          sourceReview: "MLQAR",
          reviewDate: "2026-05-01",
        },
      },
      admin.auth,
    );
    expect(proposed.errors).toBeUndefined();
    await asAdmin(
      `mutation($input: AreaOfExcellenceRefInput!) { validateAreaOfExcellence(input: $input) { areaOfExcellence { slug } } }`,
      { input: { slug: aoeSlug } },
    );
    const soon = await createEvent({ areaOfExcellenceSlug: aoeSlug, hostNetworkSlug: null, hostSchoolUrn: "200001" });
    const later = await createEvent({
      areaOfExcellenceSlug: aoeSlug,
      hostNetworkSlug: null,
      hostSchoolUrn: "200001",
      startsAt: inDays(20),
      endsAt: inDays(20, 2),
    });
    await api.orm.em
      .getConnection()
      .execute(
        "update excellence_event set starts_at = date_trunc('milliseconds', now()) - interval '2 days', ends_at = date_trunc('milliseconds', now()) - interval '1 day' where slug = ?",
        [later],
      );
    const AOE_EVENTS = `query($slug: String!, $upcoming: Boolean) {
      areaOfExcellence(slug: $slug) { events(upcoming: $upcoming) { slug areaOfExcellence { slug } hostSchool { urn } } }
    }`;
    const upcoming = await api.gql(AOE_EVENTS, { slug: aoeSlug, upcoming: true });
    expect(upcoming.data).toEqual({
      areaOfExcellence: {
        events: [{ slug: soon, areaOfExcellence: { slug: aoeSlug }, hostSchool: { urn: "200001" } }],
      },
    });
    const all = await api.gql<{ areaOfExcellence: { events: { slug: string }[] } }>(AOE_EVENTS, { slug: aoeSlug });
    expect(all.data!.areaOfExcellence.events.map((event) => event.slug)).toEqual([later, soon]);

    const EVENTS = `query($filter: EventFilter, $after: String) {
      events(first: 1, filter: $filter, after: $after) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } }
    }`;
    type Page = {
      events: { totalCount: number; nodes: { slug: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = await api.gql<Page>(EVENTS, { filter: { schoolUrn: "200001" } });
    expect(first.data!.events.totalCount).toBeGreaterThanOrEqual(2);
    expect(first.data!.events.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql<Page>(EVENTS, {
      filter: { schoolUrn: "200001" },
      after: first.data!.events.pageInfo.endCursor,
    });
    expect(next.data!.events.nodes[0]!.slug).not.toBe(first.data!.events.nodes[0]!.slug);
    const past = await api.gql<Page>(EVENTS, { filter: { upcoming: false } });
    expect(past.data!.events.nodes.map((event) => event.slug)).toEqual([later]);
    const byNetwork = await api.gql<Page>(EVENTS, { filter: { hostNetworkSlug: "no-such-network" } });
    expect(byNetwork.data!.events.totalCount).toBe(0);
  });
});

describe("visibility and iCalendar", () => {
  it("shows NETWORK events to the host network's members only, in queries and .ics downloads", async () => {
    const slug = await createEvent({ visibility: "NETWORK", title: "Hub meeting", kind: "NETWORK_MEETING" });
    const EVENTS = `{ events(first: 100, filter: { upcoming: true, kind: NETWORK_MEETING }) { totalCount nodes { slug } } }`;
    const listed = async (user: TestUser | null) => {
      const result = await api.gql<{ events: { nodes: { slug: string }[] } }>(EVENTS, {}, user?.auth ?? {});
      return result.data!.events.nodes.some((node) => node.slug === slug);
    };
    expect(await listed(null)).toBe(false);
    expect(await listed(outsider)).toBe(false);
    expect(await listed(member)).toBe(true);
    expect((await api.gql(MINE, { slug })).data).toEqual({ event: null });

    const anonymous = await fetch(`${api.url}/events/${slug}.ics`);
    expect(anonymous.status).toBe(404);
    const asOutsider = await fetch(`${api.url}/events/${slug}.ics`, { headers: outsider.auth });
    expect(asOutsider.status).toBe(404);
    const asMember = await fetch(`${api.url}/events/${slug}.ics`, { headers: member.auth });
    expect(asMember.status).toBe(200);
    expect(asMember.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(asMember.headers.get("content-disposition")).toBe(`attachment; filename="${slug}.ics"`);
    // A member's copy must not be kept by a shared cache and handed to the next visitor.
    expect(asMember.headers.get("cache-control")).toBe("private, no-store");
    const text = await asMember.text();
    expect(text).toContain("SUMMARY:Hub meeting\r\n");
    const badToken = await fetch(`${api.url}/events/${slug}.ics`, { headers: { authorization: "Bearer nonsense" } });
    expect(badToken.status).toBe(401);
  });

  it("lists exactly the events each person may open: PRIVATE ones to their creator and the host network's moderators", async () => {
    await addSchoolToEventsHub("200011", "Dartmouth Park Primary");
    const byAdmin = async (overrides: Record<string, unknown>) => {
      const input = eventInput({ hostSchoolUrn: "200011", ...overrides });
      expect((await api.gql(CREATE, { input }, admin.auth)).errors).toBeUndefined();
      return input.slug;
    };
    const slugs = {
      publicByHub: await createEvent({ hostSchoolUrn: "200011" }),
      networkByHub: await createEvent({ hostSchoolUrn: "200011", visibility: "NETWORK" }),
      networkBySchool: await createEvent({ hostSchoolUrn: "200011", hostNetworkSlug: null, visibility: "NETWORK" }),
      privateByHubFromAdmin: await byAdmin({ visibility: "PRIVATE" }),
      privateBySchoolFromHost: await createEvent({
        hostSchoolUrn: "200011",
        hostNetworkSlug: null,
        visibility: "PRIVATE",
      }),
      privateBySchoolFromAdmin: await byAdmin({ hostNetworkSlug: null, visibility: "PRIVATE" }),
    };
    const EVENTS = `{ events(first: 100, filter: { schoolUrn: "200011" }) { nodes { slug } } }`;
    const seenBy = async (user: TestUser | null) => {
      const result = await api.gql<{ events: { nodes: { slug: string }[] } }>(EVENTS, {}, user?.auth ?? {});
      expect(result.errors).toBeUndefined();
      const listed = new Set(result.data!.events.nodes.map((node) => node.slug));
      const names = Object.entries(slugs).filter(([, slug]) => listed.has(slug));
      for (const [, slug] of Object.entries(slugs)) {
        const opened = await api.gql<{ event: unknown }>(MINE, { slug }, user?.auth ?? {});
        expect(opened.data!.event !== null, `${slug} opens as it lists`).toBe(listed.has(slug));
      }
      return names.map(([name]) => name).sort();
    };
    const everyone = ["publicByHub"];
    const members = [...everyone, "networkByHub", "networkBySchool"];
    expect(await seenBy(null)).toEqual(everyone);
    expect(await seenBy(outsider)).toEqual(everyone);
    expect(await seenBy(member)).toEqual(members.sort());
    expect(await seenBy(host)).toEqual([...members, "privateByHubFromAdmin", "privateBySchoolFromHost"].sort());
    expect(await seenBy(admin)).toEqual(Object.keys(slugs).sort());
  });

  it("serves a public event's calendar file to anyone", async () => {
    const slug = await createEvent({ title: "Reading, writing; and maths" });
    const response = await fetch(`${api.url}/events/${slug}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await response.text()).toContain("SUMMARY:Reading\\, writing\\; and maths\r\n");
    expect((await fetch(`${api.url}/events/no-such-event.ics`)).status).toBe(404);
  });

  it("writes RFC 5545 text: UTC times, escaped text, CRLF endings and folded lines", () => {
    const description = `Line one, with a comma; and a semicolon.\nLine two: ${"long words ".repeat(20)}é€`;
    const ics = eventToIcs(
      {
        uuid: "6f1c0a3e-8a4b-4d8e-9f00-0a1b2c3d4e5f",
        slug: "phonics-open-morning",
        title: "Phonics open morning",
        description,
        startsAt: new Date("2026-12-03T09:30:00+00:00"),
        endsAt: new Date("2026-12-03T12:00:00Z"),
        updatedAt: new Date("2026-11-20T08:00:00Z"),
        venue: "Main hall, Camden Primary",
        onlineUrl: null,
      },
      "https://hub.example.org",
      new Date("2026-11-23T10:00:00Z"),
    );
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const physical = ics.split("\r\n").slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    // Unfold (a CRLF followed by one space joins lines) and read the properties back.
    const unfolded = ics.replace(/\r\n /g, "").split("\r\n");
    const property = (name: string) => unfolded.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);
    expect(unfolded[0]).toBe("BEGIN:VCALENDAR");
    expect(unfolded).toContain("BEGIN:VEVENT");
    expect(property("UID")).toBe("6f1c0a3e-8a4b-4d8e-9f00-0a1b2c3d4e5f@hub.example.org");
    expect(property("DTSTART")).toBe("20261203T093000Z");
    expect(property("DTEND")).toBe("20261203T120000Z");
    expect(property("DTSTAMP")).toBe("20261123T100000Z");
    expect(property("LOCATION")).toBe("Main hall\\, Camden Primary");
    expect(property("URL")).toBe("https://hub.example.org/events/phonics-open-morning");
    expect(unescapeText(property("DESCRIPTION")!)).toBe(description);
  });

  it("gives calendars the description as plain text, not Markdown", () => {
    const ics = eventToIcs(
      {
        uuid: "6f1c0a3e-8a4b-4d8e-9f00-0a1b2c3d4e5f",
        slug: "phonics-open-morning",
        title: "Phonics open morning",
        description:
          "## Programme\n\n**Arrive** by 9:00 for *coffee*.\n\n- Reception phonics\n- Year 1 keep-up\n\n1. Questions\n2. Lunch\n\nRead [the notes](https://hub.example.org/notes) or ask office@camden.example.org.",
        startsAt: new Date("2026-12-03T09:30:00Z"),
        endsAt: new Date("2026-12-03T12:00:00Z"),
        updatedAt: new Date("2026-11-20T08:00:00Z"),
        venue: null,
        onlineUrl: null,
      },
      "https://hub.example.org",
    );
    const folded = ics.replace(/\r\n /g, "").split("\r\n");
    const description = unescapeText(folded.find((line) => line.startsWith("DESCRIPTION:"))!.slice(12));
    expect(description).toBe(
      "Programme\n\nArrive by 9:00 for coffee.\n\n- Reception phonics\n- Year 1 keep-up\n\n1. Questions\n2. Lunch\n\nRead the notes (https://hub.example.org/notes) or ask office@camden.example.org.",
    );
  });

  it("folds without splitting a multi-byte character", () => {
    const folded = foldLine(`DESCRIPTION:${"€".repeat(40)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"€".repeat(40)}`);
  });
});

describe("listing events", () => {
  it("orders soonest first by default, and newest announced first when asked", async () => {
    // Announced in the opposite order to when they happen, so the two orders differ.
    const sooner = await createEvent({ startsAt: inDays(200), endsAt: inDays(200, 2) });
    const later = await createEvent({ startsAt: inDays(300), endsAt: inDays(300, 2) });
    const LIST = `query($order: EventOrder!) {
      events(first: 100, orderBy: $order, filter: { hostNetworkSlug: "events-hub" }) { nodes { slug } }
    }`;
    const slugsIn = async (order: string) => {
      const result = await api.gql<{ events: { nodes: { slug: string }[] } }>(LIST, { order }, host.auth);
      expect(result.errors).toBeUndefined();
      return result.data!.events.nodes.map((event) => event.slug).filter((slug) => [later, sooner].includes(slug));
    };
    expect(await slugsIn("SOONEST")).toEqual([sooner, later]);
    expect(await slugsIn("NEWEST")).toEqual([later, sooner]);
  });
});

describe("people's own events", () => {
  const LIST = `query($filter: EventFilter) { events(filter: $filter, first: 100) { nodes { slug viewerCanManage } } }`;

  async function listed(user: TestUser | null, filter: Record<string, unknown>) {
    const result = await api.gql<{ events: { nodes: { slug: string; viewerCanManage: boolean }[] } }>(
      LIST,
      { filter },
      user?.auth ?? {},
    );
    expect(result.errors).toBeUndefined();
    return result.data!.events.nodes;
  }

  it("lists the events I am registered for (a place or the waiting list), not those I cancelled", async () => {
    const full = await createEvent({ capacity: 1 });
    const cancelled = await createEvent();
    const other = await createEvent();
    for (const [user, slug] of [
      [outsider, full],
      [member, full],
      [member, cancelled],
      [outsider, other],
    ] as const) {
      expect((await api.gql(REGISTER, { input: { slug } }, user.auth)).errors).toBeUndefined();
    }
    expect((await api.gql(CANCEL, { input: { slug: cancelled } }, member.auth)).errors).toBeUndefined();
    expect(await registrationOf(member, full)).toEqual({ status: "WAITLISTED", position: 1 });

    const mine = (await listed(member, { registeredByMe: true })).map((event) => event.slug);
    expect(mine).toContain(full);
    expect(mine).not.toContain(cancelled);
    expect(mine).not.toContain(other);
    expect(await listed(null, { registeredByMe: true })).toEqual([]);
  });

  it("lists the events I host, saying who may manage each", async () => {
    const byNetwork = await createEvent();
    const bySchool = await createEvent({ hostNetworkSlug: null, hostSchoolUrn: "200001" });
    const hosted = await listed(host, { hostedByMe: true });
    expect(hosted.map((event) => event.slug)).toEqual(expect.arrayContaining([byNetwork, bySchool]));
    expect(hosted.every((event) => event.viewerCanManage)).toBe(true);
    expect(await listed(member, { hostedByMe: true })).toEqual([]);
    const seenByMember = await listed(member, {});
    expect(seenByMember.find((event) => event.slug === byNetwork)?.viewerCanManage).toBe(false);
    const seenByAdmin = await listed(admin, { hostedByMe: true });
    expect(seenByAdmin.map((event) => event.slug)).toEqual(expect.arrayContaining([byNetwork, bySchool]));
  });
});

describe("the cost of a list", () => {
  it("takes the same number of SQL statements for 3 events as for 15, with whether I may manage each", async () => {
    await addSchoolToEventsHub("200009", "Kentish Town Primary");
    const counting = await startStatementCountingApi(api.config.DATABASE_URL);
    // The host is not an admin, so every row needs its hosts' networks to answer viewerCanManage.
    const viewer = await viewerOf(api.orm.em.fork(), { uuid: host.uuid, isAdmin: false });
    const PAGE = `{ events(first: 50, filter: { schoolUrn: "200009" }) { totalCount nodes { viewerCanManage } } }`;
    const addSome = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        // Half hosted by the school alone, half by the school with the hub.
        await createEvent({ hostSchoolUrn: "200009", hostNetworkSlug: index % 2 === 0 ? null : "events-hub" });
      }
    };
    type Page = { events: { totalCount: number; nodes: { viewerCanManage: boolean }[] } };
    await addSome(3);
    const small = await counting.run<Page>(PAGE, {}, viewer);
    expect(small.result.errors).toBeUndefined();
    expect(small.result.data!.events.totalCount).toBe(3);
    await addSome(12);
    const large = await counting.run<Page>(PAGE, {}, viewer);
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.events.totalCount).toBe(15);
    expect(large.result.data!.events.nodes.every((event) => event.viewerCanManage)).toBe(true);
    expect(large.statements.length).toBe(small.statements.length);
  });

  it("takes the same number of SQL statements for 3 events as for 15, with places left and my registration", async () => {
    await addSchoolToEventsHub("200010", "Gospel Oak Primary");
    const counting = await startStatementCountingApi(api.config.DATABASE_URL);
    const viewer = await viewerOf(api.orm.em.fork(), { uuid: member.uuid, isAdmin: false });
    const PAGE = `{ events(first: 50, filter: { schoolUrn: "200010" }) {
      totalCount nodes { slug placesLeft registration { status } } } }`;
    const registeredTo = new Set<string>();
    const addSome = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        const slug = await createEvent({ hostSchoolUrn: "200010", capacity: 5 });
        // Every other event has my place, so some rows answer null and some a registration.
        if (index % 2 === 0) {
          expect((await api.gql(REGISTER, { input: { slug } }, member.auth)).errors).toBeUndefined();
          registeredTo.add(slug);
        }
      }
    };
    type Page = {
      events: {
        totalCount: number;
        nodes: { slug: string; placesLeft: number; registration: { status: string } | null }[];
      };
    };
    await addSome(3);
    const small = await counting.run<Page>(PAGE, {}, viewer);
    expect(small.result.errors).toBeUndefined();
    expect(small.result.data!.events.totalCount).toBe(3);
    await addSome(12);
    const large = await counting.run<Page>(PAGE, {}, viewer);
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.events.totalCount).toBe(15);
    for (const event of large.result.data!.events.nodes) {
      const mine = registeredTo.has(event.slug);
      expect(event.placesLeft).toBe(mine ? 4 : 5);
      expect(event.registration).toEqual(mine ? { status: "CONFIRMED" } : null);
    }
    expect(large.statements.length).toBe(small.statements.length);
  });
});
