import { describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, MEMBER } from "./pages.js";

const webUrl = inject("webUrl");
/**
 * The API refuses sign-ins from an address after this many recent failures (LOGIN_LIMITS.perAddress in
 * api/src/modules/accounts/rate-limit.ts). Restated, not imported: that module loads the API's entities
 * and error classes, and the web tests, like the web app, use no code of the API's (only its answers).
 */
const FAILURES_PER_ADDRESS = 30;

/**
 * Posts the sign-in form as a browser without JavaScript would, from a visitor at `address`
 * (this test stands in for a trusted proxy in front of the web server, so X-Forwarded-For counts).
 * Answers the status: a redirect when signed in, 401 for wrong details, 429 when refused for a while.
 */
async function signInFrom(address: string, email: string, password: string): Promise<number> {
  const headers = { "X-Forwarded-For": address };
  const page = await fetch(`${webUrl}/sign-in`, { headers });
  const cookie = page.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
  const response = await fetch(`${webUrl}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, Cookie: cookie, Origin: webUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf, email, password, returnTo: "/me" }),
  });
  await response.body?.cancel();
  return response.status;
}

describe("sign-in limits", () => {
  it("count failures per visitor, so one guesser cannot lock everyone else out", async () => {
    const guesser = "203.0.113.7";
    for (let attempt = 1; attempt <= FAILURES_PER_ADDRESS; attempt += 1) {
      // A different account each time: the per-account limit never applies, only the per-address one.
      expect(await signInFrom(guesser, `guess-${attempt}@example.net`, "wrong password entirely")).toBe(401);
    }
    // The guesser is refused even with the right password...
    expect(await signInFrom(guesser, MEMBER.email, DEMO_PASSWORD)).toBe(429);
    // ...while a visitor elsewhere signs in as usual.
    expect(await signInFrom("198.51.100.20", MEMBER.email, DEMO_PASSWORD)).toBe(302);
  });
});
