// The form web part inside Teams: it reads the deep-linked visit and the theme through teams-js's
// app API (typed by @microsoft/teams-js), and follows theme changes.
import type * as TeamsJs from '@microsoft/teams-js';
import {
  fluentThemeFor,
  onTeamsThemeChange,
  readTeamsHost,
  type TeamsApp
} from '../../src/webparts/visitForm/teamsHost';

function teamsApp(theme: string, subPageId?: string): TeamsApp & { change(t: string): void } {
  let handler: ((t: string) => void) | undefined;
  return {
    getContext: async () =>
      ({
        app: { theme, locale: 'en-GB', sessionId: 's', host: { name: 'Teams', clientType: 'android', sessionId: 'h' } },
        page: { id: 'visit-form', frameContext: 'content', subPageId }
      }) as unknown as TeamsJs.app.Context,
    registerOnThemeChangeHandler: (h: (t: string) => void) => {
      handler = h;
    },
    change: (t) => handler?.(t)
  };
}

describe('the form web part in Teams', () => {
  it('opens the deep-linked visit and takes the Teams theme', async () => {
    expect(await readTeamsHost(teamsApp('dark', 'visit-12'))).toEqual({ subPageId: 'visit-12', theme: 'dark' });
    expect(await readTeamsHost(teamsApp('default', ''))).toEqual({ subPageId: undefined, theme: 'default' });
    expect(await readTeamsHost(teamsApp('something-new'))).toMatchObject({ theme: 'default' });
  });

  it('follows theme changes with an inverted Fluent theme for dark and high contrast', () => {
    const app = teamsApp('default');
    const seen: string[] = [];
    onTeamsThemeChange(app, (t) => seen.push(t));
    app.change('contrast');
    app.change('dark');
    expect(seen).toEqual(['contrast', 'dark']);
    expect(fluentThemeFor('dark')?.isInverted).toBe(true);
    expect(fluentThemeFor('contrast')?.palette.themePrimary).toBe('#ffff01');
    expect(fluentThemeFor('default')).toBeUndefined();
  });
});
