import { CurrentViewerDocument, FilterVocabularyDocument } from "@hub/schema";
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";

import { siteOrigin } from "./config.server";
import { ErrorPage, NotFoundPage } from "./components/error-pages";
import { SITE_NAME, SiteChrome } from "./components/site-chrome";
import * as api from "./graphql.server";
import { csrfTokenFor, sessionTokenOf, csrfHeaders } from "./session.server";
import appStyles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appStyles },
  // The .ico for browsers without SVG icons (and for those that ask for /favicon.ico unprompted).
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "apple-touch-icon", href: "/apple-touch-icon.png" },
  {
    rel: "alternate",
    type: "application/atom+xml",
    title: `New resources – ${SITE_NAME}`,
    href: "/feeds/resources.atom",
  },
];

/**
 * The vocabularies (with labels) every page may need, the origin for absolute links, and for
 * members who they are and the CSRF token the header's sign-out button needs.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = sessionTokenOf(request) !== undefined;
  const [vocabulary, viewer] = await Promise.all([
    api.request(FilterVocabularyDocument, {}, { request, token: null }),
    signedIn ? currentViewer(request) : null,
  ]);
  const csrf = viewer ? csrfTokenFor(request) : undefined;
  return data(
    { origin: siteOrigin(request), vocabulary, viewer, csrfToken: csrf?.token },
    csrf ? csrfHeaders(csrf) : undefined,
  );
}

/**
 * Who the session cookie belongs to; null once the API has ended the session. The header then offers
 * "Sign in", while the page itself decides: member pages send the person to sign in again, and the
 * editor keeps what was typed and asks for the password in place.
 */
async function currentViewer(request: Request) {
  try {
    return (await api.request(CurrentViewerDocument, {}, { request, handleEndedSession: true })).viewer;
  } catch (error) {
    if (api.isGraphQLErrorCode(error, "UNAUTHENTICATED")) return null;
    throw error;
  }
}

// The vocabularies change only with a release of the API; who is signed in changes only when a form is sent.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod !== undefined && formMethod !== "GET" ? defaultShouldRevalidate : false;

// Child routes set their own titles; this one serves the error boundary and any route without meta.
export const meta: MetaFunction = ({ error }) => {
  if (!error) return [{ title: SITE_NAME }];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const heading = status === 404 ? "Page not found" : status === 503 ? "Library unavailable" : "Something went wrong";
  return [{ title: `${heading} – ${SITE_NAME}` }, { name: "robots", content: "noindex" }];
};

export function Layout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteChrome>{children}</SiteChrome>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();

  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return <NotFoundPage />;
    // Thrown Responses are ours (for example the 503 from the GraphQL client), so their text is safe to show.
    const detail = typeof error.data === "string" && error.data !== "" ? error.data : undefined;
    return <ErrorPage status={error.status} detail={detail} />;
  }

  // Unexpected errors: Remix already logs them on the server and masks their message in production.
  return <ErrorPage status={500} />;
}
