// `npm run setup:tenant -- --remove`: undoes the install plan in reverse, each step skipped when
// its thing is already gone. The site and its lists are kept (the council's records): removing
// them is one more command, left to the council (README, "Remove everything again").
import { API_RESOURCE, API_SCOPE, SPPKG_NAME, STORAGE_KEYS } from './plan';
import { m365, type SetupOptions, type Solution, type Step } from './steps';

export function removePlan(o: SetupOptions, solution: Solution): Step[] {
  const storage = (key: string): Step => ({
    id: `storage-${key}`,
    title: `Tenant property ${key}`,
    changes: `removes the tenant property ${key}`,
    check: {
      command: m365('spo', 'storageentity', 'get', '--key', key),
      done: { kind: 'not', of: { kind: 'exists' } }
    },
    change: [m365('spo', 'storageentity', 'remove', '--appCatalogUrl', o.appCatalog, '--key', key, '--force')]
  });
  return [
    {
      id: 'teams-app',
      title: 'Teams app in the organisation catalogue',
      changes: 'removes the Frontline Visits app from Teams (the bot can no longer message anyone)',
      check: {
        command: m365('teams', 'app', 'list', '--distributionMethod', 'organization'),
        done: { kind: 'not', of: { kind: 'listHas', where: { externalId: solution.teamsAppId } } }
      },
      change: [m365('teams', 'app', 'remove', '--id', '{teamsAppId}', '--force')],
      capture: [{ name: 'teamsAppId', field: 'id' }]
    },
    storage(STORAGE_KEYS.serviceUrl),
    storage(STORAGE_KEYS.appIdUri),
    {
      id: 'api-permission',
      title: `API access: ${API_RESOURCE} ${API_SCOPE}`,
      changes: `revokes the web parts' access to ${API_RESOURCE}`,
      check: {
        command: m365('spo', 'serviceprincipal', 'grant', 'list'),
        done: { kind: 'not', of: { kind: 'listHas', where: { Resource: API_RESOURCE, Scope: API_SCOPE } } }
      },
      change: [m365('spo', 'serviceprincipal', 'grant', 'revoke', '--id', '{grantId}')],
      capture: [{ name: 'grantId', field: 'ObjectId' }]
    },
    {
      id: 'sppkg',
      title: `Web parts ${SPPKG_NAME}`,
      changes: 'retracts the web parts from every site and removes the package from the app catalog',
      check: {
        command: m365('spo', 'app', 'get', '--name', SPPKG_NAME),
        done: { kind: 'not', of: { kind: 'exists' } }
      },
      change: [
        m365('spo', 'app', 'retract', '--id', '{spAppId}', '--force'),
        m365('spo', 'app', 'remove', '--id', '{spAppId}', '--force')
      ],
      capture: [{ name: 'spAppId', field: 'ID' }]
    },
    {
      id: 'site-permission',
      title: `Sites.Selected grant on ${o.site}`,
      changes: `takes "${o.appName}"'s access to ${o.site} away`,
      check: {
        command: m365('spo', 'site', 'apppermission', 'list', '--siteUrl', o.site, '--appDisplayName', o.appName),
        done: { kind: 'not', of: { kind: 'listHas', where: { appDisplayName: o.appName } } }
      },
      change: [
        m365('spo', 'site', 'apppermission', 'remove', '--siteUrl', o.site, '--appDisplayName', o.appName, '--force')
      ]
    },
    {
      id: 'app',
      title: `App registration "${o.appName}"`,
      changes: `deletes the Entra app "${o.appName}", its certificate and its API`,
      check: {
        command: m365('entra', 'app', 'get', '--name', o.appName),
        done: { kind: 'not', of: { kind: 'exists' } }
      },
      change: [m365('entra', 'app', 'remove', '--name', o.appName, '--force')]
    }
  ];
}
