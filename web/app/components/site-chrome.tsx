import { Link, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";

export const SITE_NAME = "School Network Hub";

/** The page frame shared by every route and by the error boundary, so errors keep the site's navigation. */
export function SiteChrome({ children }: { readonly children: ReactNode }) {
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
          <p className="site-tagline">An open library of practice from England&rsquo;s school networks</p>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <NavLink to="/" end>
                  Library
                </NavLink>
              </li>
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
            Resources in the hub are shared by school networks under an open licence, so you are free to use and adapt
            them in your own school. Please credit the network that shared them.
          </p>
        </div>
      </footer>
    </>
  );
}
