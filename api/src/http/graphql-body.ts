import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";

/** The largest GraphQL request body the API reads. */
export const GRAPHQL_BODY_LIMIT_BYTES = 1024 * 1024;

/** An answer in the GraphQL-over-HTTP error shape, for a request refused before it reaches Apollo. */
function refuse(res: Response, status: number, message: string, extensions: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code: "BAD_REQUEST", ...extensions } }] });
}

/**
 * Refuses a body that is too big, is not JSON or is JSON but not an object
 * with the answers a client can act on, instead of Express's HTML error page.
 * Any JSON value is read (`strict: false`) so that the refusal can say which
 * it was; an array, a batch, is left to Apollo, which says batching is off.
 */
const refuseUnreadable: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  switch (error.type) {
    case "entity.too.large":
      return refuse(
        res,
        413,
        `The request body is larger than the limit of ${GRAPHQL_BODY_LIMIT_BYTES / 1024 / 1024} MB.`,
        {
          maxBytes: GRAPHQL_BODY_LIMIT_BYTES,
        },
      );
    case "entity.parse.failed":
      return refuse(res, 400, `The request body is not valid JSON: ${(error as Error).message}`);
    case "encoding.unsupported":
    case "charset.unsupported":
      return refuse(res, 415, (error as Error).message);
  }
  // An aborted or truncated upload: the client's doing, said in the same shape.
  if (error.status !== undefined && error.status >= 400 && error.status < 500) {
    return refuse(res, error.status, "The request body could not be read.");
  }
  next(error);
};

const requireObject: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (req.is("json") && (body === null || typeof body !== "object")) {
    return refuse(
      res,
      400,
      `The request body must be a JSON object (a GraphQL request), not ${body === null ? "null" : typeof body}.`,
    );
  }
  next();
};

/** The body parsing in front of Apollo on /graphql. */
export const graphqlBody = () => [
  express.json({ limit: GRAPHQL_BODY_LIMIT_BYTES, strict: false }),
  refuseUnreadable,
  requireObject,
];
