// The production web server: Remix's request handler on Express, as remix-serve runs it, plus two things
// remix-serve cannot do:
// - tell the API who the visitor is. The API limits sign-in attempts per address; without this, every
//   visitor would share the web server's address and one attacker could lock out all;
// - refuse a form posted from another site with a clear 403 page. Remix itself aborts a post whose
//   Origin names another host before any of the app's code runs, with a bare 500, so the app's own
//   rule (crossSiteRefusalPage in app/session.server.ts, exported by app/entry.server.tsx) is asked first.
import { createRequestHandler } from "@remix-run/express";
import { installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import morgan from "morgan";

/** Carries the visitor's address from this server to the page code, which passes it on to the API. */
// app/graphql.server.ts reads it by name, to pass the address on to the API.
const CLIENT_ADDRESS_HEADER = "x-hub-client-address";

process.env.NODE_ENV ??= "production";
const build = await import("./build/server/index.js");
installGlobals({ nativeFetch: build.future.v3_singleFetch });

const app = express();
app.disable("x-powered-by");
// Which proxies in front of this server to believe about the visitor's address (Express "trust proxy").
app.set("trust proxy", process.env.TRUST_PROXY ?? "loopback");
// Attachments are passed through byte for byte: compressing them would drop Content-Length and break
// range requests (a resumed download asks for bytes of the original, not of a compressed copy).
app.use(compression({ filter: (req, res) => !res.getHeader("Accept-Ranges") && compression.filter(req, res) }));
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }));
app.use(morgan("tiny"));
app.use((req, _res, next) => {
  // Whatever the visitor sent under this name is replaced: only this server may set it.
  req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? "";
  next();
});
app.use(async (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  // Only the method, address and headers matter to the rule: the body is left for Remix to read.
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) headers.append(name, one);
  }
  const url = `${req.protocol}://${req.get("host")}${req.originalUrl}`;
  const refusal = build.entry.module.crossSiteRefusalPage(new Request(url, { method: req.method, headers }));
  if (!refusal) return next();
  res
    .status(refusal.status)
    .set(Object.fromEntries(refusal.headers))
    .send(await refusal.text());
});
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const port = Number(process.env.PORT ?? 3000);
const onListen = () => console.log(`[web] http://localhost:${port}`);
const server = process.env.HOST ? app.listen(port, process.env.HOST, onListen) : app.listen(port, onListen);
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => server.close());
