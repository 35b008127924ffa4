export { LocalDiskStorage } from "./local-disk.js";
export { FileTooLargeError, SHA256_PATTERN, type ByteRange, type FileStorage, type StoredBlob } from "./storage.js";
