// `npm run setup:tenant`: the tenant set-up as data. Each step names the CLI for Microsoft 365
// command that tells whether it is already done, the commands that do it, and what they change.
// Nothing here runs anything; runner.ts does, and a dry run prints this plan.

import type { Command, SetupOptions, Solution, Step } from './steps';
import { m365 } from './steps';

export type { Command, SetupOptions, Solution, Step } from './steps';

export const SPPKG_NAME = 'frontline-visits.sppkg';
export const SPPKG_PATH = `sharepoint/solution/${SPPKG_NAME}`;
export const TEAMS_ZIP_PATH = 'teams/package/frontline-visits.zip';
export const API_SCOPE = 'user_impersonation';
/** The .sppkg's webApiPermissionRequests resource (config/package-solution.json). */
export const API_RESOURCE = 'Frontline Visits API';
/** SharePoint's own Sites.Selected application permission (app-only REST with a certificate). */
export const SHAREPOINT_SITES_SELECTED = 'https://microsoft.sharepoint-df.com/Sites.Selected';
/** The tenant properties the visit form web part reads (VisitFormWebPart.serviceSettings). */
export const STORAGE_KEYS = { serviceUrl: 'FrontlineServiceUrl', appIdUri: 'FrontlineServiceAppIdUri' } as const;

function storageEntity(o: SetupOptions, key: string, value: string, what: string): Step {
  return {
    id: `storage-${key}`,
    title: `Tenant property ${key}`,
    changes: `sets the tenant property ${key} to ${value} (${what})`,
    check: {
      command: m365('spo', 'storageentity', 'get', '--key', key),
      done: { kind: 'fields', fields: { Value: value } }
    },
    change: [
      m365(
        'spo',
        'storageentity',
        'set',
        '--appCatalogUrl',
        o.appCatalog,
        '--key',
        key,
        '--value',
        value,
        '--description',
        what
      )
    ]
  };
}

/** The install plan, in order. Options must have passed parseSetupArgs (install needs every option). */
export function installPlan(o: SetupOptions, solution: Solution): Step[] {
  const serviceUrl = o.serviceUrl ?? '';
  const appName = ['--name', o.appName];
  return [
    {
      id: 'tenant-id',
      title: 'Tenant id of the signed-in administrator',
      changes: 'nothing (read only; provisioning needs the tenant id)',
      check: { command: m365('tenant', 'id', 'get'), done: { kind: 'exists' } },
      change: [],
      capture: [{ name: 'tenantId', field: '' }]
    },
    {
      id: 'app',
      title: `App registration "${o.appName}" with a certificate`,
      changes:
        `registers the Entra app "${o.appName}" with the certificate ${o.certPublic} (no client secret), ` +
        `SharePoint Sites.Selected (application, admin consent) and the API ${o.apiUri} with the scope ${API_SCOPE}`,
      check: { command: m365('entra', 'app', 'get', ...appName), done: { kind: 'exists' } },
      change: [
        m365(
          'entra',
          'app',
          'add',
          ...appName,
          '--certificateFile',
          o.certPublic ?? '',
          '--certificateDisplayName',
          o.appName,
          '--apisApplication',
          SHAREPOINT_SITES_SELECTED,
          '--grantAdminConsent',
          '--uri',
          o.apiUri,
          '--scopeName',
          API_SCOPE,
          '--scopeConsentBy',
          'admins',
          '--scopeAdminConsentDisplayName',
          `Use ${o.appName}`,
          '--scopeAdminConsentDescription',
          'Lets the Frontline Visits web parts call the Frontline service as the signed-in user'
        )
      ],
      capture: [{ name: 'appId', field: 'appId' }]
    },
    {
      id: 'site',
      title: `Site ${o.site}`,
      changes: `creates the communication site "${o.title}" at ${o.site}`,
      check: { command: m365('spo', 'site', 'get', '--url', o.site), done: { kind: 'exists' } },
      change: [m365('spo', 'site', 'add', '--type', 'CommunicationSite', '--url', o.site, '--title', o.title)]
    },
    {
      id: 'site-permission',
      title: `Sites.Selected grant on ${o.site}`,
      changes:
        `gives "${o.appName}" Full Control of ${o.site} alone (provisioning and the service break ` +
        'permission inheritance and share items, which needs Full Control)',
      check: {
        command: m365('spo', 'site', 'apppermission', 'list', '--siteUrl', o.site, '--appId', '{appId}'),
        done: { kind: 'listHas', where: { appId: '{appId}', roles: 'fullcontrol' } }
      },
      change: [
        m365(
          'spo',
          'site',
          'apppermission',
          'add',
          '--siteUrl',
          o.site,
          '--appId',
          '{appId}',
          '--permission',
          'fullcontrol'
        )
      ]
    },
    {
      id: 'provision',
      title: 'Lists, fields and permissions (npm run provision)',
      changes: 'creates or upgrades every list and field, the groups and permissions; a second run changes nothing',
      change: [
        {
          tool: 'npm',
          args: ['run', 'provision'],
          env: {
            SP_SITE_URL: o.site,
            SP_TENANT_ID: '{tenantId}',
            SP_CLIENT_ID: '{appId}',
            SP_CERT_PATH: o.cert ?? '',
            ...(o.officers ? { FRONTLINE_OFFICERS: o.officers } : {})
          }
        }
      ]
    },
    {
      id: 'sppkg',
      title: `Web parts ${SPPKG_NAME} ${solution.version}, deployed`,
      changes: `uploads ${SPPKG_PATH} to the tenant app catalog and deploys it to every site`,
      check: {
        command: m365('spo', 'app', 'get', '--name', SPPKG_NAME),
        done: { kind: 'fields', fields: { AppCatalogVersion: solution.version, Deployed: true } }
      },
      change: [
        m365('spo', 'app', 'add', '--filePath', SPPKG_PATH, '--overwrite'),
        m365('spo', 'app', 'deploy', '--name', SPPKG_NAME, '--skipFeatureDeployment')
      ]
    },
    {
      id: 'api-permission',
      title: `API access: ${API_RESOURCE} ${API_SCOPE}`,
      changes: `approves the .sppkg's request, so the web parts can call the Frontline service as the signed-in user`,
      check: {
        command: m365('spo', 'serviceprincipal', 'grant', 'list'),
        done: { kind: 'listHas', where: { Resource: API_RESOURCE, Scope: API_SCOPE } }
      },
      change: [m365('spo', 'serviceprincipal', 'permissionrequest', 'approve', '--resource', API_RESOURCE)]
    },
    storageEntity(o, STORAGE_KEYS.serviceUrl, serviceUrl, 'the Frontline service the web parts call'),
    storageEntity(o, STORAGE_KEYS.appIdUri, o.apiUri, "the Frontline service's application ID URI"),
    {
      id: 'teams-app',
      title: 'Teams app in the organisation catalogue',
      changes:
        `builds ${TEAMS_ZIP_PATH} for the bot ${o.botId} at ${hostOf(serviceUrl)}, then publishes it ` +
        '(or, when the app is already there, replaces its package)',
      check: {
        command: m365('teams', 'app', 'list', '--distributionMethod', 'organization'),
        done: { kind: 'listHas', where: { externalId: solution.teamsAppId } }
      },
      change: [teamsPackage(o, serviceUrl), m365('teams', 'app', 'publish', '--filePath', TEAMS_ZIP_PATH)],
      whenDone: [
        teamsPackage(o, serviceUrl),
        m365('teams', 'app', 'update', '--id', '{teamsAppId}', '--filePath', TEAMS_ZIP_PATH)
      ],
      capture: [{ name: 'teamsAppId', field: 'id' }]
    }
  ];
}

function teamsPackage(o: SetupOptions, serviceUrl: string): Command {
  return {
    tool: 'npm',
    args: ['run', 'package:teams'],
    env: { BOT_ID: o.botId ?? '', BOT_DOMAIN: hostOf(serviceUrl) }
  };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
