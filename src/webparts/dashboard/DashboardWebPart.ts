// Wiring only: build the services over the page's SharePoint session and render the React root.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'DashboardWebPartStrings';
import { spRepositories } from '../../adapters/sp/repositories';
import { SpConversationStore, SpSendLog } from '../../adapters/sp/messagingStores';
import { SpHistoryRepository, SpThemeCorrectionRepository } from '../../adapters/sp/historyStores';
import { themesService, type ThemesService } from './themesService';
import { FRONTLINE_2025 } from '../../core/config';
import { downloadFile } from '../shared/download';
import { dashboardService, type DashboardService } from './dashboardService';
import { DashboardView } from './components/DashboardView';

export default class DashboardWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private service!: DashboardService;
  private themes!: ThemesService;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sp = spfi().using(SPFx(this.context));
    this.service = dashboardService(spRepositories(sp), FRONTLINE_2025, () => new Date().toISOString(), { conversations: new SpConversationStore(sp), sendLog: new SpSendLog(sp) });
    this.themes = themesService({ repos: spRepositories(sp), history: new SpHistoryRepository(sp), corrections: new SpThemeCorrectionRepository(sp), userEmail: this.context.pageContext.user.email, now: () => new Date().toISOString() });
  }

  public render(): void {
    const element = React.createElement(DashboardView, {
      service: this.service,
      themes: this.themes,
      onDownload: (file) => downloadFile(file.fileName, file.content, file.mimeType)
    });
    ReactDom.render(element, this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [] }] };
  }
}
