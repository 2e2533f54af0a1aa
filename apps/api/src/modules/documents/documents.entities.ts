import { IssuedNumberEntity } from './issued-number.entity';
import { NumberRegisterEntity } from './number-register.entity';

export const DOCUMENT_ENTITIES = [NumberRegisterEntity, IssuedNumberEntity];
