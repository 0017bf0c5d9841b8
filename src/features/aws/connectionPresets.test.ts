import { describe, expect, it } from 'vitest';
import { applyPreset, fieldsReady, LOCAL_ENDPOINT, localCommand, presetOf, type ConnectionFields } from './connectionPresets.ts';

const PROXY = 'http://127.0.0.1:5173/aws-proxy';
const aws: ConnectionFields = { region: 'eu-west-1', accessKeyId: 'AKIAREAL', secretAccessKey: 'secret', sessionToken: 'tok', endpoint: '', proxyUrl: PROXY };

describe('connection presets', () => {
  it('Local endpoint: its URL, dummy credentials, no session token, no proxy; the region kept', () => {
    const local = applyPreset('local', aws, PROXY);
    expect(local).toEqual({ region: 'eu-west-1', accessKeyId: 'local', secretAccessKey: 'local', sessionToken: '', endpoint: LOCAL_ENDPOINT, proxyUrl: '' });
    expect(presetOf(local)).toBe('local');
    expect(fieldsReady(local)).toBe(true);
  });

  it('AWS after Local: the proxy back, the endpoint and the dummy credentials cleared', () => {
    const back = applyPreset('aws', applyPreset('local', aws, PROXY), PROXY);
    expect(back).toEqual({ region: 'eu-west-1', accessKeyId: '', secretAccessKey: '', sessionToken: '', endpoint: '', proxyUrl: PROXY });
    expect(presetOf(back)).toBe('aws');
  });

  it('AWS keeps real credentials when it was already AWS', () => {
    expect(applyPreset('aws', aws, PROXY)).toEqual(aws);
  });

  it('needs a proxy unless calls go to a custom endpoint', () => {
    expect(fieldsReady({ ...aws, proxyUrl: '' })).toBe(false);
    expect(fieldsReady({ ...aws, proxyUrl: '', endpoint: 'http://127.0.0.1:9000' })).toBe(true);
    expect(presetOf({ ...aws, endpoint: 'http://127.0.0.1:9000' })).toBe('aws');
  });

  it('names --allow-origin only for an origin the endpoint does not allow by default', () => {
    expect(localCommand('http://127.0.0.1:5173')).toBe('npx asl-studio local');
    expect(localCommand('http://127.0.0.1:41234')).toBe('npx asl-studio local --allow-origin http://127.0.0.1:41234');
  });
});
