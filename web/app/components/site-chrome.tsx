import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";

import { useMember } from "../root-data";
import { useSignInHere } from "../sign-in-here";
import { CsrfField } from "./forms";
import { SearchBox } from "./search-box";

export const SITE_NAME = "School Network Hub";

const SECTIONS = [
  { to: "/resources", label: "Resources" },
  { to: "/excellence", label: "Areas of Excellence" },
  { to: "/events", label: "Events" },
  { to: "/curriculum", label: "Curriculum" },
  { to: "/collections", label: "Collections" },
  { to: "/schools", label: "Schools" },
  { to: "/networks", label: "Networks" },
] as const;

/** The page frame shared by every route and by the error boundary, so errors keep the site's navigation. */
export function SiteChrome({ children }: { readonly children: ReactNode }) {
  const member = useMember();
  const location = useLocation();
  const signInHere = useSignInHere();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-name">
            {SITE_NAME}
          </Link>
          {/* The search page has its own box, with suggestions and filters: a second one would only confuse. */}
          {location.pathname !== "/search" && <SearchBox id="site-search" label="Search the site" />}
          <nav aria-label="Main">
            <ul className="site-nav">
              {SECTIONS.map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to}>{section.label}</NavLink>
                </li>
              ))}
              {member ? (
                <>
                  <li>
                    <NavLink to="/me" end>
                      {member.viewer.user.name}
                      <span className="visually-hidden">: your dashboard</span>
                    </NavLink>
                  </li>
                  <li>
                    <Form method="post" action="/sign-out" className="sign-out">
                      <CsrfField token={member.csrfToken} />
                      <button type="submit" className="button--secondary">
                        Sign out
                      </button>
                    </Form>
                  </li>
                </>
              ) : (
                <li>
                  <NavLink to={signInHere} className="sign-in">
                    Sign in
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            Resources in the hub are shared by school networks under the licence each one shows, most of them open
            (Creative Commons or the Open Government Licence), so you are free to use and adapt them in your own school.
            Please credit the network that shared them, as the attribution line on each resource shows.
          </p>
          <ul>
            <li>
              <Link to="/feeds/resources.atom" reloadDocument>
                Atom feed of new resources
              </Link>
            </li>
            <li>
              <Link to="/sitemap.xml" reloadDocument>
                Sitemap
              </Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
