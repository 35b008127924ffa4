import { connect } from "node:net";
import { describe, expect, inject, it } from "vitest";
import { ADMIN, FIXTURES } from "./fixtures.js";

// The web server's HTTP edge, and the API's, as a hostile client meets them: every method, odd
// headers and bodies that are not forms or are too large. Raw sockets where fetch would refuse to
// send such a request (TRACE, CONNECT, a bad Host, a body that never ends).

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");

interface RawAnswer {
  /** 0 when the server closed the connection without answering. */
  readonly status: number;
  readonly head: string;
  readonly body: string;
  /** Bytes of the request body the client had written when the answer began. */
  readonly sentBeforeAnswer: number;
  /** With `keepSending`: how long after the answer began the server closed the connection. */
  readonly closedAfterMs: number;
}

/** Whether `text` holds a whole answer: its head, and the body its framing announces. */
function complete(text: string, method: string): boolean {
  const headEnd = text.indexOf("\r\n\r\n");
  if (headEnd < 0) return false;
  const head = text.slice(0, headEnd);
  const body = text.slice(headEnd + 4);
  if (method === "HEAD" || /^HTTP\/1\.1 (1\d\d|204|304)/.test(head)) return true;
  const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1];
  if (length !== undefined) return Buffer.byteLength(body, "latin1") >= Number(length);
  return /\r\ntransfer-encoding: chunked/i.test(head) ? body.endsWith("0\r\n\r\n") : false;
}

/**
 * Sends `head` (request line and headers, as given) over a new connection, then `bodyBytes` of body
 * in chunks (chunked framing when `chunked`). The client stops sending when the answer begins, as
 * browsers and curl do, and hangs up once it has the whole answer; with `keepSending` it ignores
 * the answer and sends on until the server closes the connection. With `waitAfterBytes` it sends that
 * much and then waits for the answer: a server that needs the whole body first never answers (the
 * test times out), and how fast loopback fills buffers on a busy machine cannot decide the figures.
 */
function raw(
  url: string,
  head: string,
  { bodyBytes = 0, chunked = false, prefix = "", keepSending = false, waitAfterBytes = Infinity } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const method = head.split(" ")[0]!;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname);
    let received = "";
    let sent = 0;
    let sentBeforeAnswer = -1;
    let answeredAt = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      const [headText = "", ...rest] = received.split("\r\n\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(headText)?.[1] ?? 0);
      const body = rest.join("\r\n\r\n");
      resolve({
        status,
        head: headText,
        body: /\r\ntransfer-encoding: chunked/i.test(headText) ? unchunked(body) : body,
        sentBeforeAnswer: Math.max(sentBeforeAnswer, 0),
        closedAfterMs: answeredAt ? Date.now() - answeredAt : 0,
      });
    };
    socket.setTimeout(20_000, () => socket.destroy(new Error(`no answer to ${head.split("\r\n")[0]}`)));
    socket.on("data", (data) => {
      if (sentBeforeAnswer < 0) {
        sentBeforeAnswer = sent;
        answeredAt = Date.now();
      }
      received += data.toString("latin1");
      if (!keepSending && complete(received, method)) finish();
    });
    // The server may close while the client is still writing (that is the point of a body cap).
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (!["EPIPE", "ECONNRESET"].includes(error.code ?? "")) reject(error);
    });
    socket.on("close", finish);
    socket.write(`${head}\r\n\r\n${prefix}`, "latin1");
    const piece = Buffer.alloc(64 * 1024, "a");
    const pump = () => {
      const until = keepSending ? bodyBytes : Math.min(bodyBytes, waitAfterBytes);
      while (!done && (keepSending || sentBeforeAnswer < 0) && sent < until) {
        const framed = chunked
          ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")])
          : piece;
        sent += piece.length;
        if (!socket.write(framed)) return void socket.once("drain", pump);
      }
    };
    pump();
  });
}

/** A chunked body's content (pages are streamed). */
function unchunked(body: string): string {
  let content = "";
  for (let at = 0; at < body.length;) {
    const lineEnd = body.indexOf("\r\n", at);
    const size = Number.parseInt(body.slice(at, lineEnd), 16);
    if (!(size > 0)) break;
    content += body.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
  return content;
}

const hostOf = (url: string) => new URL(url).host;

/** A request head; with Connection: close unless `keepAlive`, so the answer ends with the connection. */
const request = (method: string, target: string, headers: readonly string[], { keepAlive = false } = {}) =>
  [`${method} ${target} HTTP/1.1`, ...headers, ...(keepAlive ? [] : ["Connection: close"])].join("\r\n");

async function expectServing(url: string) {
  const answer = await raw(url, request("GET", "/healthz", [`Host: ${hostOf(url)}`]));
  expect(answer.status, `${url}/healthz`).toBe(200);
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"];

/** Headers no browser sends but anyone can: the Host and path cases cannot make an address at all. */
const oddRequests = (url: string, path: string) => {
  const host = hostOf(url);
  return {
    "POST with Host: a b": request("POST", path, ["Host: a b", "Content-Length: 0"]),
    "GET with Host: a b": request("GET", path, ["Host: a b"]),
    "an empty Host": request("POST", path, ["Host:", "Content-Length: 0"]),
    "no Host": request("GET", path, []),
    "HTTP/1.0 with no Host": "GET / HTTP/1.0",
    "a port past 65535": request("GET", path, ["Host: localhost:99999"]),
    "X-Forwarded-Host: a b": request("POST", path, [`Host: ${host}`, "X-Forwarded-Host: a b", "Content-Length: 0"]),
    "an absolute target naming another host": request("GET", "http://elsewhere.example/x", [`Host: ${host}`]),
    "an 8 KB header value": request("GET", path, [`Host: ${host}`, `X-Padding: ${"a".repeat(8192)}`]),
    "an 8 KB session cookie": request("GET", path, [`Host: ${host}`, `Cookie: __Host-hub_session=${"a".repeat(8192)}`]),
    "Latin-1 bytes in a header": request("GET", path, [`Host: ${host}`, "X-Name: caf\xe9 \xff"]),
    "UTF-8 bytes in a header": request("GET", path, [
      `Host: ${host}`,
      `X-Name: ${Buffer.from("café 📚").toString("latin1")}`,
    ]),
    "an unsafe request id": request("GET", path, [`Host: ${host}`, "X-Request-Id: <script>\xff"]),
    "garbage Accept-Encoding": request("GET", path, [`Host: ${host}`, "Accept-Encoding: ;q=x,,gzip;q=-1"]),
    "a malformed Range": request("GET", path, [`Host: ${host}`, "Range: bytes=abc"]),
    "a gzip-encoded body that is not gzip": request("POST", path, [
      `Host: ${host}`,
      `Origin: ${url}`,
      "Content-Type: application/json",
      "Content-Encoding: gzip",
      "Content-Length: 2",
    ]),
  };
};

const WEB_ADDRESSLESS = new Set([
  "POST with Host: a b",
  "GET with Host: a b",
  "an empty Host",
  "no Host",
  "HTTP/1.0 with no Host",
  "a port past 65535",
  "X-Forwarded-Host: a b",
  "an absolute target naming another host",
]);

describe("every HTTP method", () => {
  it("gets an answer from the web server: GET, HEAD and POST go on, OPTIONS lists them, others are refused with 405", async () => {
    const answers: Record<string, number> = {};
    for (const method of METHODS) {
      const target = method === "CONNECT" ? hostOf(webUrl) : "/";
      const answer = await raw(webUrl, request(method, target, [`Host: ${hostOf(webUrl)}`, "Content-Length: 0"]));
      answers[method] = answer.status;
      if (method === "OPTIONS" || answer.status === 405)
        expect(answer.head).toMatch(/\r\nAllow: GET, HEAD, POST, OPTIONS/i);
    }
    // A method Node's parser does not know never reaches the server's code: Node answers 400 itself.
    answers["FOO"] = (await raw(webUrl, request("FOO", "/", [`Host: ${hostOf(webUrl)}`]))).status;
    expect(answers).toEqual({
      GET: 200,
      HEAD: 200,
      // A post that says nothing of where it came from is refused by the cross-site rule.
      POST: 403,
      PUT: 405,
      PATCH: 405,
      DELETE: 405,
      OPTIONS: 204,
      TRACE: 405,
      CONNECT: 405,
      PROPFIND: 405,
      FOO: 400,
    });
    await expectServing(webUrl);
    await expectServing(apiUrl);
  });

  it("never gets a 5xx from the API, which keeps serving", async () => {
    for (const method of [...METHODS, "FOO"]) {
      const target = method === "CONNECT" ? hostOf(apiUrl) : "/graphql";
      const answer = await raw(apiUrl, request(method, target, [`Host: ${hostOf(apiUrl)}`, "Content-Length: 0"]));
      expect(answer.status, method).toBeGreaterThan(0);
      expect(answer.status, method).toBeLessThan(500);
      if (method === "CONNECT") expect(answer.status).toBe(405);
    }
    await expectServing(apiUrl);
    await expectServing(webUrl);
  });
});

describe("odd headers", () => {
  it("get the web server's 400 page when they make no address, and pages otherwise", async () => {
    for (const [name, head] of Object.entries(oddRequests(webUrl, "/sign-in"))) {
      const answer = await raw(webUrl, head, { prefix: name.includes("gzip") ? "{}" : "" });
      if (WEB_ADDRESSLESS.has(name)) {
        expect(answer.status, name).toBe(400);
        // Node itself refuses a request with no Host at all; an address the server cannot make gets its page.
        if (!name.includes("no Host")) expect(answer.body, name).toContain("We could not read that web address");
      } else {
        expect(answer.status, name).toBeLessThan(500);
      }
    }
    await expectServing(webUrl);
    await expectServing(apiUrl);
  });

  it("never get a 5xx from the API", async () => {
    for (const [name, head] of Object.entries(oddRequests(apiUrl, "/graphql"))) {
      const answer = await raw(apiUrl, head, { prefix: name.includes("gzip") ? "{}" : "" });
      expect(answer.status, name).toBeGreaterThan(0);
      expect(answer.status, name).toBeLessThan(500);
    }
    await expectServing(apiUrl);
    await expectServing(webUrl);
  });
});

/** A visitor as the web sees one: the cookies a page set and its form's CSRF token. */
interface Visitor {
  readonly cookie: string;
  readonly csrf: string;
}

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");

/** An anonymous visitor who loaded the sign-in page, as an attacker would before posting. */
async function anonymousVisitor(): Promise<Visitor> {
  const page = await fetch(`${webUrl}/sign-in`);
  return { cookie: cookiesOf(page), csrf: /name="csrf" value="([^"]+)"/.exec(await page.text())![1]! };
}

/** The fixtures' administrator, signed in through the sign-in form, with the resource editor's CSRF token. */
async function signedInAdmin(): Promise<Visitor> {
  // From an address of its own: these sign-ins must not count against another test's visitor.
  const headers = { "X-Forwarded-For": "198.51.100.77" };
  const visitor = await anonymousVisitor();
  const signIn = await fetch(`${webUrl}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, Cookie: visitor.cookie, Origin: webUrl },
    body: new URLSearchParams({ csrf: visitor.csrf, email: ADMIN.email, password: ADMIN.password, returnTo: "/me" }),
  });
  expect(signIn.status).toBe(302);
  const cookie = cookiesOf(signIn);
  const editor = await fetch(`${webUrl}${editPath}`, { headers: { ...headers, Cookie: cookie } });
  expect(editor.status).toBe(200);
  const csrfCookie = cookiesOf(editor);
  return {
    cookie: csrfCookie ? `${cookie}; ${csrfCookie}` : cookie,
    csrf: /name="csrf" value="([^"]+)"/.exec(await editor.text())![1]!,
  };
}

const editPath = `/me/resources/${FIXTURES.draftResource.slug}/edit`;

async function post(path: string, visitor: Visitor, body: BodyInit, contentType?: string) {
  const response = await fetch(`${webUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: visitor.cookie, Origin: webUrl, ...(contentType ? { "Content-Type": contentType } : {}) },
    body,
  });
  const page = await response.text();
  return { status: response.status, heading: /<h1[^>]*>(.*?)<\/h1>/.exec(page)?.[1], page };
}

const multipart = (fields: Record<string, string | Blob>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

describe("form bodies", () => {
  it("that are not forms get the site's 415 page, and a broken multipart body its 400 page", async () => {
    const visitor = await anonymousVisitor();
    const json = await post("/sign-in", visitor, JSON.stringify({ csrf: visitor.csrf }), "application/json");
    expect(json).toMatchObject({ status: 415, heading: "We could not accept that form" });
    expect(json.page).toContain("this request sent “application/json”");
    const plain = await post("/sign-in", visitor, `csrf=${visitor.csrf}`, "text/plain");
    expect(plain).toMatchObject({ status: 415, heading: "We could not accept that form" });
    const broken = await post(
      "/sign-in",
      visitor,
      `--b\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${visitor.csrf}`,
      "multipart/form-data; boundary=b",
    );
    expect(broken.status).toBe(400);
    expect(broken.page).toContain("The form could not be read");
    const unbounded = await post("/sign-in", visitor, "csrf=x", "multipart/form-data");
    expect(unbounded.status).toBe(400);
  });

  it("over the form limit are refused 413 before the server has read them, with or without a length", async () => {
    const visitor = await anonymousVisitor();
    const host = hostOf(webUrl);
    const headers = [`Host: ${host}`, `Origin: ${webUrl}`, `Cookie: ${visitor.cookie}`];
    const hundredMegabytes = 100 * 1024 * 1024;
    // Past the 1 MB form limit, so a server counting a body without a length must refuse it too.
    const twoMegabytes = 2 * 1024 * 1024;
    const declared = await raw(
      webUrl,
      request(
        "POST",
        "/sign-in",
        [...headers, "Content-Type: multipart/form-data; boundary=b", `Content-Length: ${hundredMegabytes}`],
        { keepAlive: true },
      ),
      { bodyBytes: hundredMegabytes, waitAfterBytes: twoMegabytes },
    );
    const streamed = await raw(
      webUrl,
      request(
        "POST",
        "/sign-in",
        [...headers, "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked"],
        { keepAlive: true },
      ),
      { bodyBytes: hundredMegabytes, chunked: true, waitAfterBytes: twoMegabytes },
    );
    for (const answer of [declared, streamed]) {
      expect(answer.status).toBe(413);
      expect(answer.body).toContain("This form is too large to send: it may be at most 1.0 MB.");
      // Answered while the client was still sending: the rest of the 100 MB was never read.
      expect(answer.sentBeforeAnswer).toBeLessThan(16 * 1024 * 1024);
    }
    // A client that sends on regardless is cut off soon after the answer (server.js's LINGER_MS),
    // long before it could send what it declared; Node alone would read it all.
    const tenGigabytes = 10 * 1024 ** 3;
    const stubborn = await raw(
      webUrl,
      request("PUT", "/sign-in", [...headers, `Content-Length: ${tenGigabytes}`], { keepAlive: true }),
      { bodyBytes: tenGigabytes, keepSending: true },
    );
    expect(stubborn.status).toBe(405);
    expect(stubborn.closedAfterMs).toBeLessThan(10_000);
    await expectServing(webUrl);
  });

  it("may carry the upload limit only where files go, and a form too large for the API gets the 413 page, not a 503", async () => {
    const admin = await signedInAdmin();
    // The tests' upload limit is 1 MB (FILE_MAX_BYTES in global-setup.ts): this file is over it, but
    // within what the editor's form may carry (the limit plus 1 MB of fields), so the API's refusal shows.
    const file = new Blob([new Uint8Array(1536 * 1024).fill(97)], { type: "text/plain" });
    const attachment = { csrf: admin.csrf, intent: "attach", attachmentTitle: "Large notes" };
    const overApiLimit = await post(editPath, admin, multipart({ ...attachment, file: new File([file], "notes.txt") }));
    expect(overApiLimit.status).toBe(400);
    expect(overApiLimit.page).toContain("the largest file accepted is 1.0 MB");
    // Refusals come before the body is read, and the connection closes while a client may still be
    // sending: fetch then fails on its write, so these go over a raw socket.
    const sized = (path: string, type: string, bytes: number) =>
      raw(
        webUrl,
        request("POST", path, [
          `Host: ${hostOf(webUrl)}`,
          `Origin: ${webUrl}`,
          `Cookie: ${admin.cookie}`,
          `Content-Type: ${type}`,
          `Content-Length: ${bytes}`,
        ]),
        { bodyBytes: bytes },
      );
    const multipartType = "multipart/form-data; boundary=b";
    // A body of that size to a form without files is over that form's limit.
    const newResource = await sized("/me/resources/new", multipartType, 1536 * 1024);
    expect(newResource.status).toBe(413);
    expect(newResource.body).toContain("We could not accept that form");
    // Past the editor's own limit (the upload limit plus 1 MB) the web server refuses it itself.
    const huge = await sized(editPath, multipartType, 3 * 1024 * 1024);
    expect(huge.status).toBe(413);
    expect(huge.body).toContain("it may be at most 2.0 MB");
    // The case: 21 fields of 100,000 characters, URL-encoded: over the 1 MB form limit,
    // which holds for URL-encoded bodies on the editor too (they cannot carry files).
    const longForm = await sized(editPath, "application/x-www-form-urlencoded", 21 * 100_008);
    expect(longForm.status).toBe(413);
    expect(longForm.body).toContain("it may be at most 1.0 MB");

    // Within the editor's multipart limit but over the API's 1 MB of JSON: said as too large, never "unavailable".
    const longBody = multipart({ csrf: admin.csrf, intent: "preview", title: "x", body: "a".repeat(1_200_000) });
    const tooLongForApi = await post(editPath, admin, longBody);
    expect(tooLongForApi).toMatchObject({ status: 413, heading: "We could not accept that form" });
    expect(tooLongForApi.page).not.toContain("unavailable");
  });
});
