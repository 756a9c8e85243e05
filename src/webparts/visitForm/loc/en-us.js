define([], function () {
  return {
    PropertyPaneDescription: 'Where the Frontline service runs. Forms are saved and sent through it, because it may share them with the service manager and head of service.',
    ServiceGroupName: 'Frontline service',
    ServiceUrlFieldLabel: 'Service address (e.g. https://frontline-visits.azurewebsites.net)',
    ServiceAppIdUriFieldLabel: 'Service application ID URI (e.g. api://frontline-visits)'
  };
});
