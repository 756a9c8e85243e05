require('@rushstack/eslint-config/patch/modern-module-resolution');

// The domain core must stay portable: it may import only itself (London time uses the platform's Intl)
// (issue 16: an allowlist, as tests/architecture/layers.ts holds for every layer). ESLint's patterns
// cannot say "nothing else", so every other package this project can resolve (its dependencies and
// Node's built-ins) is named; the jest test also catches imports out of src/core.
const { builtinModules } = require('module');
const pkg = require('./package.json');
const CORE_PACKAGES = [];
const CORE_FORBIDDEN = [
  {
    group: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
      .filter((name) => !CORE_PACKAGES.includes(name))
      .flatMap((name) => [name, `${name}/*`]),
    message:
      'src/core is pure domain code: it imports only src/core; put SharePoint, Teams, UI or server code in an adapter.'
  },
  {
    group: [...builtinModules.flatMap((name) => [name, `${name}/*`]), 'node:*'],
    message: 'src/core does no I/O: take a port (interface) instead.'
  }
];

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  rules: {
    // Dropping fields by destructuring (`const { a: _a, ...rest } = x`) is the idiom for "all but".
    '@typescript-eslint/no-unused-vars': [
      'error',
      { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }
    ]
  },
  overrides: [
    {
      // Node-only code (list server, bot, service, jobs), the tests, the bench and the scripts sit
      // outside the SPFx tsconfig project, so their type-aware rules use the test project.
      files: [
        'src/server/**/*.ts',
        'src/node/**/*.ts',
        'src/bot/**/*.ts',
        'src/host/**/*.ts',
        'src/service/**/*.ts',
        'tests/**/*.ts',
        'tests/**/*.tsx',
        'bench/**/*.ts',
        'scripts/**/*.ts'
      ],
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: __dirname }
    },
    {
      files: ['src/core/**/*.ts', 'src/core/**/*.tsx'],
      rules: {
        'no-restricted-imports': ['error', { patterns: CORE_FORBIDDEN }]
      }
    }
  ]
};
