import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "../logger.js";
import type { Viewer } from "../policy/index.js";
import type { Mailer } from "../modules/mail/index.js";
import type { SearchClient } from "../modules/search/index.js";
import type { Files } from "../modules/files/index.js";
import type { SearchRecorder } from "../modules/insight/index.js";

/** What every resolver receives: its own unit of work, and who is asking. */
export interface Context {
  /** An entity manager forked for this request alone. */
  em: EntityManager;
  requestId: string;
  logger: Logger;
  /** The signed-in person, or null for the public. */
  viewer: Viewer | null;
  /** The caller's address, for rate limits (and, never stored, to tell anonymous searchers' sessions apart). */
  ip: string;
  /** The caller's User-Agent header ("" without one), only to tell anonymous searchers' sessions apart. */
  userAgent: string;
  /** How many account emails (sign-up, password reset) one caller's address may ask for in an hour. */
  accountMailPerClient: number;
  mailer: Mailer;
  /** Public address of the website, for links in messages. */
  publicWebUrl: string;
  /** Meilisearch and this deployment's index prefix, for `search`. */
  search: SearchClient;
  /** Records searches for search demand, without identity. */
  searchDemand: SearchRecorder;
  /** File storage, upload settings and text extraction, for attachments. */
  files: Files;
  /** This API's own origin as the caller reached it (behind trusted proxies, as they report it), for upload URLs. */
  apiOrigin: string;
}
