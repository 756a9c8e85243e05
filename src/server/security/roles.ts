// SharePoint's built-in permission levels (role definitions) and base permission bits.

export interface Mask {
  high: number;
  low: number;
}

export interface RoleDef {
  id: number;
  name: string;
  type: number;
  order: number;
  hidden: boolean;
  description: string;
  mask: Mask;
}

export const ROLE = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limitedAccess: 1073741825
} as const;

export const ROLE_DEFS: RoleDef[] = [
  {
    id: ROLE.fullControl,
    name: 'Full Control',
    type: 5,
    order: 1,
    hidden: false,
    description: 'Has full control.',
    mask: { high: 2147483647, low: 4294967295 }
  },
  {
    id: ROLE.design,
    name: 'Design',
    type: 4,
    order: 32,
    hidden: false,
    description: 'Can view, add, update, delete, approve, and customize.',
    mask: { high: 432, low: 1012866047 }
  },
  {
    id: ROLE.edit,
    name: 'Edit',
    type: 6,
    order: 48,
    hidden: false,
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    mask: { high: 432, low: 1011030767 }
  },
  {
    id: ROLE.contribute,
    name: 'Contribute',
    type: 3,
    order: 64,
    hidden: false,
    description: 'Can view, add, update, and delete list items and documents.',
    mask: { high: 432, low: 1011028719 }
  },
  {
    id: ROLE.read,
    name: 'Read',
    type: 2,
    order: 128,
    hidden: false,
    description: 'Can view pages and list items and download documents.',
    mask: { high: 176, low: 138612833 }
  },
  {
    id: ROLE.limitedAccess,
    name: 'Limited Access',
    type: 1,
    order: 160,
    hidden: true,
    description:
      'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    mask: { high: 48, low: 134418528 }
  }
];

/** PermissionKind values (as in @pnp/sp's PermissionKind enum). */
export const Perm = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ViewVersions: 7,
  ManageLists: 12,
  Open: 17,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  EnumeratePermissions: 63
} as const;

export const EMPTY_MASK: Mask = { high: 0, low: 0 };
export const FULL_MASK: Mask = { high: 2147483647, low: 4294967295 };

export function roleById(id: number): RoleDef | undefined {
  return ROLE_DEFS.find((r) => r.id === id);
}

export function combine(a: Mask, b: Mask): Mask {
  return { high: (a.high | b.high) >>> 0, low: (a.low | b.low) >>> 0 };
}

/** True when `a` grants every permission `b` does. */
export function covers(a: Mask, b: Mask): boolean {
  return (a.high & b.high) >>> 0 === b.high && (a.low & b.low) >>> 0 === b.low;
}

/** Same bit arithmetic as SP.BasePermissions.has / PnPjs hasPermissions. */
export function has(mask: Mask, perm: number): boolean {
  const bit = perm - 1;
  if (bit < 32) return ((mask.low >>> bit) & 1) === 1;
  return ((mask.high >>> (bit - 32)) & 1) === 1;
}

/** Role definitions that grant a permission (used to build security-trimming SQL). */
export function rolesGranting(perm: number): number[] {
  return ROLE_DEFS.filter((r) => has(r.mask, perm)).map((r) => r.id);
}
