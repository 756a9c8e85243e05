define([], function () {
  return {
    PropertyPaneDescription: 'The yearly rota of councillor frontline visits.',
    BasicGroupName: 'Settings',
    TitleFieldLabel: 'Title',
    YearStartMonthFieldLabel: 'Month the rota year starts (1-12)'
  };
});
