import type { ExtractionStatus } from "@hub/schema";

interface ExtractionProblemProps {
  readonly attachment: { readonly extractionStatus: ExtractionStatus; readonly extractionError?: string | null };
}

/**
 * For those who may edit: why a file's text could not be read (so search cannot find words in it),
 * or that it is still being read. Nothing when all is well.
 */
export function ExtractionProblem({ attachment }: ExtractionProblemProps) {
  if (attachment.extractionStatus === "PENDING") {
    return <p className="hint">Its text is still being read for search.</p>;
  }
  if (attachment.extractionStatus !== "FAILED") return null;
  return (
    <p className="notice" role="note">
      <strong>Search cannot look inside this file:</strong>{" "}
      {attachment.extractionError ?? "its text could not be read."} It can still be downloaded. Uploading it again,
      saved from its own program, may help.
    </p>
  );
}
