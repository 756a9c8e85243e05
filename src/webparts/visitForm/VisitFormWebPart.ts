// Wiring only: the Frontline service's APIs (through AadHttpClient, so it knows who is calling) for
// saving and sending forms and for answering escalated issues, handed with the page's SharePoint
// session to composeVisitForm.ts (which the local workbench calls too), and inside Teams the
// deep-linked visit and the Teams theme. No domain logic lives here.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { AadHttpClient } from '@microsoft/sp-http';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { Theme } from '@fluentui/react/lib/Theme';
import { spfi, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import * as strings from 'VisitFormWebPartStrings';
import type { ApiFetch, FindingsApi } from '../../adapters/service/findingsApi';
import type { RequestsApi } from '../../adapters/service/requestsApi';
import { visitIdFromLink } from '../../adapters/teams/links';
import { DomainError } from '../../core/errors';
import { composeVisitForm, type VisitFormComposition } from './composeVisitForm';
import { lazyServiceApis } from './serviceApis';
import { VisitFormView } from './components/VisitFormView';
import { fluentThemeFor, onTeamsThemeChange, readTeamsHost } from './teamsHost';

export interface IVisitFormWebPartProps {
  serviceUrl: string;
  serviceAppIdUri: string;
}

/** Until the service is configured, saving says so instead of failing obscurely. */
const NO_SERVICE: FindingsApi = {
  saveDraft: () =>
    Promise.reject(
      new DomainError(
        'NoService',
        'This page is not connected to the Frontline service yet, so forms cannot be saved. Ask the site owner to set the service address in the web part settings.'
      )
    ),
  submit: () =>
    Promise.reject(
      new DomainError(
        'NoService',
        'This page is not connected to the Frontline service yet, so forms cannot be sent. Ask the site owner to set the service address in the web part settings.'
      )
    )
};
const noAnswers = (): Promise<never> =>
  Promise.reject(
    new DomainError(
      'NoService',
      'This page is not connected to the Frontline service yet, so escalated issues cannot be answered here. Answer from the Teams card, or ask the site owner to set the service address in the web part settings.'
    )
  );
const NO_REQUESTS_SERVICE: RequestsApi = { respond: noAnswers, delegate: noAnswers, ask: noAnswers, reply: noAnswers };

export default class VisitFormWebPart extends BaseClientSideWebPart<IVisitFormWebPartProps> {
  private view!: VisitFormComposition;
  private visitId?: number;
  private theme?: Theme;
  private themeProvider?: typeof import('./teamsTheme').ThemeProvider;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const api = await this.serviceApis();
    this.view = composeVisitForm({
      sp: spfi().using(SPFx(this.context)),
      userEmail: this.context.pageContext.user.email,
      findings: api.findings,
      requests: api.requests
    });
    const teams = this.context.sdks.microsoftTeams?.teamsJs;
    // Fetched alongside the Teams context; if it cannot load, the form shows in the default theme.
    const themeChunk = teams
      ? import(/* webpackChunkName: 'teams-theme' */ './teamsTheme').then(
          (m) => m.ThemeProvider,
          () => undefined
        )
      : undefined;
    const host = teams ? await readTeamsHost(teams.app) : undefined;
    this.visitId = visitIdFromLink(host?.subPageId, window.location.search);
    if (teams && host) {
      this.themeProvider = await themeChunk;
      this.theme = fluentThemeFor(host.theme);
      onTeamsThemeChange(teams.app, (t) => {
        this.theme = fluentThemeFor(t);
        this.render();
      });
    }
  }

  /**
   * The service address: the web part's own properties, else the tenant properties
   * FrontlineServiceUrl / FrontlineServiceAppIdUri (set once by the admin), which is what a Teams
   * personal tab gets, as it has no page to keep properties on.
   */
  private async serviceSettings(): Promise<{ serviceUrl?: string; serviceAppIdUri?: string }> {
    if (this.properties.serviceUrl && this.properties.serviceAppIdUri) return this.properties;
    const web = spfi().using(SPFx(this.context)).web;
    const read = (key: string): Promise<string | undefined> =>
      web.getStorageEntity(key).then(
        (e) => e?.Value || undefined,
        () => undefined
      );
    const [serviceUrl, serviceAppIdUri] = await Promise.all([
      read('FrontlineServiceUrl'),
      read('FrontlineServiceAppIdUri')
    ]);
    return {
      serviceUrl: this.properties.serviceUrl || serviceUrl,
      serviceAppIdUri: this.properties.serviceAppIdUri || serviceAppIdUri
    };
  }

  private async serviceApis(): Promise<{ findings: FindingsApi; requests: RequestsApi }> {
    const { serviceUrl, serviceAppIdUri } = await this.serviceSettings();
    if (!serviceUrl || !serviceAppIdUri) return { findings: NO_SERVICE, requests: NO_REQUESTS_SERVICE };
    const client = await this.context.aadHttpClientFactory.getClient(serviceAppIdUri);
    const fetch: ApiFetch = (url, init) => client.fetch(url, AadHttpClient.configurations.v1, init);
    return lazyServiceApis(fetch, serviceUrl);
  }

  public render(): void {
    const view = React.createElement(VisitFormView, { ...this.view, initialVisitId: this.visitId });
    ReactDom.render(
      this.theme && this.themeProvider ? React.createElement(this.themeProvider, { theme: this.theme }, view) : view,
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.ServiceGroupName,
              groupFields: [
                PropertyPaneTextField('serviceUrl', { label: strings.ServiceUrlFieldLabel }),
                PropertyPaneTextField('serviceAppIdUri', { label: strings.ServiceAppIdUriFieldLabel })
              ]
            }
          ]
        }
      ]
    };
  }
}
