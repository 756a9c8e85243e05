declare interface IVisitFormWebPartStrings {
  PropertyPaneDescription: string;
  ServiceGroupName: string;
  ServiceUrlFieldLabel: string;
  ServiceAppIdUriFieldLabel: string;
}

declare module 'VisitFormWebPartStrings' {
  const strings: IVisitFormWebPartStrings;
  export = strings;
}
