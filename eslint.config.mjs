import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const SYNAPSE_URL_MESSAGE =
  "Only lib/synapse/ may know Synapse's URLs: call a function from @/lib/synapse.";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Literal[value=/\\/_(synapse|matrix)\\//]", message: SYNAPSE_URL_MESSAGE },
        {
          selector: "TemplateElement[value.raw=/\\/_(synapse|matrix)\\//]",
          message: SYNAPSE_URL_MESSAGE,
        },
        { selector: "JSXText[value=/\\/_(synapse|matrix)\\//]", message: SYNAPSE_URL_MESSAGE },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "test-results-slot-*/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
