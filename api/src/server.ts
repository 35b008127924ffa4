import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { Config } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { initOrm, migrate } from "./db/orm.js";
import { createSchema } from "./graphql/schema.js";
import { createMeilisearch, FacetLabels, Indexer } from "./modules/search/index.js";
import { createApp } from "./http/app.js";
import { OutboxMailer } from "./modules/mail/index.js";
import { createFiles } from "./modules/files/index.js";
import { SearchRecorder } from "./modules/insight/index.js";

export interface RunningApi {
  url: string;
  logger: Logger;
  /** This process's search recorder (tests flush it to read what it wrote). */
  searchDemand: SearchRecorder;
  stop(): Promise<void>;
}

/** Connects, migrates and listens. Used by `main.ts` and by the tests, so both run the same server. */
export async function startApi(
  config: Config,
  options: { logger?: Logger; extractionWorker?: URL } = {},
): Promise<RunningApi> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const orm = await initOrm(config.DATABASE_URL);
  const facetLabels = new FacetLabels(config.DATABASE_URL, logger);
  try {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, "applied database migrations");
    const meili = createMeilisearch(config.MEILI_URL, config.MEILI_MASTER_KEY);
    const indexer = new Indexer(orm, meili, config.MEILI_INDEX_PREFIX, logger, config.DATABASE_URL);
    // Search being down must not stop the API: indexes are prepared when Meilisearch answers.
    await indexer.prepare().catch((error) => logger.warn({ err: error }, "search indexes not prepared yet"));
    if (config.INDEXER_IN_API) await indexer.start();
    await facetLabels.start();
    const files = createFiles(config, orm, logger, { extractionWorker: options.extractionWorker });
    const searchDemand = new SearchRecorder(orm, logger, config.SEARCH_RECORDING);
    const schema = await createSchema();
    const { app, apollo } = await createApp({
      orm,
      meili,
      indexPrefix: config.MEILI_INDEX_PREFIX,
      facetLabels,
      schema,
      logger,
      indexer,
      landingPage: config.NODE_ENV !== "production",
      trustProxy: config.TRUST_PROXY,
      mailer: new OutboxMailer(config.MAIL_OUTBOX_DIR),
      files,
      searchDemand,
      publicWebUrl: config.PUBLIC_WEB_URL,
      accountMailPerClient: config.ACCOUNT_MAIL_PER_CLIENT_PER_HOUR,
    });
    // Files left pending by any process (say, one stopped mid-way) are read by whichever claims them first.
    files.extractor.start();
    const server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.PORT, "0.0.0.0", (error?: Error) =>
        error ? reject(error) : resolve(listening),
      );
    });
    // Node hands CONNECT (a proxy's tunnel request) to this event, not to Express, and would
    // otherwise close the connection without an answer.
    server.on("connect", (_req, socket: Duplex) => {
      const body = JSON.stringify({
        errors: [{ message: "CONNECT is not served here.", extensions: { code: "METHOD_NOT_ALLOWED" } }],
      });
      socket.end(
        `HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST, OPTIONS\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://localhost:${port}`,
      logger,
      searchDemand,
      stop: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await apollo.stop();
        await searchDemand.stop();
        await files.extractor.stop();
        await indexer.stop();
        await facetLabels.stop();
        await orm.close();
      },
    };
  } catch (error) {
    await facetLabels.stop();
    await orm.close();
    throw error;
  }
}
