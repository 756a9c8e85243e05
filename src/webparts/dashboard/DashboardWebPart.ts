// Wiring only: compose the React root's services over the page's SharePoint session (see
// composeDashboard.ts, which the local workbench calls too) and render it.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'DashboardWebPartStrings';
import { composeDashboard } from './composeDashboard';
import { DashboardView, type DashboardViewProps } from './components/DashboardView';

export default class DashboardWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private view!: DashboardViewProps;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.view = composeDashboard({
      sp: spfi().using(SPFx(this.context)),
      userEmail: this.context.pageContext.user.email,
      now: () => new Date().toISOString(),
      // The Privacy tab's service calls, with the officer's token (its code loads with the tab).
      connectService: () =>
        import(/* webpackChunkName: 'service-connection' */ './serviceConnection').then((m) =>
          m.aadServiceConnection(spfi().using(SPFx(this.context)), this.context.aadHttpClientFactory)
        )
    });
  }

  public render(): void {
    ReactDom.render(React.createElement(DashboardView, this.view), this.domElement);
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
