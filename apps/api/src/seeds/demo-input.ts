import { createValidationPipe } from '../core/validation/validation.pipe';

const pipe = createValidationPipe();

/**
 * `body` checked and transformed by the API's validation pipe into `metatype`, as a client's request
 * body is: demo data passes exactly the rules a client's does (a seed that breaks one fails the boot).
 */
export async function demoInput<T extends object>(
  metatype: new () => T,
  body: Record<string, unknown>,
): Promise<T> {
  return (await pipe.transform(body, { type: 'body', metatype })) as T;
}
