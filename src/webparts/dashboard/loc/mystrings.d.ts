declare interface IDashboardWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'DashboardWebPartStrings' {
  const strings: IDashboardWebPartStrings;
  export = strings;
}
