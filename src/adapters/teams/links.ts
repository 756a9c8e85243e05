// Links into the visit form: a Teams deep link to the personal tab (what the bot's cards use, as
// Action.Execute is unreliable on phones) and the SharePoint page. The tab reads the visit back
// from the deep link's subEntityId (teams-js: app.getContext().page.subPageId).
export const VISIT_FORM_ENTITY_ID = 'visit-form';

const SUB_PAGE = /^visit-(\d{1,9})$/;

/** Teams deep link to the personal "Visit form" tab, opened on one visit. */
export function visitFormDeepLink(teamsAppId: string, visitId: number): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: `visit-${visitId}` }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${VISIT_FORM_ENTITY_ID}?context=${context}`;
}

/** The SharePoint page that holds the form web part, opened on one visit. */
export function visitFormPageUrl(formPageUrl: string, visitId: number): string {
  const url = new URL(formPageUrl);
  url.searchParams.set('visit', String(visitId));
  return url.toString();
}

/**
 * The visit a form page is opened on: the Teams deep link's sub-page id ("visit-12") wins, then the
 * page's `?visit=12`. Anything else is ignored rather than guessed.
 */
export function visitIdFromLink(subPageId: string | undefined, search: string): number | undefined {
  const fromTeams = subPageId ? SUB_PAGE.exec(subPageId.trim()) : undefined;
  if (fromTeams) return Number(fromTeams[1]);
  const raw = new URLSearchParams(search).get('visit') ?? '';
  return /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
}
