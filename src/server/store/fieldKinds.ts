// Field kinds (FieldTypeKind) the server supports and how each is typed and stored.

export interface KindInfo {
  typeAsString: string;
  odataType: string;
  displayName: string;
  edm: string;
  sql: string;
  indexable: boolean;
  filterable: boolean;
}

export const KINDS: Record<number, KindInfo> = {
  1: {
    typeAsString: 'Integer',
    odataType: 'SP.FieldNumber',
    displayName: 'Integer',
    edm: 'Edm.Int32',
    sql: 'INTEGER',
    indexable: true,
    filterable: true
  },
  2: {
    typeAsString: 'Text',
    odataType: 'SP.FieldText',
    displayName: 'Single line of text',
    edm: 'Edm.String',
    sql: 'TEXT COLLATE NOCASE',
    indexable: true,
    filterable: true
  },
  3: {
    typeAsString: 'Note',
    odataType: 'SP.FieldMultiLineText',
    displayName: 'Multiple lines of text',
    edm: 'Edm.String',
    sql: 'TEXT',
    indexable: false,
    filterable: false
  },
  4: {
    typeAsString: 'DateTime',
    odataType: 'SP.FieldDateTime',
    displayName: 'Date and Time',
    edm: 'Edm.DateTime',
    sql: 'TEXT',
    indexable: true,
    filterable: true
  },
  5: {
    typeAsString: 'Counter',
    odataType: 'SP.Field',
    displayName: 'Counter',
    edm: 'Edm.Int32',
    sql: 'INTEGER',
    indexable: true,
    filterable: true
  },
  6: {
    typeAsString: 'Choice',
    odataType: 'SP.FieldChoice',
    displayName: 'Choice',
    edm: 'Edm.String',
    sql: 'TEXT COLLATE NOCASE',
    indexable: true,
    filterable: true
  },
  8: {
    typeAsString: 'Boolean',
    odataType: 'SP.Field',
    displayName: 'Yes/No',
    edm: 'Edm.Boolean',
    sql: 'INTEGER',
    indexable: true,
    filterable: true
  },
  9: {
    typeAsString: 'Number',
    odataType: 'SP.FieldNumber',
    displayName: 'Number',
    edm: 'Edm.Double',
    sql: 'REAL',
    indexable: true,
    filterable: true
  },
  10: {
    typeAsString: 'Currency',
    odataType: 'SP.FieldCurrency',
    displayName: 'Currency',
    edm: 'Edm.Double',
    sql: 'REAL',
    indexable: true,
    filterable: true
  },
  14: {
    typeAsString: 'Guid',
    odataType: 'SP.FieldGuid',
    displayName: 'Guid',
    edm: 'Edm.Guid',
    sql: 'TEXT',
    indexable: true,
    filterable: true
  },
  15: {
    typeAsString: 'MultiChoice',
    odataType: 'SP.FieldMultiChoice',
    displayName: 'Choice',
    edm: 'Collection(Edm.String)',
    sql: 'TEXT',
    indexable: false,
    filterable: true
  },
  20: {
    typeAsString: 'User',
    odataType: 'SP.FieldUser',
    displayName: 'Person or Group',
    edm: 'Edm.Int32',
    sql: 'INTEGER',
    indexable: true,
    filterable: true
  }
};

/** FieldTypeKind from a verbose __metadata.type, for bodies that omit FieldTypeKind. */
export const KIND_BY_ODATA_TYPE: Record<string, number> = {
  'SP.FieldText': 2,
  'SP.FieldMultiLineText': 3,
  'SP.FieldDateTime': 4,
  'SP.FieldChoice': 6,
  'SP.FieldNumber': 9,
  'SP.FieldCurrency': 10,
  'SP.FieldMultiChoice': 15,
  'SP.FieldUser': 20
};

export function kindInfo(kind: number): KindInfo {
  return KINDS[kind] ?? KINDS[2];
}
