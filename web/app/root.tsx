import { FilterVocabularyDocument } from "@hub/schema";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";

import { siteOrigin } from "./config.server";
import { ErrorPage, NotFoundPage } from "./components/error-pages";
import { SITE_NAME, SiteChrome } from "./components/site-chrome";
import * as api from "./graphql.server";
import appStyles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appStyles },
  {
    rel: "alternate",
    type: "application/atom+xml",
    title: `New resources – ${SITE_NAME}`,
    href: "/feeds/resources.atom",
  },
];

/** The vocabularies (with labels) every page may need, and the origin for absolute links. */
export async function loader({ request }: LoaderFunctionArgs) {
  const vocabulary = await api.request(FilterVocabularyDocument, {}, { request });
  return { origin: siteOrigin(request), vocabulary };
}

// The vocabularies change only with a release of the API: no need to reload them on every navigation.
export const shouldRevalidate = () => false;

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
