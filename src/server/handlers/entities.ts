// JSON shapes of SharePoint resources (web, list, field, user, group, role definition), built as
// Entities so the same description serves minimal, verbose and no-metadata responses.
import { Ctx } from '../http/context';
import { Entity, complex, entity } from '../http/format';
import { FieldDef, kindInfo } from '../store/fieldTypes';
import { ListInfo } from '../store/listsRepo';
import { PrincipalRow } from '../store/principalsRepo';
import { Mask, RoleDef } from '../security/roles';

export const listEditLink = (l: ListInfo): string => `Web/Lists(guid'${l.guid}')`;

export function webEntity(ctx: Ctx): Entity {
  const w = ctx.store.web();
  const uri = `${ctx.site.webUrl}/_api/Web`;
  return entity({
    type: 'SP.Web',
    uri,
    editLink: 'Web',
    props: {
      Created: w.created,
      Description: w.description,
      Id: w.webId,
      Language: 1033,
      LastItemModifiedDate: w.created,
      ServerRelativeUrl: ctx.site.sitePath,
      Title: w.title,
      Url: ctx.site.webUrl,
      WebTemplate: 'STS',
      Configuration: 0
    }
  });
}

export function listProps(ctx: Ctx, l: ListInfo, itemCount: number): Record<string, unknown> {
  return {
    AllowContentTypes: l.props.AllowContentTypes ?? false,
    BaseTemplate: l.base_template,
    BaseType: 0,
    ContentTypesEnabled: l.props.ContentTypesEnabled ?? false,
    Created: l.created,
    Description: l.props.Description ?? '',
    EnableAttachments: l.props.EnableAttachments ?? true,
    EnableMinorVersions: false,
    EnableVersioning: l.props.EnableVersioning ?? false,
    EntityTypeName: l.entity_name,
    Hidden: l.props.Hidden ?? false,
    Id: l.guid,
    ItemCount: itemCount,
    LastItemModifiedDate: l.last_item_modified,
    LastItemUserModifiedDate: l.last_item_modified,
    ListItemEntityTypeFullName: `SP.Data.${l.entity_name}Item`,
    MajorVersionLimit: l.props.MajorVersionLimit ?? 50,
    NoCrawl: l.props.NoCrawl ?? false,
    OnQuickLaunch: l.props.OnQuickLaunch ?? false,
    ParentWebUrl: ctx.site.sitePath,
    Title: l.title,
    ...Object.fromEntries(Object.entries(l.props).filter(([k]) => !['Title', 'BaseTemplate'].includes(k)))
  };
}

export function listEntity(ctx: Ctx, l: ListInfo, extra: Record<string, unknown> = {}): Entity {
  const uri = `${ctx.site.webUrl}/_api/${listEditLink(l)}`;
  return entity({
    type: 'SP.List',
    uri,
    editLink: listEditLink(l),
    etag: `"${l.version}"`,
    props: { ...listProps(ctx, l, ctx.store.lists.itemCount(l.id)), ...extra }
  });
}

export function fieldEntity(ctx: Ctx, l: ListInfo, f: FieldDef): Entity {
  const info = kindInfo(f.kind);
  const editLink = `${listEditLink(l)}/Fields(guid'${f.guid}')`;
  const props: Record<string, unknown> = {
    CanBeDeleted: !f.builtin,
    DefaultValue: f.props.DefaultValue ?? null,
    Description: f.props.Description ?? '',
    EnforceUniqueValues: f.props.EnforceUniqueValues ?? false,
    EntityPropertyName: f.internalName.startsWith('_') ? `OData_${f.internalName}` : f.internalName,
    FieldTypeKind: f.kind,
    Group: f.props.Group ?? (f.builtin ? '_Hidden' : 'Custom Columns'),
    Hidden: f.props.Hidden ?? false,
    Id: f.guid,
    Indexed: f.internalName === 'ID' ? false : (f.props.Indexed ?? false),
    InternalName: f.internalName,
    ReadOnlyField: f.props.ReadOnlyField ?? false,
    Required: f.props.Required ?? false,
    Sealed: f.builtin,
    StaticName: f.internalName,
    Title: f.title,
    TypeAsString: info.typeAsString,
    TypeDisplayName: info.displayName,
    ...Object.fromEntries(Object.entries(f.props).filter(([k]) => k !== 'Choices'))
  };
  if (f.kind === 6 || f.kind === 15) {
    props.Choices = f.props.Choices ?? [];
    // Fields created before the server stored it report SharePoint's default.
    props.FillInChoice = f.props.FillInChoice ?? false;
  }
  return entity({ type: info.odataType, uri: `${ctx.site.webUrl}/_api/${editLink}`, editLink, props });
}

export function userEntity(ctx: Ctx, u: PrincipalRow): Entity {
  const editLink = `Web/GetUserById(${u.id})`;
  return entity({
    type: 'SP.User',
    uri: `${ctx.site.webUrl}/_api/${editLink}`,
    editLink,
    props: {
      Id: u.id,
      IsHiddenInUI: false,
      LoginName: u.login_name,
      Title: u.title,
      PrincipalType: 1,
      Email: u.email ?? '',
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: u.is_site_admin === 1,
      UserId: complex('SP.UserIdInfo', { NameId: u.email ?? '', NameIdIssuer: 'urn:federation:microsoftonline' }),
      UserPrincipalName: u.email
    }
  });
}

export function groupEntity(ctx: Ctx, g: PrincipalRow): Entity {
  const editLink = `Web/SiteGroups/GetById(${g.id})`;
  const owner = g.owner_id !== null ? ctx.store.principals.byId(g.owner_id) : undefined;
  return entity({
    type: 'SP.Group',
    uri: `${ctx.site.webUrl}/_api/${editLink}`,
    editLink,
    props: {
      Id: g.id,
      IsHiddenInUI: false,
      LoginName: g.login_name,
      Title: g.title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: g.description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: owner?.title ?? g.title,
      RequestToJoinLeaveEmailSetting: null
    }
  });
}

export function principalEntity(ctx: Ctx, p: PrincipalRow): Entity {
  return p.kind === 'group' ? groupEntity(ctx, p) : userEntity(ctx, p);
}

export const maskComplex = (m: Mask) => complex('SP.BasePermissions', { High: String(m.high), Low: String(m.low) });

export function roleEntity(ctx: Ctx, r: RoleDef): Entity {
  const editLink = `Web/RoleDefinitions(${r.id})`;
  return entity({
    type: 'SP.RoleDefinition',
    uri: `${ctx.site.webUrl}/_api/${editLink}`,
    editLink,
    props: {
      BasePermissions: maskComplex(r.mask),
      Description: r.description,
      Hidden: r.hidden,
      Id: r.id,
      Name: r.name,
      Order: r.order,
      RoleTypeKind: r.type
    }
  });
}
