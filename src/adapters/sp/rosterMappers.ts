// The mappers of the lists the rota is drawn from: Councillors, Teams and QA Calendar.
import type { Councillor, QaActivity, Team } from '../../core/model';
import { COUNCILLORS_LIST, QA_LIST, TEAMS_LIST, selectFields } from '../../lists/schema';
import { etagOf, pick, same, type Mapper } from './mapperCore';
import { fromLines, fromMulti, fromSpDate, lowerEmail, optStr, str, toLines, toSpDate } from './values';

export const councillorMapper: Mapper<Councillor> = {
  select: selectFields(COUNCILLORS_LIST),
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    name: str(i.Title),
    email: lowerEmail(i.Email),
    aadObjectId: optStr(i.AadObjectId),
    committees: fromMulti(i.Committees),
    secondVisitVolunteer: i.SecondVisitVolunteer === true,
    dataProtectionTrainingDate: fromSpDate(i.DataProtectionTrainingDate),
    dbsCheckDate: fromSpDate(i.DbsCheckDate),
    active: i.Active !== false
  }),
  toItem: (c) =>
    pick<Councillor>(c, {
      name: ['Title', same],
      email: ['Email', (v) => lowerEmail(v)],
      aadObjectId: ['AadObjectId', same],
      committees: ['Committees', (v) => v ?? []],
      secondVisitVolunteer: ['SecondVisitVolunteer', (v) => v === true],
      dataProtectionTrainingDate: ['DataProtectionTrainingDate', toSpDate],
      dbsCheckDate: ['DbsCheckDate', toSpDate],
      active: ['Active', (v) => v !== false]
    })
};

export const teamMapper: Mapper<Team> = {
  select: selectFields(TEAMS_LIST),
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    name: str(i.Title),
    area: str(i.Area),
    serviceManagerEmail: lowerEmail(i.ServiceManagerEmail),
    headOfServiceEmail: lowerEmail(i.HeadOfServiceEmail),
    location: str(i.Location)
  }),
  toItem: (t) =>
    pick<Team>(t, {
      name: ['Title', same],
      area: ['Area', same],
      serviceManagerEmail: ['ServiceManagerEmail', (v) => lowerEmail(v)],
      headOfServiceEmail: ['HeadOfServiceEmail', (v) => lowerEmail(v)],
      location: ['Location', same]
    })
};

export const qaMapper: Mapper<QaActivity> = {
  select: selectFields(QA_LIST),
  fromItem: (i) => ({
    id: Number(i.Id),
    etag: etagOf(i),
    title: str(i.Title),
    kind: (optStr(i.Kind) ?? 'Other') as QaActivity['kind'],
    start: fromSpDate(i.Start) ?? '',
    end: fromSpDate(i.End) ?? '',
    areas: fromLines(i.Areas)
  }),
  toItem: (q) =>
    pick<QaActivity>(q, {
      title: ['Title', same],
      kind: ['Kind', same],
      start: ['Start', toSpDate],
      end: ['End', toSpDate],
      areas: ['Areas', toLines]
    })
};
