import type { RequestHandler } from "express";
import { randomUUID } from "node:crypto";

const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

declare module "express-serve-static-core" {
  interface Request {
    /** Correlates this request's log lines, also across the web app and the API. */
    id: string;
  }
}

/** Takes a well-formed `x-request-id` from the caller (the web app sends one), or makes one; echoes it back. */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get("x-request-id");
  req.id = given && ACCEPTABLE.test(given) ? given : randomUUID();
  res.setHeader("x-request-id", req.id);
  next();
};
