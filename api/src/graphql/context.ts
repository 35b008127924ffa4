import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "../logger.js";

/** What every resolver receives: its own unit of work, and who is asking. */
export interface Context {
  /** An entity manager forked for this request alone. */
  em: EntityManager;
  requestId: string;
  logger: Logger;
}
