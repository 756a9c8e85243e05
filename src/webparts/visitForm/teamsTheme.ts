// Loaded inside Teams only (chunk 'teams-theme'), alongside the read of the Teams context: Fluent
// UI's ThemeProvider, which carries the Teams theme to the form. On a SharePoint page the page's own
// theme applies and none of this is downloaded.
export { ThemeProvider } from '@fluentui/react/lib/Theme';
