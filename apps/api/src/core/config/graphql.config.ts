import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { defineConfig } from './define-config';

class GraphqlEnv {
  @IsOptional()
  @IsInt({ message: 'GRAPHQL_MAX_DEPTH phải là số nguyên từ 3 đến 50' })
  @Min(3, { message: 'GRAPHQL_MAX_DEPTH phải là số nguyên từ 3 đến 50' })
  @Max(50, { message: 'GRAPHQL_MAX_DEPTH phải là số nguyên từ 3 đến 50' })
  GRAPHQL_MAX_DEPTH?: number;

  @IsOptional()
  @IsInt({ message: 'GRAPHQL_MAX_COMPLEXITY phải là số nguyên từ 10 đến 100000' })
  @Min(10, { message: 'GRAPHQL_MAX_COMPLEXITY phải là số nguyên từ 10 đến 100000' })
  @Max(100000, { message: 'GRAPHQL_MAX_COMPLEXITY phải là số nguyên từ 10 đến 100000' })
  GRAPHQL_MAX_COMPLEXITY?: number;

  @IsOptional()
  @IsInt({ message: 'GRAPHQL_MAX_ALIASES phải là số nguyên từ 0 đến 1000' })
  @Min(0, { message: 'GRAPHQL_MAX_ALIASES phải là số nguyên từ 0 đến 1000' })
  @Max(1000, { message: 'GRAPHQL_MAX_ALIASES phải là số nguyên từ 0 đến 1000' })
  GRAPHQL_MAX_ALIASES?: number;

  @IsOptional()
  @IsInt({ message: 'GRAPHQL_MAX_TOKENS phải là số nguyên từ 500 đến 100000' })
  @Min(500, { message: 'GRAPHQL_MAX_TOKENS phải là số nguyên từ 500 đến 100000' })
  @Max(100000, { message: 'GRAPHQL_MAX_TOKENS phải là số nguyên từ 500 đến 100000' })
  GRAPHQL_MAX_TOKENS?: number;

  @IsOptional()
  @IsInt({ message: 'GRAPHQL_JIT_AFTER phải là số nguyên từ 0 đến 1000' })
  @Min(0, { message: 'GRAPHQL_JIT_AFTER phải là số nguyên từ 0 đến 1000' })
  @Max(1000, { message: 'GRAPHQL_JIT_AFTER phải là số nguyên từ 0 đến 1000' })
  GRAPHQL_JIT_AFTER?: number;

  @IsOptional()
  @IsString()
  GRAPHQL_SCHEMA_FILE?: string;
}

export const graphqlConfig = defineConfig('graphql', GraphqlEnv, (env) => ({
  maxDepth: env.GRAPHQL_MAX_DEPTH ?? 10,
  /**
   * Cost units (core/graphql/limits.plugin.ts: a property 1, a resolver 10, lists × `first`). The
   * largest SPA operation at its largest page size (100) costs 6,615 (Users: each row's unit and
   * role assignments are resolvers); 10,000 leaves it half again as much room.
   */
  maxComplexity: env.GRAPHQL_MAX_COMPLEXITY ?? 10000,
  /**
   * Aliased fields per operation. Each alias runs its resolver again (same-named fields merge, aliases
   * do not): 1,000 aliases of `me` made 4,000 queries in 16 s. The SPA uses none; 30 leaves integrators
   * room to fetch a few records side by side.
   */
  maxAliases: env.GRAPHQL_MAX_ALIASES ?? 30,
  /**
   * Lexical tokens per document, counted by the parser, which stops at the limit: a huge document is
   * refused before it is built or validated. The largest SPA operation with its fragments has ~500.
   */
  maxTokens: env.GRAPHQL_MAX_TOKENS ?? 3000,
  /**
   * The run of the same operation at which it is compiled by graphql-jit (core/graphql/jit-executor.ts);
   * 0 runs every operation with graphql-js. 2: an operation sent once (a one-off integrator query, a
   * hostile document) is never compiled; the SPA's operations are compiled at their second use.
   */
  jitAfter: env.GRAPHQL_JIT_AFTER ?? 2,
  /** Where the printed schema is written at boot outside production ("" or unset in production: nowhere). */
  schemaFile:
    env.GRAPHQL_SCHEMA_FILE ??
    (process.env['NODE_ENV'] === 'production' ? undefined : 'apps/api/schema.gql'),
}));

export type GraphqlConfig = ReturnType<typeof graphqlConfig.load>;
