// Deep links into the visit form: the bot builds them, the tab (teams-js subPageId) and the page
// (?visit=) read them back; anything malformed opens no visit rather than a guessed one.
import {
  VISIT_FORM_ENTITY_ID,
  visitFormDeepLink,
  visitFormPageUrl,
  visitIdFromLink
} from '../../../src/adapters/teams/links';

describe('visit form links', () => {
  it('round-trips a visit through the Teams deep link', () => {
    const link = new URL(visitFormDeepLink('9eaba4fd-594e-4ff5-9207-d205f2eebddf', 42));
    expect(link.pathname).toBe(`/l/entity/9eaba4fd-594e-4ff5-9207-d205f2eebddf/${VISIT_FORM_ENTITY_ID}`);
    const context = JSON.parse(link.searchParams.get('context') as string) as { subEntityId: string };
    expect(visitIdFromLink(context.subEntityId, '')).toBe(42);
  });

  it('reads ?visit= from the SharePoint page, and the Teams link wins over it', () => {
    const page = new URL(
      visitFormPageUrl('https://contoso.sharepoint.com/sites/frontline/SitePages/Visit-form.aspx?env=Embedded', 7)
    );
    expect(page.searchParams.get('env')).toBe('Embedded');
    expect(visitIdFromLink(undefined, page.search)).toBe(7);
    expect(visitIdFromLink('visit-9', page.search)).toBe(9);
  });

  it('ignores anything that is not a plain visit id', () => {
    for (const [sub, search] of [
      ['visit-abc', ''],
      ['12', ''],
      ['visit-1; drop', ''],
      [undefined, '?visit=-3'],
      [undefined, '?visit=1e3'],
      [undefined, '?visit=0'],
      [undefined, '?visit=%3Cscript%3E']
    ] as const) {
      expect(visitIdFromLink(sub, search)).toBeUndefined();
    }
  });
});
