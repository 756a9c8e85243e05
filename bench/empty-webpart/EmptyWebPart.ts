// The baseline for bundle budgets: an empty SPFx web part with React, Fluent UI and PnPjs, built
// by the same toolchain in the same run as ours (bench/bundles.js copies it into a scratch project).
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { Text } from '@fluentui/react';
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

export default class EmptyWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private sp!: SPFI;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.sp = spfi().using(SPFx(this.context));
  }

  public render(): void {
    const title = this.sp.web.lists.getByTitle('Empty').items.top(1).toUrl();
    ReactDom.render(React.createElement(Text, null, title), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
