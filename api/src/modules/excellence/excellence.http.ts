import { Router } from "express";
import type { MikroORM } from "@mikro-orm/postgresql";
import { resolveViewer } from "../accounts/index.js";
import type { Logger } from "../../logger.js";
import { EventService } from "./event.service.js";
import { eventToIcs } from "./event.ics.js";

/**
 * `GET /events/:slug.ics`: one event as an iCalendar file. Plain GETs are
 * anonymous; an `Authorization: Bearer` header signs the request in. Events
 * the caller may not see are 404, exactly as if they did not exist.
 */
export function eventCalendarRouter(deps: { orm: MikroORM; publicWebUrl: string; logger: Logger }): Router {
  const router = Router();
  router.get("/events/:file", async (req, res) => {
    const match = /^([a-z0-9-]+)\.ics$/.exec(req.params.file);
    if (!match?.[1]) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    const slug = match[1];
    const em = deps.orm.em.fork();
    try {
      const viewer = await resolveViewer(em, req.get("authorization")).catch(() => undefined);
      if (viewer === undefined) {
        res.status(401).type("text/plain").send("Your session has ended or the token is not valid. Sign in again.");
        return;
      }
      const event = await new EventService(em).bySlug(viewer, slug);
      if (!event) {
        res.status(404).type("text/plain").send("Not found");
        return;
      }
      res
        .status(200)
        .set("Content-Type", "text/calendar; charset=utf-8")
        .set("Content-Disposition", `attachment; filename="${slug}.ics"`)
        .send(eventToIcs(event, deps.publicWebUrl));
    } catch (error) {
      deps.logger.error({ err: error, requestId: req.id }, "event calendar export failed");
      res.status(500).type("text/plain").send("Internal server error");
    }
  });
  return router;
}
