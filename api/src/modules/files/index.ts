export { Attachment, UploadTicket, ExtractionStatus, EXTRACTED_TEXT_MAX_CHARS } from "./attachment.entity.js";
export { AttachmentResolver, ResourceAttachmentsResolver } from "./attachment.resolver.js";
export { AttachmentService } from "./attachment.service.js";
export { FileType, FILE_TYPES, detectFileType, UnsupportedFileTypeError } from "./file-type.js";
export { createFiles, type Files } from "./files.js";
export { filesRouter } from "./files.http.js";
export { DEFAULT_EXTRACTION_WORKER } from "./extraction/extractor.js";
export { ExtractionJob } from "./extraction/extraction-job.entity.js";
