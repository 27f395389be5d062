/**
 * The `app://kb/` protocol handler as a plain function of a fetch Request, so it is tested
 * without Electron (tests/electron/appServing.test.ts drives it beside the web server).
 * The answer comes from appResponse.ts, the policy `npm run web` serves with too; this adds
 * only the origin check (other hosts of the scheme are refused) and the refusal log.
 */
import { rawPathOfAppUrl } from './appPath.js';
import { appResponse } from './appResponse.js';
import type { RefusalLogger } from './refusalLog.js';

/** Answers one app:// request from files under `rendererRoot`. */
export function appSchemeHandler(rendererRoot: string, logRefusal: RefusalLogger): (request: Request) => Promise<Response> {
  return async (request) => {
    // Off the origin or unparsable: null, answered as a missing file by the same policy.
    const answer = await appResponse(request.method, rawPathOfAppUrl(request.url), rendererRoot);
    if (answer.refusal !== undefined) logRefusal(`app:// ${answer.refusal}`, request.url);
    // Response takes a BodyInit: a Buffer is a Uint8Array view of the same bytes.
    const body = answer.body === null || typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
    return new Response(body, { status: answer.status, headers: answer.headers });
  };
}
