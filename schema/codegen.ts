import type { CodegenConfig } from "@graphql-codegen/cli";

// Generation reads only the committed SDL and the operations, so it needs no running API.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["operations/**/*.graphql"],
  generates: {
    "src/generated/": {
      preset: "client",
      // Fragment masking hides fields behind useFragment(); our operations are read whole.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeISO: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
