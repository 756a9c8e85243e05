require('@rushstack/eslint-config/patch/modern-module-resolution');

// The domain core must stay portable: no SharePoint, Teams, React, PnPjs, Bot Framework or Node I/O.
const CORE_FORBIDDEN = [
  { group: ['@microsoft/*', '@pnp/*', '@fluentui/*', 'botbuilder*', 'adaptivecards*'], message: 'src/core is pure domain code: put SharePoint/Teams/UI code in an adapter.' },
  { group: ['react', 'react-dom', 'react/*'], message: 'src/core is pure domain code: React belongs in src/webparts.' },
  { group: ['fs', 'fs/*', 'path', 'http', 'https', 'net', 'child_process', 'os', 'node:*'], message: 'src/core does no I/O: take a port (interface) instead.' }
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
