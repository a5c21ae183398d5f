// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/node_modules/**',
    '**/dist/**',
    '**/.astro/**',
    '**/coverage/**',
    '**/*.json',
    // A consumer of the published packages, checked against them by scripts/consumer/run.sh.
    'scripts/consumer/project/**',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,

  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // Allow deliberately unused parameters/variables when prefixed with `_`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    // The site's browser code (and the script it adds to the TypeDoc pages). Its TypeScript gets type
    // information from site/tsconfig.json through the project service, like the packages from theirs.
    files: ['site/src/**', 'site/api-zonder-opslag.js'],
    languageOptions: {
      globals: { ...globals.browser },
    },
  },

  {
    files: ['site/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },

  astro.configs['flat/recommended'],

  {
    // Plain JS/MJS/CJS config files are not part of any tsconfig, so no type information exists for them.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    // .astro components and the scripts inside them are not part of a TypeScript program the
    // project service can open (only `astro check` type-checks them), so they get the untyped rules.
    files: ['**/*.astro', '**/*.astro/*.js', '**/*.astro/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
