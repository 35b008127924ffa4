import express, { type Express } from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "../logger.js";
import type { Context } from "../graphql/context.js";
import { formatError } from "../graphql/errors.js";
import { errorLoggingPlugin, queryLimitPlugin } from "../graphql/plugins.js";
import { QUERY_LIMITS } from "../graphql/limits.js";
import { inputGuardPlugin } from "../graphql/input-guard.js";
import type { FacetLabels, Indexer, Meilisearch } from "../modules/search/index.js";
import { fromThisMachine, processUsage, readiness } from "./health.js";
import { plain } from "./plain.js";
import { graphqlBody } from "./graphql-body.js";
import { requestId } from "./request-id.js";
import { resolveViewer } from "../modules/accounts/index.js";
import type { Mailer } from "../modules/mail/index.js";
import { eventCalendarRouter } from "../modules/excellence/index.js";
import { filesRouter, type Files } from "../modules/files/index.js";
import type { SearchRecorder } from "../modules/insight/index.js";

export interface AppDependencies {
  orm: MikroORM;
  meili: Meilisearch;
  /** Prefix of this deployment's index names. */
  indexPrefix: string;
  /** This process's cache of facet labels, shared by every request. */
  facetLabels: FacetLabels;
  indexer: Indexer;
  schema: GraphQLSchema;
  logger: Logger;
  mailer: Mailer;
  files: Files;
  searchDemand: SearchRecorder;
  publicWebUrl: string;
  /** Account emails one client address may ask for in an hour. */
  accountMailPerClient: number;
  /** Express "trust proxy" setting: whose X-Forwarded-For to believe. */
  trustProxy: string;
  /** Shows Apollo's landing page with the sandbox (development only). */
  landingPage: boolean;
}

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
}

/** The API's HTTP surface: /graphql, /healthz (process up) and /readyz (dependencies ready). */
export async function createApp({
  orm,
  meili,
  indexPrefix,
  facetLabels,
  indexer,
  schema,
  logger,
  landingPage,
  trustProxy,
  mailer,
  files,
  searchDemand,
  publicWebUrl,
  accountMailPerClient,
}: AppDependencies): Promise<App> {
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // graphql-js counts tokens as it parses and stops past the limit, before building a huge document's tree.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [
      errorLoggingPlugin,
      inputGuardPlugin,
      queryLimitPlugin,
      // Apollo's cache-control plugin, on by default, wraps every field's
      // resolver to collect cache hints this API never gives (responses vary by viewer).
      ApolloServerPluginCacheControlDisabled(),
      landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
    ],
    // The API is public: its schema is documentation for every client.
    introspection: true,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(requestId);
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          requestId: req.id,
          method: req.method,
          path: req.originalUrl.split("?")[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        "request",
      );
    });
    next();
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const result = await readiness(orm, meili, indexer);
    res.status(result.ready ? 200 : 503).json(result);
  });
  // Local only: which worker answered (with API_WORKERS) and its CPU time are nobody else's business.
  app.get("/process", (req, res) => {
    if (fromThisMachine(req)) res.set("Cache-Control", "no-store").json(processUsage());
    else plain(res, 404, "Not found.");
  });
  app.use(eventCalendarRouter({ orm, publicWebUrl, logger }));
  app.use(filesRouter({ orm, files, logger }));
  app.use(
    "/graphql",
    graphqlBody(),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const em = orm.em.fork();
        return {
          em,
          requestId: req.id,
          logger: logger.child({ requestId: req.id }),
          viewer: await resolveViewer(em, req.get("authorization")),
          ip: req.ip ?? "unknown",
          userAgent: req.get("user-agent") ?? "",
          accountMailPerClient,
          mailer,
          publicWebUrl,
          search: { meili, prefix: indexPrefix, labels: facetLabels },
          files,
          searchDemand,
          apiOrigin: `${req.protocol}://${req.get("host")}`,
        };
      },
    }),
  );
  return { app, apollo };
}
