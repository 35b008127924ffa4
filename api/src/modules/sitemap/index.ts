export { SitemapResolver } from "./sitemap.resolver.js";
