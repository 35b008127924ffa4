/**
 * What the web server (server.js) answers itself, before Remix sees a request: methods the site
 * does not serve, an address it cannot make sense of, a form from another site, and an error no
 * page caught. Remix cannot answer these (it throws on some methods and hosts before any of the
 * app's code runs), so they are plain pages here, exported to server.js by entry.server.tsx.
 */

/** The methods the site's pages answer: reading, and posting forms. OPTIONS is answered with this list. */
const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"] as const;
const ALLOW = ALLOWED_METHODS.join(", ");

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

interface EdgePage {
  readonly status: number;
  /** The page's heading, also its title. */
  readonly heading: string;
  /** Plain-text paragraphs saying what happened and what to do. */
  readonly paragraphs: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A small page of its own (no layout, no data from the API): it must render whatever else is failing.
 * Its home link is relative: the request's Host header may be what was wrong, or another site's name.
 */
function edgePage({ status, heading, paragraphs, headers = {} }: EdgePage): Response {
  const page = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(heading)} – School Network Hub</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<h1>${escapeHtml(heading)}</h1>
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n")}
<p><a href="/">Go to the School Network Hub home page</a></p>
<p>Error ${status}</p>
</main>
</body>
</html>
`;
  return new Response(page, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/**
 * The answer to a method the pages do not serve: OPTIONS lists the methods (no cross-origin use is
 * offered, so no CORS headers); any other but GET, HEAD and POST is refused with 405 and the list.
 * Null when the request may go on to its page.
 */
export function methodAnswer(method: string): Response | null {
  if (method === "GET" || method === "HEAD" || method === "POST") return null;
  if (method === "OPTIONS") return new Response(null, { status: 204, headers: { Allow: ALLOW } });
  return edgePage({
    status: 405,
    heading: "The hub does not answer that kind of request",
    paragraphs: [`Its pages can be read (GET, HEAD) and its forms sent (POST); this request was a ${method}.`],
    headers: { Allow: ALLOW },
  });
}

/** For a request whose Host (or X-Forwarded-Host) header and path do not make a web address. */
export function badAddressPage(): Response {
  return edgePage({
    status: 400,
    heading: "We could not read that web address",
    paragraphs: ["The request's Host header or path is missing or not valid, so no page of the hub matches it."],
  });
}

/** For an error no page handled: the visitor is given the id the server logged it under. */
export function serverErrorPage(requestId: string): Response {
  return edgePage({
    status: 500,
    heading: "Sorry, something went wrong",
    paragraphs: [
      "The problem is on our side, not yours. Please try again in a few minutes.",
      `If it keeps happening, report it and quote this reference: ${requestId}.`,
    ],
  });
}

/**
 * The refusal of a form from another site, as a page (see crossSiteReason in session.server.ts).
 * Nothing was changed; the page says so and how to carry on.
 */
export function crossSitePage(reason: string): Response {
  return edgePage({
    status: 403,
    heading: "We did not accept that form",
    paragraphs: [
      `${reason} To keep your account safe, the hub only accepts forms sent from its own pages, so nothing was changed.`,
      "If you were filling in a form on the hub, go back, reload the page and send it again.",
    ],
  });
}

// Reuse an upstream id (from a load balancer) when it looks safe to log, so one id spans every hop.
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The id a request is logged under (and passed on to the API): the upstream one when safe, else a new one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
