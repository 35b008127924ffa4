import type { FileType } from "@hub/schema";

interface ThumbnailProps {
  readonly attachment: { readonly title: string; readonly fileType: FileType; readonly thumbnailPath?: string | null };
  readonly className?: string;
}

/** What a thumbnail shows, in words, for people who cannot see it. */
function thumbnailAlt(attachment: ThumbnailProps["attachment"]): string {
  return attachment.fileType === "PDF" ? `First page of “${attachment.title}”` : `Picture: ${attachment.title}`;
}

/**
 * A small picture of an attachment (a PDF's first page, or the image), loaded only when it scrolls
 * near, from the site's own address (so the resource's permissions apply). Nothing when it has none.
 */
export function Thumbnail({ attachment, className = "thumbnail" }: ThumbnailProps) {
  if (!attachment.thumbnailPath) return null;
  return (
    <img
      className={className}
      src={attachment.thumbnailPath}
      alt={thumbnailAlt(attachment)}
      loading="lazy"
      decoding="async"
    />
  );
}
