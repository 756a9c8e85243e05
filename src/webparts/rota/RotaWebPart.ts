// Wiring only: choose the services, render the React root. No domain logic lives here.
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
import { RotaYearView, type RotaYearViewProps } from './components/RotaYearView';
import { spfi, SPFx } from '@pnp/sp';
import type { RotaReader } from '../../core/ports/rotaReader';
import { SpRotaReader } from '../../adapters/sp/rotaReader';
import type { RotaScheduling } from './rotaScheduling';
import { lazyScheduling } from './lazyScheduling';
import { downloadFile } from '../shared/download';
import { londonDate } from '../../core/time/london';
import { DEFAULT_YEAR_START_MONTH } from '../../core/rota/rotaYear';

export interface IRotaWebPartProps {
  title: string;
  yearStartMonth: number;
}

export default class RotaWebPart extends BaseClientSideWebPart<IRotaWebPartProps> {
  private reader!: RotaReader;
  /** Officers only: everyone else (councillors, team contacts) sees the rota read-only. */
  private scheduling?: RotaScheduling;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // The same @pnp/sp repositories as Node, authenticated by the page's own SharePoint session.
    const sp = spfi().using(SPFx(this.context));
    this.reader = new SpRotaReader(sp);
    const yearStart = this.properties.yearStartMonth || DEFAULT_YEAR_START_MONTH;
    // Officers hold Edit on the site (Manage Lists); visitors only Read. From the page, no request.
    const officer = this.context.pageContext.web.permissions.hasPermission(SPPermission.manageLists);
    // The planner and booking rules load when the officer first plans or opens a visit.
    this.scheduling = officer
      ? lazyScheduling(() => import(/* webpackChunkName: 'rota-scheduling' */ './schedulingSetup').then((m) => m.spRotaScheduling(sp, yearStart)))
      : undefined;
  }

  public render(): void {
    const props: RotaYearViewProps = {
      title: this.properties.title,
      reader: this.reader,
      today: londonDate(new Date()),
      yearStartMonth: this.properties.yearStartMonth || DEFAULT_YEAR_START_MONTH,
      scheduling: this.scheduling,
      onDownload: (invite) => downloadFile(invite.fileName, invite.text, invite.mimeType)
    };
    ReactDom.render(React.createElement(RotaYearView, props), this.domElement);
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
