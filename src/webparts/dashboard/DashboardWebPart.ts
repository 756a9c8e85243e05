// Wiring only: build the services over the page's SharePoint session and render the React root.
// What the status table does not need (themes, Teams delivery stores) loads on first use.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'DashboardWebPartStrings';
import { spRepositories } from '../../adapters/sp/repositories';
import type { ThemesService } from './themesService';
import { lazyDeliveryStores, lazyIntegrity, lazyThemesService } from './lazyServices';
import { FRONTLINE_2025 } from '../../core/config';
import { downloadFile } from '../shared/download';
import { dashboardService, type DashboardService } from './dashboardService';
import { DashboardView } from './components/DashboardView';
import type { SettingsLoader } from './components/SettingsView';
import { loadOnce } from '../shared/loadOnce';

export default class DashboardWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private service!: DashboardService;
  private themes!: ThemesService;
  private settings!: SettingsLoader;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const sp = spfi().using(SPFx(this.context));
    const delivery = lazyDeliveryStores(() =>
      import(/* webpackChunkName: 'delivery-stores' */ './deliverySetup').then((m) => m.spDeliveryStores(sp))
    );
    const integrity = lazyIntegrity(() =>
      import(/* webpackChunkName: 'integrity' */ '../../adapters/sp/integrity').then((m) => new m.SpIntegrityCheck(sp))
    );
    this.service = dashboardService(
      spRepositories(sp),
      FRONTLINE_2025,
      () => new Date().toISOString(),
      delivery,
      integrity
    );
    const email = this.context.pageContext.user.email;
    this.themes = lazyThemesService(() =>
      import(/* webpackChunkName: 'themes-service' */ './themesSetup').then((m) => m.spThemesService(sp, email))
    );
    this.settings = loadOnce(() =>
      import(/* webpackChunkName: 'settings-service' */ './settingsSetup').then((m) => m.spSettingsService(sp, email))
    );
  }

  public render(): void {
    const element = React.createElement(DashboardView, {
      service: this.service,
      themes: this.themes,
      settings: this.settings,
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
