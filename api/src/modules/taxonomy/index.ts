export * from "./taxonomy.enums.js";
