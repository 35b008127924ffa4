import { FeedNetworkDocument, FeedSubjectDocument, FeedThemeDocument } from "@hub/schema";
import type { LoaderFunctionArgs } from "@remix-run/node";

import { atomFeed } from "../feeds.server";
import * as api from "../graphql.server";
import { networkPath, resourcesPath } from "../paths";
import { isValid } from "../params.server";

/**
 * Feeds of one network's, subject's or theme's new resources:
 * /feeds/networks/<slug>.atom, /feeds/subjects/<slug>.atom, /feeds/themes/<slug>.atom.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = /^(.+)\.atom$/.exec(params["file"] ?? "")?.[1];
  const path = `/feeds/${params["scope"]}/${params["file"]}`;
  const notFound = () => new Response("Not found", { status: 404 });
  if (!slug || !isValid("slug", slug)) return notFound();

  switch (params["scope"]) {
    case "networks": {
      const { network } = await api.request(FeedNetworkDocument, { slug }, { request });
      if (!network) return notFound();
      return atomFeed(request, {
        about: network.name,
        path,
        htmlPath: networkPath(slug),
        filter: { networkSlug: slug },
      });
    }
    case "subjects": {
      const { subject } = await api.request(FeedSubjectDocument, { slug }, { request });
      if (!subject) return notFound();
      return atomFeed(request, {
        about: subject.name,
        path,
        htmlPath: resourcesPath({ subject: slug }),
        filter: { subjectSlug: slug },
      });
    }
    case "themes": {
      const { theme } = await api.request(FeedThemeDocument, { slug }, { request });
      if (!theme) return notFound();
      return atomFeed(request, {
        about: theme.name,
        path,
        htmlPath: resourcesPath({ theme: slug }),
        filter: { themeSlug: slug },
      });
    }
    default:
      return notFound();
  }
}
