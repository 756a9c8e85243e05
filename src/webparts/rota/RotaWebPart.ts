// Wiring only: compose the React root's services (see composeRota.ts, which the local workbench
// calls too) and render it. No domain logic lives here.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { SPPermission } from '@microsoft/sp-page-context';
import {
  type IPropertyPaneConfiguration,
  PropertyPaneSlider,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'RotaWebPartStrings';
import { RotaYearView } from './components/RotaYearView';
import { spfi, SPFx } from '@pnp/sp';
import { DEFAULT_YEAR_START_MONTH } from '../../core/rota/rotaYear';
import { composeRota, type RotaComposition } from './composeRota';

export interface IRotaWebPartProps {
  title: string;
  yearStartMonth: number;
}

export default class RotaWebPart extends BaseClientSideWebPart<IRotaWebPartProps> {
  private view!: RotaComposition;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.view = composeRota({
      // The same @pnp/sp repositories as Node, authenticated by the page's own SharePoint session.
      sp: spfi().using(SPFx(this.context)),
      now: () => new Date().toISOString(),
      // Officers hold Edit on the site (Manage Lists); visitors only Read. From the page, no request.
      // The same people as core/officers.ts's group (its Edit carries Manage Lists); owners too.
      canManageLists: this.context.pageContext.web.permissions.hasPermission(SPPermission.manageLists),
      yearStartMonth: this.properties.yearStartMonth || DEFAULT_YEAR_START_MONTH
    });
  }

  public render(): void {
    ReactDom.render(
      React.createElement(RotaYearView, {
        ...this.view,
        title: this.properties.title,
        yearStartMonth: this.properties.yearStartMonth || DEFAULT_YEAR_START_MONTH
      }),
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
              groupName: strings.BasicGroupName,
              groupFields: [
                PropertyPaneTextField('title', { label: strings.TitleFieldLabel }),
                PropertyPaneSlider('yearStartMonth', {
                  label: strings.YearStartMonthFieldLabel,
                  min: 1,
                  max: 12,
                  step: 1
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
