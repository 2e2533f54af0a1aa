import { IsOptional, IsUrl } from 'class-validator';
import { defineConfig } from '../../core/config/define-config';

class DecisionsEnv {
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    {
      message:
        'PUBLIC_URL phải là địa chỉ http(s) của trang công khai, ví dụ https://thidua.backan.gov.vn',
    },
  )
  PUBLIC_URL?: string;
}

/**
 * Where the public pages live, for links printed on paper (the certificates' QR codes open
 * `<PUBLIC_URL>/xac-minh/<code>`). Unset: the origin of the request that asked for the print, which is
 * right whenever officers reach the server at its public address; behind a proxy that rewrites the
 * host, set it. Loaded when the decisions module starts, so a wrong value stops the boot naming it.
 */
export const decisionsConfig = defineConfig('decisions', DecisionsEnv, (env) => ({
  publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
}));

export type DecisionsConfig = ReturnType<typeof decisionsConfig.load>;
