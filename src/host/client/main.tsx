// Browser entry of the local workbench, bundled by esbuild at host start-up (src/host/server/bundle.ts).
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/font-icons-mdl2';
import { App } from './App';
import { initialUser, type HostConfig } from './context';

/** Where the host serves Fluent UI's icon font files from node_modules: never a CDN. */
export const ICON_BASE_URL = '/assets/icons/';

function readConfig(): HostConfig {
  const el = document.getElementById('host-config');
  if (!el?.textContent) throw new Error('The page has no #host-config; it must be served by src/host/server.');
  return JSON.parse(el.textContent) as HostConfig;
}

initializeIcons(ICON_BASE_URL, { disableWarnings: true });
ReactDOM.render(
  <App config={readConfig()} initialUser={initialUser()} pathname={window.location.pathname} />,
  document.getElementById('root')
);
