import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Api, FIXTURES as F } from "./fixtures.js";
import { DEMO_PASSWORD, LEAD } from "./pages.js";

/**
 * Every route of the web app (read from app/routes, so a new route is crawled too), asked with odd
 * values in each of its parameters and its query string, anonymously and signed in as a demo account,
 * by GET and, where it has an action, by a form post from the site itself. No answer may be a 5xx;
 * an odd route parameter is the site's 404 page (400 for a broken percent-escape, which Remix refuses
 * itself), or, signed out, the way to sign in. The values are fixed, so there is no seed to replay.
 */

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const ROUTES_DIR = join(import.meta.dirname, "..", "app", "routes");

// The product runs with NODE_ENV=production (startProduct), hence the __Host- cookie names.
const SESSION_COOKIE = "__Host-hub_session";
const CSRF_COOKIE = "__Host-hub_csrf";
const CSRF = "c".repeat(43);

/** Odd values for a path segment, as they appear in the address. */
const ODD_SEGMENTS: Record<string, string> = {
  nul: "%00",
  traversal: "..%2f..%2fetc%2fpasswd",
  emoji: "%F0%9F%93%9A",
  "300 characters": "a".repeat(300),
  "broken escape": "%E0%A4%A",
  "unknown but well formed": "nope",
};

/** Odd query strings: bad cursors, a bad page size, and every parameter a page reads given odd values. */
const QUERY_PARAMETERS = [
  "after",
  "q",
  "subject",
  "theme",
  "network",
  "phase",
  "keyStage",
  "type",
  "licence",
  "ambition",
  "kind",
  "region",
  "version",
  "from",
  "to",
  "sort",
  "returnTo",
  "remove",
  "withdraw",
];
const ODD_QUERIES = [
  "?first=-1&after=garbage",
  ...["%00", "a".repeat(300)].map((value) => `?${QUERY_PARAMETERS.map((name) => `${name}=${value}`).join("&")}`),
];

/** A plausible value for each route parameter, so that only the one made odd is at fault. */
const SAMPLES: Record<string, string> = {
  slug: F.publicResource.slug,
  number: "1",
  version: "1",
  urn: F.primary.urn,
  token: `hubinv_${"A".repeat(43)}`,
  id: "00000000-0000-4000-8000-000000000000",
  filename: "notes.txt",
  file: "resources-1.xml",
  scope: "networks",
  network: "nlt-english",
  "*": "no-such-page",
};

interface Route {
  readonly file: string;
  /** Path segments: literal text, or `{ param }` for a dynamic one ("*" for the splat). */
  readonly segments: ReadonlyArray<string | { readonly param: string }>;
  readonly hasAction: boolean;
  /** A page (it renders something), rather than an endpoint answering scripts or files. */
  readonly isPage: boolean;
}

/** Remix's flat file names (`events.$slug.calendar[.ics].ts`) as path segments. */
function routeOf(file: string): Route {
  const name = file.replace(/\.tsx?$/, "");
  const parts: string[] = [];
  let current = "";
  let escaped = false;
  for (const character of name) {
    if (character === "[" || character === "]") escaped = character === "[";
    else if (character === "." && !escaped) {
      parts.push(current);
      current = "";
    } else current += character;
  }
  parts.push(current);
  const segments = parts
    .filter((part) => part !== "_index")
    .map((part) => part.replace(/_$/, ""))
    .map((part) => (part === "$" ? { param: "*" } : part.startsWith("$") ? { param: part.slice(1) } : part));
  const source = readFileSync(join(ROUTES_DIR, file), "utf8");
  return {
    file,
    segments,
    hasAction: /export (async )?function action\b/.test(source),
    isPage: /export default function/.test(source),
  };
}

const ROUTES = readdirSync(ROUTES_DIR)
  .filter((file) => /\.tsx?$/.test(file))
  .map(routeOf);
const paramsOf = (route: Route) =>
  route.segments.flatMap((segment) => (typeof segment === "string" ? [] : [segment.param]));

function pathOf(route: Route, values: Readonly<Record<string, string>> = {}): string {
  const path = route.segments
    .map((segment) => (typeof segment === "string" ? segment : (values[segment.param] ?? SAMPLES[segment.param])))
    .join("/");
  return `/${path}`;
}

interface Visitor {
  readonly name: string;
  readonly cookie: string;
}

interface Answer {
  readonly status: number;
  readonly location: string | null;
}

async function ask(visitor: Visitor, method: "GET" | "POST", path: string, body?: string): Promise<Answer> {
  const response = await fetch(`${webUrl}${path}`, {
    method,
    redirect: "manual",
    headers: {
      Cookie: visitor.cookie,
      ...(method === "POST"
        ? { "Content-Type": "application/x-www-form-urlencoded", Origin: webUrl, "Sec-Fetch-Site": "same-origin" }
        : {}),
    },
    body,
  });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get("location") };
}

interface Probe {
  readonly visitor: Visitor;
  readonly method: "GET" | "POST";
  readonly path: string;
  /** Which route parameter holds an odd value, if any. */
  readonly odd?: { readonly param: string; readonly kind: string };
  readonly route: Route;
}

/** Runs probes a few at a time (the machine is shared) and returns what each was answered. */
async function run(probes: readonly Probe[]): Promise<{ probe: Probe; answer: Answer }[]> {
  const results: { probe: Probe; answer: Answer }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]!;
      const body = probe.method === "POST" ? `csrf=${CSRF}` : undefined;
      results.push({ probe, answer: await ask(probe.visitor, probe.method, probe.path, body) });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return results;
}

const isMemberArea = (route: Route) => route.segments[0] === "me";
const signInRedirect = (answer: Answer) => answer.status === 302 && /^\/sign-in\?/.test(answer.location ?? "");

/** What is wrong with the answer to an odd route parameter (null when nothing): a page must never use it. */
function refusalProblem(probe: Probe, answer: Answer): string | null {
  // A post needing a session may ask for one first; members' pages may too.
  const mayAskToSignIn = probe.visitor.name === "anonymous" && (probe.method === "POST" || isMemberArea(probe.route));
  const fine =
    probe.odd!.kind === "broken escape"
      ? answer.status === 400
      : answer.status === 404 ||
        (mayAskToSignIn && signInRedirect(answer)) ||
        // A page may also refuse a well-formed value for a reason of its own (a comparison without versions).
        (probe.odd!.kind === "unknown but well formed" && answer.status === 400);
  return fine ? null : `${answer.status} ${answer.location ?? ""} for ${described(probe)}`;
}

const described = (probe: Probe) =>
  `${probe.method} ${probe.path} (${probe.visitor.name}${probe.odd ? `, ${probe.odd.kind} in ${probe.odd.param}` : ""})`;

let visitors: Visitor[];

beforeAll(async () => {
  const { signIn } = await new Api(`${apiUrl}/graphql`).mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email: LEAD.email, password: DEMO_PASSWORD },
    "token",
  );
  visitors = [
    { name: "anonymous", cookie: `${CSRF_COOKIE}=${CSRF}` },
    { name: LEAD.email, cookie: `${CSRF_COOKIE}=${CSRF}; ${SESSION_COOKIE}=${signIn.token}` },
  ];
});

describe("a crawl of every route with odd parameters", () => {
  it("finds the routes, their parameters and their actions", () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(50);
    const byFile = new Map(ROUTES.map((route) => [route.file, route]));
    expect(pathOf(byFile.get("events.$slug.calendar[.ics].ts")!)).toBe(`/events/${SAMPLES["slug"]}/calendar.ics`);
    expect(pathOf(byFile.get("sign-up_.confirm.$token.tsx")!)).toBe(`/sign-up/confirm/${SAMPLES["token"]}`);
    expect(pathOf(byFile.get("me._index.tsx")!)).toBe("/me");
    expect(byFile.get("me.excellence.review.tsx")!.hasAction).toBe(true);
    // Every parameter has a sample value, so each probe makes exactly one of them odd.
    for (const route of ROUTES) for (const param of paramsOf(route)) expect(SAMPLES, route.file).toHaveProperty(param);
  });

  it("answers an odd route parameter with the site's 404 (or sign-in), never a 5xx, by GET and by post", async () => {
    const probes = visitors.flatMap((visitor) =>
      ROUTES.flatMap((route) =>
        paramsOf(route).flatMap((param) =>
          Object.entries(ODD_SEGMENTS).flatMap(([kind, value]) => {
            // The splat's value is any address at all; the others' samples are real values.
            const path = pathOf(route, { [param]: value });
            // Posts carry the values a guard must stop before anything is changed.
            const posted = route.hasAction && (kind === "nul" || kind === "traversal");
            const methods = posted ? (["GET", "POST"] as const) : (["GET"] as const);
            return methods.map((method) => ({ visitor, method, path, odd: { param, kind }, route }));
          }),
        ),
      ),
    );
    const results = await run(probes);
    expect(results.flatMap(({ probe, answer }) => refusalProblem(probe, answer) ?? [])).toEqual([]);
    console.info(`odd route parameters: ${results.length} requests, ${ROUTES.length} routes`);
  }, 120_000);

  it("never answers a 5xx for an odd query string or a post with nothing in it", async () => {
    const probes = visitors.flatMap((visitor) =>
      ROUTES.flatMap((route) => {
        const gets = ODD_QUERIES.map((query) => ({
          visitor,
          method: "GET" as const,
          path: `${pathOf(route)}${query}`,
          route,
        }));
        // Signing out would end the crawl's session; it is posted only signed out.
        const posts =
          route.hasAction && !(route.file === "sign-out.tsx" && visitor.name !== "anonymous")
            ? [{ visitor, method: "POST" as const, path: pathOf(route), route }]
            : [];
        return [...gets, ...posts];
      }),
    );
    const results = await run(probes);
    const serverErrors = results.filter(({ answer }) => answer.status >= 500);
    expect(serverErrors.map(({ probe, answer }) => `${answer.status} for ${described(probe)}`)).toEqual([]);
    // A post of a member's form signed out asks to sign in and come back, whatever the form (the
    // editor's background saves and previews answer their scripts instead).
    const anonymousPosts = results.filter(
      ({ probe }) =>
        probe.method === "POST" &&
        probe.visitor.name === "anonymous" &&
        isMemberArea(probe.route) &&
        probe.route.isPage,
    );
    expect(anonymousPosts.flatMap(({ probe, answer }) => (signInRedirect(answer) ? [] : [described(probe)]))).toEqual(
      [],
    );
    console.info(`odd query strings and empty posts: ${results.length} requests`);
  }, 120_000);
});

describe("the reproductions of issue 26", () => {
  const anonymous = () => visitors[0]!;
  const lead = () => visitors[1]!;

  it("answers 404 for the addresses that answered 500", async () => {
    const paths = [
      "/resources/%00",
      "/resources/%00/history",
      "/collections/%00",
      "/curriculum/%00",
      "/events/%00",
      "/excellence/%00",
      "/networks/%00",
      "/networks/%F0%9F%93%9A/curriculum",
      "/networks/..%2f..%2fetc%2fpasswd/curriculum",
      "/networks/nope/curriculum",
      `/networks/${"a".repeat(130)}`,
      "/me/resources/%00/edit",
      "/me/events/%00/edit",
      "/me/events/%00/attendees",
      "/me/collections/%00",
      "/me/networks/%00",
    ];
    for (const path of paths) expect((await ask(lead(), "GET", path)).status, path).toBe(404);
  });

  it("shows the first page for a bad page cursor", async () => {
    for (const query of ["?after=garbage", "?first=-1&after=garbage"]) {
      const answer = await ask(lead(), "GET", `/me/networks/nlt-english${query}`);
      // Only the cursor goes: the rest of the address (here a page size no page reads) stays.
      const first = new URL(`/me/networks/nlt-english${query}`, webUrl);
      first.searchParams.delete("after");
      expect(answer).toEqual({ status: 302, location: first.pathname + first.search });
      expect((await ask(lead(), "GET", answer.location!)).status).toBe(200);
    }
    expect(await ask(anonymous(), "GET", "/resources?subject=history&after=garbage")).toEqual({
      status: 302,
      location: "/resources?subject=history",
    });
  });

  it("says what is missing when a moderator's validation names no Area of Excellence", async () => {
    const response = await fetch(`${webUrl}/me/excellence/review`, {
      method: "POST",
      headers: {
        Cookie: lead().cookie,
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: webUrl,
        "Sec-Fetch-Site": "same-origin",
      },
      body: `csrf=${CSRF}&intent=validate`,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("There is no Area of Excellence");
  });

  it("sends a signed-out post of a member's form to sign in and back to the page", async () => {
    const revision = `/me/resources/${F.publicResource.slug}/revisions/1`;
    expect(await ask(anonymous(), "POST", revision, `csrf=${CSRF}`)).toEqual({
      status: 302,
      location: `/sign-in?${new URLSearchParams({ returnTo: revision, reason: "required" })}`,
    });
    const resource = `/resources/${F.publicResource.slug}`;
    const added = await ask(
      anonymous(),
      "POST",
      `${resource}?index`,
      `csrf=${CSRF}&intent=add-to-collection&collectionSlug=${F.collection.slug}`,
    );
    expect(added.status).toBe(302);
    // Remix leaves `?index` (which only picks the route's action) out of the address the action sees.
    expect(new URL(added.location!, webUrl).searchParams.get("returnTo")).toBe(resource);
  });
});
