import { afterAll, inject } from "vitest";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DefaultLogger, type LogContext, type LoggerOptions } from "@mikro-orm/core";
import type { MikroORM } from "@mikro-orm/postgresql";
import { graphql, type ExecutionResult, type GraphQLSchema } from "graphql";
import { initOrm } from "../src/db/orm.js";
import { createSchema } from "../src/graphql/schema.js";
import type { Context } from "../src/graphql/context.js";
import { createLogger } from "../src/logger.js";
import { createFiles } from "../src/modules/files/index.js";
import { OutboxMailer } from "../src/modules/mail/index.js";
import { createMeilisearch, FacetLabels } from "../src/modules/search/index.js";
import { SearchRecorder } from "../src/modules/insight/index.js";
import type { Viewer } from "../src/policy/index.js";
import { TEST_ACCOUNT_MAIL_PER_CLIENT } from "./harness.js";

/** MikroORM hands every statement it sends to its logger, debug mode or not; this one keeps them. */
class StatementRecorder extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly statements: string[],
  ) {
    super(options);
  }

  override logQuery(context: LogContext & { query: string }): void {
    this.statements.push(context.query);
  }
}

export interface Measured<T> {
  result: ExecutionResult<T>;
  /** The SQL statements the operation sent, in order. */
  statements: string[];
}

export interface StatementCountingApi {
  /** Runs one GraphQL operation in-process, in its own request context, recording its SQL. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Promise<Measured<T>>;
}

/**
 * The API's schema served in-process over an ORM that records every SQL
 * statement, for tests that pin how many queries an operation costs (no N+1).
 * Point it at a database the test harness has already migrated.
 */
export async function startStatementCountingApi(databaseUrl: string): Promise<StatementCountingApi> {
  const statements: string[] = [];
  const orm: MikroORM = await initOrm(databaseUrl, {
    loggerFactory: (options) => new StatementRecorder(options, statements),
  });
  afterAll(() => orm.close());
  const schema: GraphQLSchema = await createSchema();
  const logger = createLogger("silent");
  const mailer = new OutboxMailer(join(tmpdir(), "hub-mail-statement-counting"));
  const services = inject("services");
  const search = {
    meili: createMeilisearch(services.meiliUrl, services.meiliMasterKey),
    prefix: "statement_counting_",
    // Never started, so it keeps nothing: each search reads its facet labels, as a count should show.
    labels: new FacetLabels(databaseUrl, logger),
  };
  const files = createFiles(
    {
      FILES_DIR: join(tmpdir(), "hub-files-statement-counting"),
      FILE_MAX_BYTES: 1024 * 1024,
      FILE_URL_SECRET: undefined,
      FILE_UPLOAD_URL_TTL_SECONDS: 60,
      FILE_EXTRACTION_TIMEOUT_MS: 10_000,
    },
    orm,
    logger,
  );
  // Off: recorded searches are written later, in batches, by no statement of the request's own.
  const searchDemand = new SearchRecorder(orm, logger, false);
  return {
    async run(query, variables, viewer = null) {
      const context: Context = {
        em: orm.em.fork(),
        requestId: "statement-counting",
        logger,
        viewer,
        ip: "127.0.0.1",
        userAgent: "statement-counting",
        accountMailPerClient: TEST_ACCOUNT_MAIL_PER_CLIENT,
        mailer,
        publicWebUrl: "http://localhost",
        search,
        files,
        searchDemand,
        apiOrigin: "http://localhost",
      };
      statements.length = 0;
      const result = await graphql({ schema, source: query, variableValues: variables, contextValue: context });
      return { result: result as never, statements: [...statements] };
    },
  };
}
