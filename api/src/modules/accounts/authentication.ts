import type { EntityManager } from "@mikro-orm/postgresql";
import { GraphQLError } from "graphql";
import type { NetworkRole, Viewer } from "../../policy/index.js";
import { ApiToken } from "./api-token.entity.js";
import { SESSION_IDLE_MS } from "./account.service.js";
import { Session } from "./session.entity.js";
import { API_TOKEN_PREFIX, SESSION_TOKEN_PREFIX, hashToken } from "./tokens.js";

/** Writing "last seen" on every request would turn reads into writes; once a minute is plenty. */
const TOUCH_INTERVAL_MS = 60_000;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** The network roles of a user, keyed by network uuid. */
async function loadRoles(em: EntityManager, userId: string): Promise<Map<string, NetworkRole>> {
  const rows = await em
    .getConnection()
    .execute<{ network_id: string; role: NetworkRole }[]>("select network_id, role from membership where user_id = ?", [
      userId,
    ]);
  return new Map(rows.map((row) => [row.network_id, row.role]));
}

/**
 * The viewer a signed-in person would be, without a session: for seeds and
 * imports that act through the services on someone's behalf, so every
 * permission is checked exactly as for a request from them.
 */
export async function viewerOf(
  em: EntityManager,
  user: { uuid: string; isAdmin: boolean; school?: { uuid: string } | null },
): Promise<Viewer> {
  return {
    userId: user.uuid,
    isAdmin: user.isAdmin,
    roles: await loadRoles(em, user.uuid),
    schoolId: user.school?.uuid,
  };
}

/**
 * Works out who is calling from an `Authorization: Bearer …` header: a
 * session token (the website, `signIn`) or a personal API token (scripts).
 * No header means the public. A token that is unknown, expired or revoked is
 * refused with UNAUTHENTICATED rather than silently treated as the public, so
 * a client knows to sign in again instead of showing a signed-out page.
 */
export async function resolveViewer(em: EntityManager, authorization: string | undefined): Promise<Viewer | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated("The Authorization header must be 'Bearer <token>'.");
  const token = match[1];
  const now = new Date();

  if (token.startsWith(API_TOKEN_PREFIX)) {
    const apiToken = await em.findOne(ApiToken, { tokenHash: hashToken(token) }, { populate: ["user"] });
    if (!apiToken || apiToken.revokedAt || (apiToken.expiresAt && apiToken.expiresAt <= now)) {
      throw unauthenticated("This API token is not valid: it is unknown, expired or revoked.");
    }
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await em.nativeUpdate(ApiToken, { uuid: apiToken.uuid }, { lastUsedAt: now });
    }
    const user = apiToken.user;
    return {
      userId: user.uuid,
      isAdmin: user.isAdmin,
      roles: await loadRoles(em, user.uuid),
      schoolId: user.school?.uuid,
      apiTokenId: apiToken.uuid,
    };
  }

  if (token.startsWith(SESSION_TOKEN_PREFIX)) {
    const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ["user"] });
    const idle = session ? now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS : true;
    if (!session || session.revokedAt || session.expiresAt <= now || idle) {
      throw unauthenticated("Your session has ended. Sign in again.");
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await em.nativeUpdate(Session, { uuid: session.uuid }, { lastSeenAt: now });
    }
    const user = session.user;
    return {
      userId: user.uuid,
      isAdmin: user.isAdmin,
      roles: await loadRoles(em, user.uuid),
      schoolId: user.school?.uuid,
      sessionId: session.uuid,
    };
  }

  throw unauthenticated("That is not a token this API issued.");
}
