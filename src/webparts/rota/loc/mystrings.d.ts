declare interface IRotaWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  YearStartMonthFieldLabel: string;
}

declare module 'RotaWebPartStrings' {
  const strings: IRotaWebPartStrings;
  export = strings;
}
