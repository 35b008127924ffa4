import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { pageMeta } from "../seo";

// The member area (signing in, publishing, contact details) is its own piece of work;
// this page tells visitors what signing in will offer and that the library needs no account.
export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, { title: "Sign in", description: "Signing in to the hub.", path: "/sign-in" }),
  { name: "robots", content: "noindex" },
];

export default function SignIn() {
  return (
    <div className="prose">
      <Breadcrumbs trail={[]} current="Sign in" />
      <h1>Sign in</h1>
      <p>
        Signing in on the website is not available yet. When it is, members of school networks will be able to publish
        resources, see material shared only within their networks, and see contact details for Areas of Excellence.
      </p>
      <p>
        You don&rsquo;t need an account to use the library: <Link to="/resources">browse the resources</Link>.
      </p>
    </div>
  );
}
