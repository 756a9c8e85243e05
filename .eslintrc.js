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
  // Node-only code (list server, bot, jobs) is outside the SPFx tsconfig project.
  ignorePatterns: ['src/server/**', 'src/node/**', 'src/bot/**', 'src/host/**', 'src/service/**'],
  overrides: [
    {
      files: ['src/core/**/*.ts', 'src/core/**/*.tsx'],
      rules: {
        'no-restricted-imports': ['error', { patterns: CORE_FORBIDDEN }]
      }
    }
  ]
};
