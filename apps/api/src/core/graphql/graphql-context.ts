import type { Response } from 'express';
import type { StatefulRequest } from '../auth/request-state';
import { LoaderCache } from './loaders';

export interface GraphqlContext {
  req: StatefulRequest;
  res: Response;
  loaders: LoaderCache;
}

export function createGraphqlContext({
  req,
  res,
}: {
  req: StatefulRequest;
  res: Response;
}): GraphqlContext {
  return { req, res, loaders: new LoaderCache() };
}
