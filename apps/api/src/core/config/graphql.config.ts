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
  @IsString()
  GRAPHQL_SCHEMA_FILE?: string;
}

export const graphqlConfig = defineConfig('graphql', GraphqlEnv, (env) => ({
  maxDepth: env.GRAPHQL_MAX_DEPTH ?? 10,
  maxComplexity: env.GRAPHQL_MAX_COMPLEXITY ?? 2000,
  /** Where the printed schema is written at boot outside production ("" or unset in production: nowhere). */
  schemaFile:
    env.GRAPHQL_SCHEMA_FILE ??
    (process.env['NODE_ENV'] === 'production' ? undefined : 'apps/api/schema.gql'),
}));

export type GraphqlConfig = ReturnType<typeof graphqlConfig.load>;
