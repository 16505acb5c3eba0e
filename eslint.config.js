import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Lint as errors; the dependency rule keeps src/domain free of adapters, UI, database and framework. */
export default tseslint.config(
  { ignores: ["build/", ".react-router/", "node_modules/", "data/", ".tmp/", "drizzle/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["describe", "it", "test", "before", "after"] },
          ],
        },
      ],
      // React Router's way to answer early is to throw a Response, a redirect or data().
      "@typescript-eslint/only-throw-error": [
        "error",
        {
          allow: [
            { from: "lib", name: "Response" },
            { from: "package", package: "react-router", name: "DataWithResponseInit" },
          ],
        },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // `import { type X }` keeps a side-effect import under verbatimModuleSyntax (it pulled zod into the browser bundle).
      "@typescript-eslint/no-import-type-side-effects": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration[declaration.type='ClassDeclaration']", message: "Named exports only." },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/**", "**/app/**", "**/ui/**", "**/i18n/**"],
              message: "src/domain depends on nothing outside the domain.",
            },
            {
              group: [
                "react",
                "react-*",
                "react-router",
                "@react-router/*",
                "drizzle-orm",
                "drizzle-orm/*",
                "pg",
                "@electric-sql/*",
                "express",
                "pino",
                "i18next",
              ],
              message: "src/domain stays free of frameworks, databases and I/O.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Date", message: "The domain gets the time from its caller." },
        { name: "fetch", message: "No I/O in the domain." },
        { name: "process", message: "No environment in the domain." },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/ui/**", "react", "react-router", "@react-router/*"],
              message: "Use-cases know nothing of the web.",
            },
            // The composition root (adapters/http/samenstelling.ts) is built at the edge and handed in as AppContext.
            {
              group: ["**/adapters/http/**"],
              message:
                "Use-cases know nothing of the web edge; they get the composition root as their AppContext argument.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/adapters/db/**/*.ts"],
    ignores: ["src/adapters/db/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/app/**", "**/ui/**", "**/adapters/http/**"],
              message:
                "The database adapter maps rows to the domain's types (src/domain); it knows no use-case, page or web edge.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/ui/**/*.ts", "src/ui/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/db/**"],
              message: "Pages and routes reach the database through a use-case in src/app, inside its gate.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
