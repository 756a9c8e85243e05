// The Microsoft 365 Agents Playground's page, as a person uses it: type in the chat box, press
// a card's buttons, and act as another of the configured people through the Playground's own
// "Mock an Activity" menu (its JSON editor), which sends the edited activity to the bot.
import type { Locator, Page } from 'playwright-core';
import { PLAYGROUND_BOT, PLAYGROUND_TENANT_ID, type PlaygroundUser } from '../../src/core/samples/teamsUsers';

/**
 * The Playground has one personal chat (the current user's). Its roster holds only that user, so
 * the bot could not look up anyone else acting there; the group chat's roster holds all six
 * people. So the others act, and the bot reaches them, in the group chat "Frontline Visits
 * planning" (.m365agentsplayground.yml `groupChat`), as if it were their own chat with the bot.
 */
export const OTHERS_CHAT = { id: '19:local-group-frontline@thread.v2', name: 'Frontline Visits planning' };

export class PlaygroundPage {
  public constructor(public readonly page: Page) {}

  /** Types a message in the chat box and sends it with Enter. */
  public async say(text: string): Promise<void> {
    const box = this.page.locator('[data-lexical-editor="true"][role="textbox"]');
    await box.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Waits for text in the chat (each bot text appears in the chat, the sidebar and the log). */
  public async sees(text: string | RegExp, timeout = 30000): Promise<void> {
    await this.page.getByText(text).first().waitFor({ timeout });
  }

  /** Opens a chat from the left rail: the personal chat ("Personal Chat") or OTHERS_CHAT. */
  public async openChat(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).first().click();
  }

  /** The newest card in the open chat that holds `text`. */
  public card(text: string | RegExp): Locator {
    return this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
  }

  /**
   * Acts as `who` through Mock an Activity: picks `item` ("Install application" or "Custom
   * activity"), replaces the editor's JSON with `activity` sent from `who` in OTHERS_CHAT, and
   * presses Send activity.
   */
  public async actAs(who: PlaygroundUser, item: string, activity: Record<string, unknown>): Promise<void> {
    await this.page.getByRole('button', { name: 'Mock an Activity' }).click();
    // The items' accessible names are their tooltips (handler names), so they are found by their text.
    await this.page.getByRole('menuitem').getByText(item, { exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    const editor = dialog.locator('.monaco-editor');
    await editor.waitFor();
    await editor.click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(JSON.stringify(fromPerson(who, activity)));
    await dialog.getByRole('button', { name: 'Send activity' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}

/** An activity from `who` to the bot in their chat (OTHERS_CHAT), shaped as the Playground's own templates are. */
export function fromPerson(who: PlaygroundUser, activity: Record<string, unknown>): Record<string, unknown> {
  return {
    channelId: 'msteams',
    serviceUrl: 'http://localhost:56150/_connector',
    recipient: PLAYGROUND_BOT,
    conversation: { id: OTHERS_CHAT.id, conversationType: 'personal', tenantId: PLAYGROUND_TENANT_ID },
    from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
    channelData: { tenant: { id: PLAYGROUND_TENANT_ID } },
    locale: 'en-GB',
    ...activity
  };
}
