// The form web part inside Teams (personal app or tab): SPFx hands over the Teams JS SDK it has
// already initialised (context.sdks.microsoftTeams.teamsJs); this reads the deep link's visit and
// follows the Teams theme through it. Typed by @microsoft/teams-js itself, the version SPFx ships.
import type * as TeamsJs from '@microsoft/teams-js';
import { createTheme, type Theme } from '@fluentui/react/lib/Theme';

/** The part of teams-js this needs: the smallest interface, so a test can pass its own. */
export type TeamsApp = Pick<typeof TeamsJs.app, 'getContext' | 'registerOnThemeChangeHandler'>;

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsHostInfo {
  /** The deep link's subEntityId, e.g. "visit-12". */
  subPageId?: string;
  theme: TeamsTheme;
}

const asTheme = (name: string | undefined): TeamsTheme => (name === 'dark' || name === 'contrast' ? name : 'default');

export async function readTeamsHost(app: TeamsApp): Promise<TeamsHostInfo> {
  const context = await app.getContext();
  return { subPageId: context.page.subPageId || undefined, theme: asTheme(context.app.theme) };
}

export function onTeamsThemeChange(app: TeamsApp, handler: (theme: TeamsTheme) => void): void {
  app.registerOnThemeChangeHandler((name) => handler(asTheme(name)));
}

// Teams' own palettes (dark: #1f1f1f surface, #7f85f5 accent; contrast: black, yellow accent).
const DARK = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5',
    neutralPrimary: '#ffffff',
    neutralLighter: '#292929',
    neutralLight: '#333333',
    white: '#1f1f1f',
    black: '#ffffff'
  }
});
const CONTRAST = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    neutralPrimary: '#ffffff',
    neutralLighter: '#000000',
    neutralLight: '#000000',
    white: '#000000',
    black: '#ffffff'
  }
});

/** The Fluent UI theme for a Teams theme; undefined keeps the SharePoint site's theme. */
export function fluentThemeFor(theme: TeamsTheme): Theme | undefined {
  return theme === 'dark' ? DARK : theme === 'contrast' ? CONTRAST : undefined;
}
