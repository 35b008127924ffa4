export { SitemapKind, SITEMAP_MAX_ENTRIES } from "./sitemap.types.js";
export { SitemapService } from "./sitemap.service.js";
export { SitemapResolver } from "./sitemap.resolver.js";
