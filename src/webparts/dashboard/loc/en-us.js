define([], function () {
  return {
    PropertyPaneDescription: 'The status of every frontline visit and the committee briefing pack.'
  };
});
