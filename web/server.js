// The production web server: Remix's request handler on Express, as remix-serve runs it, plus what
// remix-serve cannot do:
// - tell the API who the visitor is. The API limits sign-in attempts per address; without this, every
//   visitor would share the web server's address and one attacker could lock out all;
// - answer, before Remix, what Remix would throw on: a method the site does not serve (405; Remix's
//   Request refuses TRACE and CONNECT outright), a Host header that makes no address (400), and a
//   form posted from another site (a clear 403 page: Remix aborts a post whose Origin names another
//   host with a bare 500). The pages and rules are the app's (app/edge.server.ts, exported by
//   app/entry.server.tsx); a form's body is judged and capped where it is read (app/form-body.server.ts);
// - keep serving whatever one request does: its errors are logged under its id and answered 500.
import { STATUS_CODES } from "node:http";
import { join } from "node:path";

import { createRequestHandler } from "@remix-run/express";
import { installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import morgan from "morgan";

/** Carries the visitor's address from this server to the page code, which passes it on to the API. */
// app/graphql.server.ts reads it by name, to pass the address on to the API.
const CLIENT_ADDRESS_HEADER = "x-hub-client-address";
/** How long a connection answered before its body came may still send before it is closed (see below). */
const LINGER_MS = 2_000;
/** The request's id, for this server's log and the API's (app/graphql.server.ts passes it on). */
const REQUEST_ID_HEADER = "x-request-id";

process.env.NODE_ENV ??= "production";
const build = await import("./build/server/index.js");
installGlobals({ nativeFetch: build.future.v3_singleFetch });
/** What this server answers itself, before Remix (app/edge.server.ts). */
const edge = build.entry.module;

/** Express 4 drops a rejected promise from a middleware (Express 5 would not): this passes it to the error handler. */
const caught = (middleware) => (req, res, next) => Promise.resolve(middleware(req, res, next)).catch(next);

/**
 * The address Remix's Express adapter will give the request (as its createRemixRequest builds it:
 * host from req.hostname, port from X-Forwarded-Host or Host); null when those headers and the path
 * make no URL, where the adapter would throw.
 */
function remixAddress(req) {
  if (!req.hostname || !req.originalUrl.startsWith("/")) return null;
  const ports = [req.get("x-forwarded-host"), req.get("host")].map((host) => Number.parseInt(host?.split(":")[1], 10));
  const port = ports.find((candidate) => Number.isSafeInteger(candidate));
  try {
    return new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  } catch {
    return null;
  }
}

/** Sends one of the app's own small pages (a fetch Response) through Express. */
async function send(res, page) {
  res
    .status(page.status)
    .set(Object.fromEntries(page.headers))
    .send(await page.text());
}

/** The request's method, address and headers as the app's rules read them; the body is left for Remix to read. */
function asFetchRequest(req, address) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) headers.append(name, one);
  }
  return new Request(address, { method: req.method, headers });
}

const app = express();
app.disable("x-powered-by");
// Which proxies in front of this server to believe about the visitor's address (Express "trust proxy").
app.set("trust proxy", process.env.TRUST_PROXY ?? "loopback");
// Attachments are passed through byte for byte: compressing them would drop Content-Length and break
// range requests (a resumed download asks for bytes of the original, not of a compressed copy).
app.use(compression({ filter: (req, res) => !res.getHeader("Accept-Ranges") && compression.filter(req, res) }));
// Built assets carry a hash of their content in their names, so a browser may keep them for good;
// the icons from public/ keep their names, so browsers check them again after a day.
app.use(
  `${build.publicPath}assets`,
  express.static(join(build.assetsBuildDirectory, "assets"), { immutable: true, maxAge: "1y" }),
);
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { maxAge: "1d" }));
app.use(morgan("tiny"));
app.use((req, res, next) => {
  // Whatever the visitor sent under this name is replaced: only this server may set it.
  req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? "";
  // One id per request, in the log lines of this server and of the API calls the page makes.
  req.headers[REQUEST_ID_HEADER] = edge.requestIdFrom(req.get(REQUEST_ID_HEADER));
  res.once("prefinish", () => {
    if (req.complete) return;
    // Node destroys a `Connection: close` socket as soon as the answer is written; with body bytes
    // still unread, the kernel then resets the connection, which can discard the answer before the
    // client has read it. So it only half-closes here, and the lingering close below ends it.
    req.socket.destroySoon = req.socket.end;
  });
  res.once("finish", () => {
    if (req.complete) return;
    // Answered before the whole body came (a refusal judged on the headers, or a body over its cap).
    // Closing at once would reset the connection under a client still sending, which may then lose
    // the answer; waiting for the body would mean reading all of it, however large. So, like nginx's
    // lingering close, what still comes is read and dropped (none of it kept) for a moment, then the
    // connection is closed, unless the body ends first and the connection can serve another request.
    req.removeAllListeners("data");
    req.resume();
    const close = setTimeout(() => req.socket?.destroy(), LINGER_MS);
    req.once("end", () => clearTimeout(close));
  });
  next();
});
app.use(
  caught(async (req, res, next) => {
    const address = remixAddress(req);
    const early =
      edge.methodAnswer(req.method) ??
      (address ? null : edge.badAddressPage()) ??
      (req.method === "POST" ? edge.crossSiteRefusalPage(asFetchRequest(req, address)) : null);
    if (!early) return next();
    await send(res, early);
  }),
);
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));
// An error no page handled ends that request alone: logged under its id, answered with a 500 page.
app.use((error, req, res, _next) => {
  // Express's router refuses a path whose escapes do not decode (`/events/%E0%A4%A`) with a URIError
  // it marks 400: the address is at fault, not the server.
  if (error instanceof URIError && error.status === 400 && !res.headersSent) {
    return void send(res, edge.badAddressPage()).catch(() => res.destroy());
  }
  const requestId = req.get(REQUEST_ID_HEADER);
  console.error(`[web] request ${requestId} failed:`, error);
  // Mid-answer there is no status left to send: cutting the connection tells the client it is incomplete.
  if (res.headersSent) return void res.destroy();
  send(res, edge.serverErrorPage(requestId)).catch(() => res.destroy());
});

const port = Number(process.env.PORT ?? 3000);
const onListen = () => console.log(`[web] http://localhost:${port}`);
const server = process.env.HOST ? app.listen(port, process.env.HOST, onListen) : app.listen(port, onListen);
// Node gives CONNECT (a proxy's tunnel request) to this event, not to Express, and would close the
// connection unanswered.
server.on("connect", (req, socket) => {
  const answer = edge.methodAnswer(req.method);
  answer
    .text()
    .then((page) => {
      const headers = [...answer.headers].map(([name, value]) => `${name}: ${value}\r\n`).join("");
      const length = Buffer.byteLength(page);
      socket.end(
        `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n${headers}Content-Length: ${length}\r\nConnection: close\r\n\r\n${page}`,
      );
    })
    .catch(() => socket.destroy());
});
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => server.close());

// A rejected promise nobody handled belongs to one request whose own code has already unwound, so
// the process logs it and keeps serving everyone else, rather than Node's default of exiting (which
// under `npm start` took the whole product down). Each request's errors are meant to be caught
// above; this line in the log is a bug to fix. A synchronous uncaught exception still ends the
// process, as Node does by default: it may have left shared state half-changed.
process.on("unhandledRejection", (reason) => console.error("[web] unhandled rejection (still serving):", reason));
