// The workbench HTML shell. Everything it loads comes from the host itself: the bundle, and
// Fluent UI's icon font from node_modules. FabricConfig.fontBaseUrl = '' stops Fluent UI from
// registering its Segoe UI web fonts on a Microsoft CDN (it falls back to local fonts).
import type { HostConfig } from '../client/context';

/** Inline JSON inside <script> must not be able to close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const CSS = `
body { margin: 0; background: #fff; color: #201f1e; }
.host-skip { position: absolute; left: 8px; top: -48px; padding: 8px 12px; background: #fff; color: #005a9e; z-index: 10; }
.host-skip:focus { top: 8px; }
.host-banner { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; padding: 8px 24px; background: #f3f2f1; border-bottom: 1px solid #c8c6c4; }
.host-site-title { font-size: 18px; font-weight: 600; }
.host-badge { font-size: 12px; padding: 2px 6px; border: 1px solid #605e5c; border-radius: 2px; color: #323130; }
.host-switcher { display: flex; align-items: center; gap: 8px; }
.host-switcher label { font-weight: 600; }
.host-switcher select { font: inherit; height: 32px; padding: 0 4px; border: 1px solid #605e5c; border-radius: 2px; background: #fff; color: #201f1e; max-width: 28em; }
.host-signed-in { margin: 0; font-size: 14px; }
.host-nav ul { display: flex; gap: 16px; list-style: none; margin: 0; padding: 8px 24px; border-bottom: 1px solid #edebe9; }
.host-nav a { color: #005a9e; }
.host-nav a[aria-current="page"] { font-weight: 600; color: #201f1e; }
.host-main { padding: 16px 24px; }
.host-main h1 { font-size: 28px; font-weight: 600; margin: 0 0 12px; }
.host-main:focus { outline: none; }
.host-footer { padding: 12px 24px; border-top: 1px solid #edebe9; font-size: 12px; color: #605e5c; }
a:focus-visible, select:focus-visible { outline: 2px solid #0078d4; outline-offset: 2px; }
`;

export function renderPage(config: HostConfig): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(config.siteTitle)} (local workbench)</title>
<style>${CSS}</style>
<script>window.FabricConfig = { fontBaseUrl: '' };</script>
<script id="host-config" type="application/json">${scriptJson(config)}</script>
</head>
<body>
<div id="root"><p>Loading the local workbench&hellip;</p></div>
<noscript>The local workbench needs JavaScript, as SharePoint pages do.</noscript>
<script src="/host.js"></script>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
