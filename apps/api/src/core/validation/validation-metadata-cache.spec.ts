import { IsInt, IsString, MinLength, getMetadataStorage, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it('answers from the cache: the storage walks its classes once per class', () => {
    class Input {
      @IsString()
      name!: string;
    }
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Input, '', false, false);
    expect(first).toHaveLength(1);
    expect(storage.getTargetValidationMetadatas(Input, '', false, false)).toBe(first);
    expect(validateSync(Object.assign(new Input(), { name: 3 }))).toHaveLength(1);
    expect(validateSync(Object.assign(new Input(), { name: 'Sở Nội vụ' }))).toHaveLength(0);
  });

  it('sees the rules of a class declared later, and inherited ones', () => {
    class Base {
      @IsInt()
      year!: number;
    }
    expect(validateSync(Object.assign(new Base(), { year: 'x' }))).toHaveLength(1);
    // declared after Base was validated: its own rule and Base's both apply
    class Derived extends Base {
      @MinLength(3)
      code!: string;
    }
    const errors = validateSync(Object.assign(new Derived(), { year: 'x', code: 'a' }));
    expect(errors.map((e) => e.property).sort()).toEqual(['code', 'year']);
  });

  it('is installed once, however many pipes are made', () => {
    const storage = getMetadataStorage();
    const method = storage.getTargetValidationMetadatas;
    cacheValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(method);
  });
});
