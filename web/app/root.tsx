import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";

import { ErrorPage, NotFoundPage } from "./components/error-pages";
import { SITE_NAME, SiteChrome } from "./components/site-chrome";
import appStyles from "./styles/app.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: appStyles }];

// Child routes set their own titles; this one serves the error boundary and any route without meta.
export const meta: MetaFunction = ({ error }) => {
  if (!error) return [{ title: SITE_NAME }];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const heading = status === 404 ? "Page not found" : status === 503 ? "Library unavailable" : "Something went wrong";
  return [{ title: `${heading} – ${SITE_NAME}` }];
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
