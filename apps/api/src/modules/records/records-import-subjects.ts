import { foldVietnamese, type IsoDate } from '@thidua/shared-domain';
import { isWithinPath } from '../../core/auth/actor';
import { inScope, type UnitScope } from '../../core/auth/unit-scope';
import type { RequestContext } from '../../core/context/request-context';
import { cacheByIds } from '../../core/excel/excel-export';
import { codeKey, text, type SourceRow } from '../../core/excel/excel-import';
import type { OrgService } from '../org/org.service';
import type { PeopleService } from '../people/people.service';
import { postOn, type RecordsService, type ResolvedSubject } from './records.service';

type UnitEntity = NonNullable<Awaited<ReturnType<OrgService['findById']>>>;
type PersonEntity = NonNullable<Awaited<ReturnType<PeopleService['findById']>>>;

export const SUBJECT_IMPORT_MESSAGES = {
  unknownUnit: (code: string) => `không tìm thấy đơn vị có mã "${code}".`,
  unitOutOfScope: (code: string) =>
    `bạn không có quyền cập nhật hồ sơ thành tích của đơn vị có mã "${code}".`,
  unknownPerson: (code: string) => `không tìm thấy cán bộ có mã "${code}".`,
  notThere: (name: string, unit: string) =>
    `${name} không công tác tại đơn vị "${unit}" (hoặc đơn vị trực thuộc).`,
  noPost: (name: string) => `${name} chưa có vị trí công tác: cần ghi mã đơn vị.`,
  nameDiffers: (code: string, name: string) =>
    `họ và tên không khớp với cán bộ có mã "${code}" (${name}).`,
  needSubject: 'cần mã nhân sự, hoặc mã đơn vị (kết quả của tập thể).',
  householdNeedsUnit: 'hộ gia đình cần mã đơn vị (xã, phường nơi cư trú).',
  personAndHousehold: 'một dòng chỉ ghi cho cán bộ hoặc hộ gia đình, không cả hai.',
};

type At = (key: string, message: string) => void;

/**
 * Who each row of a records import is about, decided as `RecordsService.resolveSubject` decides it
 * (the same default post, the same scope), for the whole file in a few queries: the people and units
 * the file names, the people's posts and those posts' unit paths, the caller's RECORDS_MANAGE scope.
 */
export class ImportSubjects {
  private constructor(
    private readonly people: Map<string, PersonEntity>,
    private readonly units: Map<string, UnitEntity>,
    private readonly posts: Map<
      string,
      { unitId: string; startedOn: string; endedOn: string | null }[]
    >,
    private readonly unitsById: Map<string, UnitEntity>,
    private readonly scope: UnitScope,
  ) {}

  static async read(
    ctx: RequestContext,
    source: SourceRow[],
    org: OrgService,
    peopleService: PeopleService,
    records: RecordsService,
  ): Promise<ImportSubjects> {
    const people = await peopleService.findByCodes(
      source.map((r) => text(r.values['personCode'])).filter((c) => c !== null),
    );
    const units = await org.findByCodes([
      ...new Set(source.map((r) => codeKey(r.values['unitCode'])).filter((c) => c !== null)),
    ]);
    const ids = [...people.values()].map((p) => p.id);
    const posts = new Map<
      string,
      { unitId: string; startedOn: string; endedOn: string | null }[]
    >();
    const unitIds = new Set<string>();
    if (ids.length) {
      const lists = Array.from(await peopleService.positionsOf.batch(ids));
      ids.forEach((id, i) => {
        const list = lists[i];
        const value = list && !(list instanceof Error) ? list : [];
        posts.set(id, value);
        for (const p of value) unitIds.add(p.unitId);
      });
    }
    const unitsById = new Map<string, UnitEntity>([...units.values()].map((u) => [u.id, u]));
    await cacheByIds(unitsById, [...unitIds], org.unitById.batch);
    return new ImportSubjects(people, units, posts, unitsById, await records.manageScope(ctx));
  }

  /** The row's subject on `day` (its year's end for yearly records), or null with problems added. */
  subjectOf(r: SourceRow, day: IsoDate, at: At, allowHousehold: boolean): ResolvedSubject | null {
    const v = r.values;
    const personCode = text(v['personCode']);
    const unitCode = text(v['unitCode']);
    const household = allowHousehold ? text(v['householdName']) : null;
    let unit: UnitEntity | null = null;
    if (unitCode) {
      unit = this.units.get(unitCode.toUpperCase()) ?? null;
      if (!unit) {
        at('unitCode', SUBJECT_IMPORT_MESSAGES.unknownUnit(unitCode));
        return null;
      }
    }
    if (household) {
      if (personCode)
        return (at('householdName', SUBJECT_IMPORT_MESSAGES.personAndHousehold), null);
      if (!unit) return (at('unitCode', SUBJECT_IMPORT_MESSAGES.householdNeedsUnit), null);
      if (!this.manages(unit, at)) return null;
      return {
        subject: 'HOUSEHOLD',
        personId: null,
        unit,
        subjectName: household,
        householdAddress: text(v['householdAddress']),
      };
    }
    if (personCode) {
      const person = this.people.get(personCode.toUpperCase());
      const posts = person ? (this.posts.get(person.id) ?? []) : [];
      const pathOf = (unitId: string) => this.unitsById.get(unitId)?.path ?? '';
      // a person the caller manages nowhere is unknown to it, as the mutation says
      if (!person || !posts.some((p) => inScope(this.scope, pathOf(p.unitId)))) {
        at('personCode', SUBJECT_IMPORT_MESSAGES.unknownPerson(personCode));
        return null;
      }
      const typed = text(v['fullName']);
      if (typed && foldVietnamese(typed) !== foldVietnamese(person.fullName)) {
        at('fullName', SUBJECT_IMPORT_MESSAGES.nameDiffers(personCode, person.fullName));
        return null;
      }
      if (unit) {
        const at_ = unit;
        if (!posts.some((p) => isWithinPath(pathOf(p.unitId), at_.path))) {
          at('unitCode', SUBJECT_IMPORT_MESSAGES.notThere(person.fullName, unit.name));
          return null;
        }
      } else {
        const post = postOn(posts, day);
        unit = post ? (this.unitsById.get(post.unitId) ?? null) : null;
        if (!unit) return (at('unitCode', SUBJECT_IMPORT_MESSAGES.noPost(person.fullName)), null);
      }
      if (!this.manages(unit, at)) return null;
      return {
        subject: 'INDIVIDUAL',
        personId: person.id,
        unit,
        subjectName: person.fullName,
        householdAddress: null,
      };
    }
    if (!unit) return (at('personCode', SUBJECT_IMPORT_MESSAGES.needSubject), null);
    if (!this.manages(unit, at)) return null;
    return {
      subject: 'COLLECTIVE',
      personId: null,
      unit,
      subjectName: unit.name,
      householdAddress: null,
    };
  }

  private manages(unit: UnitEntity, at: At): boolean {
    if (inScope(this.scope, unit.path)) return true;
    // scope first: nothing about a unit outside the caller's reach but the code they typed
    at('unitCode', SUBJECT_IMPORT_MESSAGES.unitOutOfScope(unit.code));
    return false;
  }
}
