import { Router } from "express";
import type { MikroORM } from "@mikro-orm/postgresql";
import { resolveViewer } from "../accounts/index.js";
import { plain, SESSION_NOT_VALID } from "../../http/plain.js";
import type { Logger } from "../../logger.js";
import { EventService } from "./event.service.js";
import { eventToIcs } from "./event.ics.js";

/** How long shared caches may keep the calendar of an event anyone may see (as for public files). */
const PUBLIC_CALENDAR_MAX_AGE_SECONDS = 300;

/**
 * `GET /events/:slug.ics`: one event as an iCalendar file. Plain GETs are
 * anonymous; an `Authorization: Bearer` header signs the request in. Events
 * the caller may not see (the policy's canViewEvent, through EventService)
 * are 404, exactly as if they did not exist. Only the calendar of an event
 * the public may see is cacheable by others.
 */
export function eventCalendarRouter(deps: { orm: MikroORM; publicWebUrl: string; logger: Logger }): Router {
  const router = Router();
  router.get("/events/:file", async (req, res) => {
    const match = /^([a-z0-9-]+)\.ics$/.exec(req.params.file);
    if (!match?.[1]) {
      plain(res, 404, "Not found");
      return;
    }
    const slug = match[1];
    const em = deps.orm.em.fork();
    try {
      const viewer = await resolveViewer(em, req.get("authorization")).catch(() => undefined);
      if (viewer === undefined) {
        plain(res, 401, SESSION_NOT_VALID);
        return;
      }
      const events = new EventService(em);
      const event = await events.bySlug(viewer, slug);
      if (!event) {
        plain(res, 404, "Not found");
        return;
      }
      const open = await events.canView(null, event);
      res
        .status(200)
        .set("Cache-Control", open ? `public, max-age=${PUBLIC_CALENDAR_MAX_AGE_SECONDS}` : "private, no-store")
        .set("Vary", "Authorization")
        .set("Content-Type", "text/calendar; charset=utf-8")
        .set("Content-Disposition", `attachment; filename="${slug}.ics"`)
        .send(eventToIcs(event, deps.publicWebUrl));
    } catch (error) {
      deps.logger.error({ err: error, requestId: req.id }, "event calendar export failed");
      plain(res, 500, "Internal server error");
    }
  });
  return router;
}
